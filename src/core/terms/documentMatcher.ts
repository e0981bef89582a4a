// What the hover provider, the CLI and the benchmark call: lex a document, match terms in its
// prose with comment-block context, and optionally add code signals from its code.

import { lexRegions, proseOf, type ProseRegion } from './commentLexer';
import { findCodeSignals } from './codeSignalMatcher';
import type { CommentSyntax } from './languageSyntax';
import { detectMlContext } from './mlContext';
import { tokenize, type Token } from './normalize';
import type { TermIndex } from './termIndex';
import { collectCandidates, resolveCandidates, type Candidate, type MatchStats, type TermMatch } from './termMatcher';

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
  for (let i = 0; i < prose.length; ) {
    let j = i;
    while (j < prose.length && prose[j].block === prose[i].block) j++;
    out.push(...matchBlock(index, text, prose.slice(i, j), fileIsMl, options.stats));
    i = j;
  }
  if (options.codeSignals) out.push(...findCodeSignals(index, text, regions, options.stats));
  return out.sort((a, b) => a.start - b.start);
}

function matchBlock(index: TermIndex, text: string, block: ProseRegion[], fileIsMl: boolean, stats?: MatchStats): TermMatch[] {
  const parts: { tokens: Token[]; candidates: Candidate[] }[] = [];
  let context = fileIsMl;
  for (const r of block) {
    const tokens = tokenize(text, r.start, r.end);
    const candidates = collectCandidates(index, text, tokens, stats);
    if (!context) context = candidates.some((c) => !c.entry.ambiguous);
    parts.push({ tokens, candidates });
  }
  return parts.flatMap((p) => resolveCandidates(text, p.tokens, p.candidates, context));
}
