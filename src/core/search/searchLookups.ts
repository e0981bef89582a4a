// What a query looks up: each of its words as typed; completions of the last Latin word and of
// a lone CJK character; and, when a long enough Latin word matched nothing, typo corrections of
// those words. Each indexed term found is looked up in each field that has it, with the weight
// MiniSearch gives its own prefix and fuzzy matches.
import { isCjkToken } from './cjkTokenizer';
import { FUZZY_WEIGHT, INDEX_FIELDS, indexKey, PREFIX_WEIGHT, SEARCH_FIELD_BOOSTS, type IndexField, type SearchIndexData } from './searchIndexData';

/** Fraction of a Latin word's length that may be mistyped: "mixd precison" still finds it. */
const FUZZINESS = 0.2;
const MIN_FUZZY_LENGTH = 4;
const MAX_EDITS = 2;

/** One indexed term in one field, standing for some query words. */
export interface Lookup {
  term: string;
  /** The term as MiniSearch has it (indexKey)… */
  key: string;
  /** …and its number in the index's statistics (termIds). */
  t: number;
  field: IndexField;
  /** Position of `field` in INDEX_FIELDS. */
  f: number;
  /** Sum of the weights (1 as typed, less for a completion or correction) it is looked up with. */
  weight: number;
  /** The query words it stands for, one bit each (by position in the distinct words). */
  words: number;
  /** weight × field boost × idf: BM25's factor before the term-frequency part. */
  scale: number;
}

/**
 * `words` are the query's tokens (repeats count twice, as in MiniSearch), `distinct` the words
 * that have a bit; `kindMask` the kinds searched, for whether a word matched anything.
 */
export function planLookups(data: SearchIndexData, words: string[], distinct: string[], kindMask: number): Lookup[] {
  const terms = new Map<string, { weight: number; words: number }>();
  const use = (term: string, weight: number, word: string) => {
    const bit = 1 << distinct.indexOf(word);
    const t = terms.get(term);
    if (t) {
      t.weight += weight;
      t.words |= bit;
    } else terms.set(term, { weight, words: bit });
  };
  const kindsOf = (term: string) => data.termKinds[data.termIds.get(term) ?? -1] ?? 0;
  const found = new Set<string>();
  const completed = words.map(() => new Set<string>());
  const lastLatin = lastLatinIndex(words);
  words.forEach((word, i) => {
    if (data.termIds.has(word)) {
      use(word, 1, word);
      if (kindsOf(word) & kindMask) found.add(word);
    }
    const cjk = isCjkToken(word);
    if (cjk ? word.length !== 1 : i !== lastLatin) return;
    const completions = cjk ? (data.cjkCompletions.get(word) ?? []) : data.latinTerms.atPrefix(word).keys();
    for (const term of completions) {
      if (term.length === word.length) continue;
      use(term, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - word.length)), word);
      completed[i].add(term);
      if (kindsOf(term) & kindMask) found.add(word);
    }
  });
  // Typo tolerance is the expensive part of a search: only pay for it when a word of the query
  // found nothing as written, and then allow at most two edits.
  if (words.some((w) => isFuzzyCandidate(w) && !found.has(w))) {
    words.forEach((word, i) => {
      const edits = Math.min(MAX_EDITS, Math.round(word.length * FUZZINESS));
      if (!isFuzzyCandidate(word) || !edits) return;
      for (const [term, [, distance]] of data.latinTerms.fuzzyGet(word, edits)) {
        if (distance && !completed[i].has(term)) use(term, (FUZZY_WEIGHT * term.length) / (term.length + distance), word);
      }
    });
  }

  const documentCount = data.docs.length;
  const lookups: Lookup[] = [];
  for (const [term, { weight, words: wordBits }] of terms) {
    const t = data.termIds.get(term)!;
    INDEX_FIELDS.forEach((field, f) => {
      const at = t * INDEX_FIELDS.length + f;
      const df = data.postingStart[at + 1] - data.postingStart[at];
      if (!df) return;
      // BM25's inverse document frequency, as MiniSearch computes it.
      const idf = Math.log(1 + (documentCount - df + 0.5) / (df + 0.5));
      lookups.push({ term, key: indexKey(term), t, field, f, weight, words: wordBits, scale: weight * SEARCH_FIELD_BOOSTS[field] * idf });
    });
  }
  return lookups;
}

/** Typos are only tolerated in longer words without digits (fp16 is not a typo of fp32). */
function isFuzzyCandidate(term: string): boolean {
  return !isCjkToken(term) && term.length >= MIN_FUZZY_LENGTH && !/\d/.test(term);
}

function lastLatinIndex(terms: string[]): number {
  for (let i = terms.length - 1; i >= 0; i--) if (!isCjkToken(terms[i])) return i;
  return -1;
}
