// Full-text search over entries and glossary terms, in Chinese and English at once: a query in
// either language finds content written in both. MiniSearch (BM25) indexes titles, aliases, code
// signals and text (searchIndexData.ts), with the bigram tokenizer of cjkTokenizer.ts; typo
// tolerance and prefix matching only make sense for Latin words (searchLookups.ts).
//
// The query is not handed to MiniSearch whole: its common words ("model", 模型) occur in
// thousands of documents, and MiniSearch scoring and returning every one of them is what made
// search slow on a large content set. Instead, the query's terms are first looked up in the
// index's compact table of term frequencies (searchIndexData.ts), which gives every document
// found the score MiniSearch would give it, up to rounding; MiniSearch then scores, whole, only
// the documents whose score reaches the page. So the page and its scores are MiniSearch's, as if
// it had scored every document (a test checks that), at the cost of one pass over the table.
import type { Query, SearchResult } from 'minisearch';
import type { Bilingual, ContentBundle, Lang } from '../knowledge/model';
import { tokenizeForSearch } from './cjkTokenizer';
import { BM25, buildSearchIndexData, INDEX_FIELDS, KIND_BIT, nameKey, SEARCH_FIELD_BOOSTS, type IndexedDocument, type IndexField, type SearchIndexData, type SearchKind } from './searchIndexData';
import { planLookups, type Lookup } from './searchLookups';
import { makeSnippet, type SearchSnippet } from './searchSnippet';

export { SEARCH_FIELD_BOOSTS, type SearchKind };
/** Where a hit matched, in decreasing weight: titles, aliases, a term's code signals, the text. */
export type SearchField = 'title' | 'aliases' | 'code' | 'body';

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: Bilingual;
  score: number;
  matchedFields: SearchField[];
  /** An excerpt around the first match in the text (absent when only the title or aliases matched). */
  snippet?: SearchSnippet & { lang: Lang };
}

export interface SearchOptions {
  /** Most hits returned; default 20. */
  limit?: number;
  /** Only these kinds; default both. */
  kinds?: readonly SearchKind[];
  /** The language whose text a snippet is cut from when both match; default 'en'. */
  lang?: Lang;
}

export interface SearchIndex {
  /** Hits best first; an empty or punctuation-only query finds nothing. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Builds the index now instead of on the first search (e.g. while the UI is idle). */
  warmUp(): void;
}

export interface SearchIndexOptions {
  /**
   * Let MiniSearch score only the documents that can make the page (default true). Off, it
   * scores every document found: for tests that check the shortlist changes nothing.
   */
  prune?: boolean;
}

const FIELD_ORDER: readonly SearchField[] = ['title', 'aliases', 'code', 'body'];
/** Each index field's SearchField, as a bit by its place in FIELD_ORDER. */
const FIELD_BIT: Record<IndexField, number> = { titleZh: 1, titleEn: 1, aliases: 2, code: 4, body: 8 };

/** A query that is exactly a title or alias ("LoRA", "混合精度") puts that document first. */
const EXACT_NAME_BOOST = 3;
/** Distinct query words that count (a bit each); a longer query is not a search. */
const MAX_QUERY_WORDS = 30;
/** Room for floating-point differences between the table's scores and MiniSearch's own arithmetic. */
const SCORE_SLACK = 1e-9;

/**
 * Per-document working space of a search, reused (searches do not overlap). Marks hold the
 * number of the search that set them, so none needs clearing.
 */
interface Scratch {
  searches: number;
  /** Marks: found by the query; named exactly by it; on the page's shortlist. */
  seen: Int32Array;
  named: Int32Array;
  shortlisted: Int32Array;
  /** The score from the table, before the coverage factor, and the query words found (bits). */
  sums: Float64Array;
  words: Int32Array;
  /** The documents found, in order; and room for numbers to compare. */
  order: Int32Array;
  values: Float64Array;
}

interface Built {
  data: SearchIndexData;
  scratch: Scratch;
}

/** What MiniSearch scored for a document. */
interface Scored {
  id: number;
  /** With the coverage factor. */
  score: number;
  /** Indexed term (indexKey) → the fields it was found in. */
  match: SearchResult['match'];
}

