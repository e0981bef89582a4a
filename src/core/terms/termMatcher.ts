// Finds glossary terms in prose. One pass over the tokens: from each token, walk the alias trie as
// far as the text follows it (at most `index.maxDepth` steps), collecting every alias that fits.
// Then keep matches left to right, the longest at each position, skipping ambiguous aliases that
// lack ML context.

import { gapAllowed } from './aliasShapes';
import { significantChars, stemsOf, tokenize, type Token } from './normalize';
import type { AliasEntry, TermIndex } from './termIndex';

export type MatchSource = 'alias' | 'code-signal';

export interface TermMatch {
  /** Offsets in the text passed in, [start, end). */
  start: number;
  end: number;
  termId: string;
  /** The text as written (`gradientCheckpointing`, `LoRAs`, `梯度检查点`). */
  surface: string;
  /** The glossary alias or code signal that matched. */
  alias: string;
  source: MatchSource;
  /** Matched through an ambiguous alias, accepted because of ML context. */
  ambiguous: boolean;
}

/** Counts trie look-ups, so tests can check the cost is linear in the text without timing it. */
export interface MatchStats {
  steps: number;
}

export interface TextMatchOptions {
  /**
   * File-level ML context (see detectMlContext). Without it, ambiguous aliases match only when the
   * same text also has an unambiguous one.
   */
  mlContext?: boolean;
  /** Part of `text` to read; offsets in results stay relative to `text`. */
  from?: number;
  to?: number;
  stats?: MatchStats;
}

/** One way an alias fits the tokens first…last. */
export interface Candidate {
  first: number;
  last: number;
  entry: AliasEntry;
}

/** Terms in prose, treating the whole range as one comment block. */
export function findTermsInText(index: TermIndex, text: string, options: TextMatchOptions = {}): TermMatch[] {
  const tokens = tokenize(text, options.from ?? 0, options.to ?? text.length);
  const candidates = collectCandidates(index, text, tokens, options.stats);
  const context = options.mlContext === true || candidates.some((c) => !c.entry.ambiguous);
  return resolveCandidates(text, tokens, candidates, context);
}

/**
 * Every alias that fits, ordered by first token then length. Cost: at most `index.maxDepth` trie
 * steps (each up to three look-ups: the token and two singular forms) per token, whatever the
 * number of terms.
 */
export function collectCandidates(index: TermIndex, text: string, tokens: readonly Token[], stats?: MatchStats): Candidate[] {
  const out: Candidate[] = [];
  const cuts: number[] = new Array<number>(index.maxDepth).fill(0);
  for (let s = 0; s < tokens.length; s++) {
    let node = index.root;
    for (let k = s; k < tokens.length && k - s < index.maxDepth; k++) {
      const tok = tokens[k];
      if (k > s && tok.gap === 'break') break;
      if (stats) stats.steps++;
      if (!node.next) break;
      let child = node.next.get(tok.norm);
      let cut = 0;
      if (!child) {
        for (const stem of stemsOf(tok)) {
          if (stats) stats.steps++;
          child = node.next.get(stem.norm);
          if (child) {
            cut = stem.cut;
            break;
          }
        }
      }
      if (!child) break;
      node = child;
      cuts[k - s] = cut;
      if (!node.entries) continue;
      for (const entry of node.entries) {
        if (fits(entry, text, tokens, s, k, cuts)) out.push({ first: s, last: k, entry });
      }
    }
  }
  return out;
}

/** The text gaps suit the alias, and a case-sensitive alias is written exactly so (plural `s` aside). */
function fits(entry: AliasEntry, text: string, tokens: readonly Token[], first: number, last: number, cuts: number[]): boolean {
  for (let m = 1; m <= last - first; m++) {
    if (!gapAllowed(entry.gaps[m - 1], tokens[first + m].gap)) return false;
  }
  if (!entry.caseSensitive) return true;
  let letters = '';
  for (let m = 0; m <= last - first; m++) {
    const t = tokens[first + m];
    if (t.type !== 'punct') letters += significantChars(text.slice(t.start, t.end - cuts[m]));
  }
  return letters === entry.letters;
}

/**
 * Left to right, the longest acceptable candidate at each token not already covered. With
 * `allowAmbiguous` false, ambiguous aliases are skipped (a shorter unambiguous one may then win).
 * Consecutive matches of the same term merge.
 */
export function resolveCandidates(text: string, tokens: readonly Token[], candidates: readonly Candidate[], allowAmbiguous: boolean): TermMatch[] {
  const out: TermMatch[] = [];
  let covered = 0;
  let lastToken = -1;
  let i = 0;
  while (i < candidates.length) {
    const first = candidates[i].first;
    let best: Candidate | undefined;
    for (; i < candidates.length && candidates[i].first === first; i++) {
      const c = candidates[i];
      if (first < covered || (c.entry.ambiguous && !allowAmbiguous)) continue;
      if (!best || c.last > best.last) best = c; // equal length: the entry order already prefers
    }
    if (!best) continue;
    const { entry } = best;
    const headFirst = entry.split ? best.first + entry.split.tokens : best.first;
    const previous = out[out.length - 1];
    if (!entry.split && previous?.termId === entry.termId && lastToken + 1 === best.first && tokens[best.first].gap !== 'break') {
      // `dequantize int4`, `lasso regularization`: one phrase naming one term is one match.
      previous.end = tokens[best.last].end;
      previous.surface = text.slice(previous.start, previous.end);
      previous.ambiguous &&= entry.ambiguous;
    } else {
      if (entry.split) out.push(aliasMatch(text, tokens, best.first, headFirst - 1, entry.split.termId, entry));
      out.push(aliasMatch(text, tokens, headFirst, best.last, entry.termId, entry));
    }
    covered = best.last + 1;
    lastToken = best.last;
  }
  return out;
}

function aliasMatch(text: string, tokens: readonly Token[], first: number, last: number, termId: string, entry: AliasEntry): TermMatch {
  const start = tokens[first].start;
  const end = tokens[last].end;
  return { start, end, termId, surface: text.slice(start, end), alias: entry.alias, source: 'alias', ambiguous: entry.ambiguous };
}

/** The match covering `offset` (start ≤ offset < end), from matches sorted by start and not overlapping. */
export function termAt(matches: readonly TermMatch[], offset: number): TermMatch | undefined {
  let lo = 0;
  let hi = matches.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = matches[mid];
    if (offset < m.start) hi = mid - 1;
    else if (offset >= m.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}
