// Finds glossary terms in prose. One pass over the tokens: from each token, walk the alias trie as
// far as the text follows it (at most `index.maxDepth` steps), collecting every alias that fits.
// Then keep matches left to right, the longest at each position, skipping ambiguous aliases that
// lack ML context. Tokens and candidates live in reused typed arrays and tokens are looked up by
// id, so a token that starts no alias costs a hash of its characters and nothing else.

import { AliasTrie } from './aliasTrie';
import { GAP_BREAK, isSignificantChar, tokenizeInto, TYPE_PUNCT } from './normalize';
import { TokenBuffer } from './tokenBuffer';
import { MAX_SPELLINGS, tokenSpellings } from './tokenSpellings';
import type { AliasEntry, TermIndex } from './termIndex';
import type { TokenVocabulary } from './tokenVocabulary';

// Imports read once per token, as module constants: where modules are transpiled one by one (tsx,
// the tests, the benchmarks) an imported binding is a getter call on every read.
const BREAK = GAP_BREAK;
const SPELLINGS = MAX_SPELLINGS;
const spellingsOf = tokenSpellings;
const ROOT = AliasTrie.ROOT;

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

/** Terms in prose, treating the whole range as one comment block. */
export function findTermsInText(index: TermIndex, text: string, options: TextMatchOptions = {}): TermMatch[] {
  const block = new BlockMatcher(index, text);
  block.addRegion(options.from ?? 0, options.to ?? text.length, options.stats);
  const out: TermMatch[] = [];
  block.resolve(options.mlContext === true || block.hasUnambiguous, out);
  return out;
}

/**
 * Matches one comment block at a time: its regions' candidates are collected first, since an
 * unambiguous term anywhere in the block lets ambiguous aliases match. Reused across the blocks of
 * a document (`clear`), so its arrays are allocated once.
 */
export class BlockMatcher {
  private readonly tokens = new TokenBuffer();
  /** Per token k, `spellingCount[k]` vocabulary ids at spellingIds[MAX_SPELLINGS·k …] (see tokenSpellings). */
  private spellingIds = new Int32Array(MAX_SPELLINGS * this.tokens.capacity);
  private spellingCuts = new Uint8Array(MAX_SPELLINGS * this.tokens.capacity);
  private spellingCount = new Uint8Array(this.tokens.capacity);
  /** Characters dropped from the end of each token of the current walk (a plural suffix). */
  private readonly cuts: Uint8Array;
  /**
   * Every alias that fits, ordered by first token then length: candidate c spans tokens
   * candidates[3c] … candidates[3c + 1] as trie entry candidates[3c + 2].
   */
  private candidates = new Int32Array(3 * 64);
  private candidateCount = 0;
  /** Some candidate is an unambiguous alias: context for the block's ambiguous ones. */
  hasUnambiguous = false;
  private readonly trie: AliasTrie;
  private readonly vocabulary: TokenVocabulary;
  private readonly maxDepth: number;

  constructor(
    index: TermIndex,
    private readonly text: string,
  ) {
    this.trie = index.trie;
    this.vocabulary = index.vocabulary;
    this.maxDepth = index.maxDepth;
    this.cuts = new Uint8Array(Math.max(1, index.maxDepth));
  }

  clear(): void {
    this.tokens.clear();
    this.candidateCount = 0;
    this.hasUnambiguous = false;
  }

  /**
   * Tokenizes text[from, to) and collects its candidates. Cost: at most `index.maxDepth` trie
   * steps (each up to three look-ups: the token and two singular forms) per token, whatever the
   * number of terms. A region's first token has a `break` gap, so no walk crosses into it.
   */
  addRegion(from: number, to: number, stats?: MatchStats): void {
    const { tokens, text, trie, vocabulary, maxDepth } = this;
    const first = tokens.length;
    tokenizeInto(tokens, text, from, to);
    const n = tokens.length;
    if (this.spellingCount.length < tokens.capacity) this.growSpellings();
    const { spellingIds, spellingCuts, spellingCount, cuts } = this;
    for (let k = first; k < n; k++) spellingCount[k] = spellingsOf(vocabulary, text, tokens, k, spellingIds, spellingCuts);
    const gap = tokens.gap;
    for (let s = first; s < n; s++) {
      let node = ROOT;
      const limit = Math.min(n, s + maxDepth);
      for (let k = s; k < limit; k++) {
        if (k > s && gap[k] === BREAK) break;
        if (stats) stats.steps++;
        const count = spellingCount[k];
        if (count === 0) break;
        let child = trie.child(node, spellingIds[SPELLINGS * k]);
        let cut = spellingCuts[SPELLINGS * k];
        for (let a = 1; child < 0 && a < count; a++) {
          if (stats) stats.steps++;
          child = trie.child(node, spellingIds[SPELLINGS * k + a]);
          cut = spellingCuts[SPELLINGS * k + a];
        }
        if (child < 0) break;
        node = child;
        cuts[k - s] = cut;
        const end = trie.endEntryAt(node);
        for (let e = trie.firstEntryAt(node); e < end; e++) {
          if (!this.fits(trie, e, s, k)) continue;
          this.addCandidate(s, k, e);
          if (!trie.isAmbiguous(e)) this.hasUnambiguous = true;
        }
      }
    }
  }