export function createSearchIndex(bundle: ContentBundle, indexOptions: SearchIndexOptions = {}): SearchIndex {
  let built: Built | undefined;
  const build = (): Built => {
    if (built) return built;
    const data = buildSearchIndexData(bundle);
    const n = data.docs.length;
    const scratch: Scratch = {
      searches: 0,
      seen: new Int32Array(n),
      named: new Int32Array(n),
      shortlisted: new Int32Array(n),
      sums: new Float64Array(n),
      words: new Int32Array(n),
      order: new Int32Array(n),
      values: new Float64Array(n),
    };
    return (built = { data, scratch });
  };
  return {
    search(query, options = {}) {
      return runSearch(build(), query, options, indexOptions.prune ?? true);
    },
    warmUp() {
      build();
    },
  };
}

function runSearch({ data, scratch }: Built, query: string, options: SearchOptions, prune: boolean): SearchHit[] {
  const limit = options.limit ?? 20;
  const tokens = tokenizeForSearch(query);
  if (limit <= 0 || tokens.length === 0) return [];
  const kindMask = (options.kinds ?? ['entry', 'term']).reduce((mask, kind) => mask | KIND_BIT[kind], 0);
  const distinct = [...new Set(tokens)].slice(0, MAX_QUERY_WORDS);
  const lookups = planLookups(
    data,
    tokens.filter((w) => distinct.includes(w)),
    distinct,
    kindMask,
  );
  if (lookups.length === 0) return [];
  const byKey = new Map(lookups.map((l) => [l.key, l]));
  const { mini, kinds } = data;
  const { named, shortlisted } = scratch;
  const search = ++scratch.searches;

  // BM25 adds up the query words a document matches, so a short title matching one bigram of
  // four ("混合" of 混合精度) can outscore a text matching them all. Weigh by coverage: MiniSearch
  // multiplies by the words matched, this by their share, squared.
  const shareOf = distinct.map((_, m) => m * (m / distinct.length) ** 2).concat(distinct.length);
  const coverage = (id: number, wordBits: number) => shareOf[bitCount(wordBits)] * (named[id] === search ? EXACT_NAME_BOOST : 1);
  for (const id of data.byName.get(nameKey(query)) ?? []) named[id] = search;

  // MiniSearch scores the query, whole, as one index would: every term in every field, for all
  // the documents it finds; or, with a shortlist, for those, in the fields where a term finds one.
  const needed = prune ? shortlist(data, scratch, lookups, kindMask, limit, coverage) : undefined;
  const scored: Scored[] = [];
  for (const result of mini.search(needed ? queryOf(needed) : [...byKey.keys()].join(' '), {
    boost: SEARCH_FIELD_BOOSTS,
    boostTerm: (key) => byKey.get(key)!.weight,
    boostDocument: needed ? (id: number) => (shortlisted[id] === search ? 1 : 0) : (id: number) => (kinds[id] & kindMask ? 1 : 0),
  })) {
    const id = result.id as number;
    let wordBits = 0;
    for (const key in result.match) wordBits |= byKey.get(key)!.words;
    // MiniSearch multiplies by the number of query terms matched, here indexed terms; the
    // coverage factor counts the query's words.
    scored.push({ id, score: (result.score / result.queryTerms.length) * coverage(id, wordBits), match: result.match });
  }
  return rank(scored, limit, data.docs, byKey, options.lang ?? 'en');
}

/**
 * Marks (scratch.shortlisted) the documents whose score, from the table of term frequencies,
 * reaches the limit-th best, give or take rounding: the only ones that can make the page; and
 * returns the lookups that find one of them. Undefined when the query finds no more documents
 * than the page holds (all of them make it).
 */
