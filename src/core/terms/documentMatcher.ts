// What the hover provider, the CLI and the benchmark call: lex a document, match terms in its
// prose with comment-block context, and optionally add code signals from its code.

import { lexRegions, proseOf } from './commentLexer';
import { findCodeSignals } from './codeSignalMatcher';
import type { CommentSyntax } from './languageSyntax';
import { detectMlContext } from './mlContext';
import type { TermIndex } from './termIndex';
import { BlockMatcher, type MatchStats, type TermMatch } from './termMatcher';

export interface DocumentMatchOptions {
  /** Also map code identifiers (Term.codeSignals) to terms. Off by default: hovers on code are opt-in. */
  codeSignals?: boolean;
  /**
   * Whether the document is ML code. Default: detectMlContext(text). A notebook's glue passes the
   * value for all cells joined, and calls this once per cell with the cell's own syntax.
   */
  mlContext?: boolean;
  stats?: MatchStats;
}

/**
 * Term matches in a document, sorted by offset and never overlapping: aliases in comments,
 * docstrings and prose (ambiguous ones only with an unambiguous term in the same comment block or
 * ML context for the file), plus code signals in code when asked.
 */
export function findTermsInDocument(index: TermIndex, text: string, syntax: CommentSyntax, options: DocumentMatchOptions = {}): TermMatch[] {
  const regions = lexRegions(text, syntax);
  const fileIsMl = options.mlContext ?? detectMlContext(text).ml;
  const out: TermMatch[] = [];
  const prose = proseOf(text, regions);
  const block = new BlockMatcher(index, text);
  for (let i = 0; i < prose.length; ) {
    block.clear();
    const number = prose[i].block;
    for (; i < prose.length && prose[i].block === number; i++) block.addRegion(prose[i].start, prose[i].end, options.stats);
    block.resolve(fileIsMl || block.hasUnambiguous, out);
  }
  if (options.codeSignals) out.push(...findCodeSignals(index, text, regions, options.stats));
  return out.sort((a, b) => a.start - b.start);
}