  private growSpellings(): void {
    const capacity = this.tokens.capacity;
    const ids = new Int32Array(MAX_SPELLINGS * capacity);
    ids.set(this.spellingIds);
    const cuts = new Uint8Array(MAX_SPELLINGS * capacity);
    cuts.set(this.spellingCuts);
    const count = new Uint8Array(capacity);
    count.set(this.spellingCount);
    this.spellingIds = ids;
    this.spellingCuts = cuts;
    this.spellingCount = count;
  }

  private addCandidate(first: number, last: number, entry: number): void {
    const at = 3 * this.candidateCount++;
    if (at === this.candidates.length) {
      const grown = new Int32Array(2 * at);
      grown.set(this.candidates);
      this.candidates = grown;
    }
    this.candidates[at] = first;
    this.candidates[at + 1] = last;
    this.candidates[at + 2] = entry;
  }

  /** The text gaps suit entry e, and a case-sensitive alias is written exactly so (plural `s` aside). */
  private fits(trie: AliasTrie, e: number, first: number, last: number): boolean {
    const { tokens, text, cuts } = this;
    for (let m = 1; m <= last - first; m++) {
      if (tokens.gap[first + m] > trie.widestGapBefore(e, m - 1)) return false;
    }
    if (!trie.isCaseSensitive(e)) return true;
    // The letters and digits of the surface (significantChars), compared without building them.
    const letters = trie.entry(e).letters;
    let p = 0;
    for (let m = 0; m <= last - first; m++) {
      const t = first + m;
      if (tokens.type[t] === TYPE_PUNCT) continue;
      const end = tokens.end[t] - cuts[m];
      for (let i = tokens.start[t]; i < end; i++) {
        const c = text.charCodeAt(i);
        if (!isSignificantChar(c)) continue;
        if (p === letters.length || letters.charCodeAt(p) !== c) return false;
        p++;
      }
    }
    return p === letters.length;
  }

  /**
   * Appends to `out`, left to right, the longest acceptable candidate at each token not already
   * covered. With `allowAmbiguous` false, ambiguous aliases are skipped (a shorter unambiguous one
   * may then win). Consecutive matches of the same term merge.
   */
  resolve(allowAmbiguous: boolean, out: TermMatch[]): void {
    const { candidates, candidateCount, tokens, text, trie } = this;
    const from = out.length;
    let covered = 0;
    let lastToken = -1;
    let i = 0;
    while (i < candidateCount) {
      const first = candidates[3 * i];
      let best = -1;
      let bestLast = -1;
      for (; i < candidateCount && candidates[3 * i] === first; i++) {
        const e = candidates[3 * i + 2];
        if (first < covered || (!allowAmbiguous && trie.isAmbiguous(e))) continue;
        const last = candidates[3 * i + 1];
        if (last > bestLast) {
          best = e; // equal length: the entry order already prefers
          bestLast = last;
        }
      }
      if (best < 0) continue;
      const entry = trie.entry(best);
      const headFirst = entry.split ? first + entry.split.tokens : first;
      const previous = out.length > from ? out[out.length - 1] : undefined;
      if (!entry.split && previous?.termId === entry.termId && lastToken + 1 === first && tokens.gap[first] !== BREAK) {
        // `dequantize int4`, `lasso regularization`: one phrase naming one term is one match.
        previous.end = tokens.end[bestLast];
        previous.surface = text.slice(previous.start, previous.end);
        previous.ambiguous &&= entry.ambiguous;
      } else {
        if (entry.split) out.push(this.aliasMatch(first, headFirst - 1, entry.split.termId, entry));
        out.push(this.aliasMatch(headFirst, bestLast, entry.termId, entry));
      }
      covered = bestLast + 1;
      lastToken = bestLast;
    }
  }

  private aliasMatch(first: number, last: number, termId: string, entry: AliasEntry): TermMatch {
    const start = this.tokens.start[first];
    const end = this.tokens.end[last];
    return { start, end, termId, surface: this.text.slice(start, end), alias: entry.alias, source: 'alias', ambiguous: entry.ambiguous };
  }
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