function shortlist(
  data: SearchIndexData,
  scratch: Scratch,
  lookups: readonly Lookup[],
  kindMask: number,
  limit: number,
  coverage: (id: number, wordBits: number) => number,
): Lookup[] | undefined {
  const { kinds, fieldLengths, averageFieldLengths, postingStart, postingDocuments, postingFrequency } = data;
  const { seen, shortlisted, sums, words, order, values } = scratch;
  const search = scratch.searches;
  const { k, b, d } = BM25;
  let found = 0;
  for (const { t, f, scale, words: wordBits } of lookups) {
    // BM25+ as MiniSearch computes it, with the field's length in the document.
    const lengths = fieldLengths[f];
    const lengthWeight = (k * b) / averageFieldLengths[f];
    const at = t * INDEX_FIELDS.length + f;
    for (let p = postingStart[at], end = postingStart[at + 1]; p < end; p++) {
      const id = postingDocuments[p];
      if (!(kinds[id] & kindMask)) continue;
      if (seen[id] !== search) {
        seen[id] = search;
        sums[id] = words[id] = 0;
        order[found++] = id;
      }
      const tf = postingFrequency[p];
      sums[id] += scale * (d + (tf * (k + 1)) / (tf + k * (1 - b) + lengthWeight * lengths[id]));
      words[id] |= wordBits;
    }
  }
  if (found <= limit) return undefined;
  for (let i = 0; i < found; i++) values[i] = sums[order[i]] * coverage(order[i], words[order[i]]);
  const threshold = kthLargest(values.subarray(0, found), limit);
  // Above the limit-th best, give or take rounding, a document makes the page; at it, it ties
  // (copies of a text do), and ties go to the lower number, as in rank(): only as many of those
  // as the page has room for are scored.
  let room = limit;
  const tied: number[] = [];
  for (let i = 0; i < found; i++) {
    const id = order[i];
    const score = sums[id] * coverage(id, words[id]);
    if (score > threshold * (1 + SCORE_SLACK)) {
      shortlisted[id] = search;
      room--;
    } else if (score >= threshold * (1 - SCORE_SLACK)) tied.push(id);
  }
  if (tied.length > room) tied.sort((a, b) => a - b).length = Math.max(0, room);
  for (const id of tied) shortlisted[id] = search;
  // A term found in a field by none of them adds nothing to their scores.
  return lookups.filter(({ t, f }) => {
    const at = t * INDEX_FIELDS.length + f;
    for (let p = postingStart[at], end = postingStart[at + 1]; p < end; p++) if (shortlisted[postingDocuments[p]] === search) return true;
    return false;
  });
}

/** The terms of the lookups, each searched in the fields of its lookups only. */
function queryOf(lookups: readonly Lookup[]): Query {
  const fieldsOf = new Map<string, IndexField[]>();
  for (const { key, field } of lookups) {
    const fields = fieldsOf.get(key);
    if (fields) fields.push(field);
    else fieldsOf.set(key, [field]);
  }
  // One query per set of fields.
  const groups = new Map<string, { fields: IndexField[]; keys: string[] }>();
  for (const [key, fields] of fieldsOf) {
    const group = groups.get(fields.join());
    if (group) group.keys.push(key);
    else groups.set(fields.join(), { fields, keys: [key] });
  }
  return { combineWith: 'OR', queries: [...groups.values()].map(({ fields, keys }) => ({ fields, queries: [keys.join(' ')] })) };
}

function rank(scored: Scored[], limit: number, docs: IndexedDocument[], lookups: Map<string, Lookup>, lang: Lang): SearchHit[] {
  scored.sort((x, y) => y.score - x.score || x.id - y.id);
  return scored.slice(0, limit).map((s) => toHit(docs[s.id], s, lookups, lang));
}

function toHit(doc: IndexedDocument, scored: Scored, lookups: Map<string, Lookup>, lang: Lang): SearchHit {
  let fieldBits = 0;
  const bodyTerms: string[] = [];
  for (const key in scored.match) {
    for (const field of scored.match[key]) {
      fieldBits |= FIELD_BIT[field as IndexField];
      if (field === 'body') bodyTerms.push(lookups.get(key)!.term);
    }
  }
  const hit: SearchHit = {
    kind: doc.kind,
    id: doc.id,
    title: doc.title,
    score: scored.score,
    matchedFields: FIELD_ORDER.filter((f, i) => fieldBits & (1 << i)),
  };
  if (bodyTerms.length) hit.snippet = snippetIn(doc, bodyTerms, lang) ?? snippetIn(doc, bodyTerms, lang === 'zh' ? 'en' : 'zh');
  return hit;
}

function snippetIn(doc: IndexedDocument, terms: readonly string[], lang: Lang): SearchHit['snippet'] {
  const snippet = makeSnippet(doc.text[lang], terms, { plainWords: doc.plainWords[lang] });
  return snippet && Object.assign(snippet, { lang });
}

function bitCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The k-th largest value (k ≤ values.length), by quickselect; reorders `values`. */
function kthLargest(values: Float64Array, k: number): number {
  const target = values.length - k;
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i++] = values[j];
        values[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target];
}
