// Full-text search over entries and glossary terms, in Chinese and English at once: a query in
// either language finds content written in both. MiniSearch (BM25) indexes titles, aliases, code
// signals and text (searchIndexData.ts), with the bigram tokenizer of cjkTokenizer.ts; typo
// tolerance and prefix matching only make sense for Latin words (searchLookups.ts).
//
// The query is not handed to MiniSearch whole: its common words ("model", 模型) occur in
// thousands of documents, and MiniSearch scoring and returning every one of them is what made
// search slow on a large content set. Instead:
//   1. Bounds. MiniSearch looks up each term of the query in each field, scoring no document
//      (a falsy document boost skips one) but telling which ones it finds. Each gets the least
//      and the most the term can add to its score, from BM25 with the document's field length
//      and a term frequency between 1 and the most any document has, and the query's words it
//      contains.
//   2. Scores. MiniSearch scores the query, whole, for the documents whose highest possible
//      score reaches the page's lowest certain one, skipping the others: none of them can make
//      the page.
// So the page and its scores are what scoring every document gives (a test checks that). A
// query that finds few postings is scored whole directly.
import type { SearchResult } from 'minisearch';
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
   * scores every document found: for tests that check the bounds change nothing.
   */
  prune?: boolean;
}

const FIELD_OF: Record<IndexField, SearchField> = { titleZh: 'title', titleEn: 'title', aliases: 'aliases', code: 'code', body: 'body' };
const FIELD_ORDER: readonly SearchField[] = ['title', 'aliases', 'code', 'body'];

/** A query that is exactly a title or alias ("LoRA", "混合精度") puts that document first. */
const EXACT_NAME_BOOST = 3;
/** Distinct query words that count (a bit each); a longer query is not a search. */
const MAX_QUERY_WORDS = 30;
/** A query whose lookups find at most this many postings is scored whole, without bounds. */
const SCORE_ALL_POSTINGS = 500;
/** Lookups that find this share of all documents (common words) are left out of the bounds while they can be. */
const LARGE_LOOKUP_SHARE = 1 / 16;
/** MiniSearch scores at most this many pages' worth of documents at once… */
const BATCH_PAGES = 8;
/** …else first those with the highest bounds, this many pages' worth. */
const FIRST_BATCH_PAGES = 3;
/** Room for floating-point differences between the bounds and MiniSearch's own arithmetic. */
const BOUND_SLACK = 1e-9;

/**
 * Per-document working space of a search, reused (searches do not overlap). Marks hold the
 * number of the search, or scoring batch, that set them, so none needs clearing.
 */
interface Scratch {
  searches: number;
  batches: number;
  /** Marks: seen by the bounds; named exactly by the query; scored in a batch. */
  seen: Int32Array;
  named: Int32Array;
  scoredIn: Int32Array;
  /** Bounds on the score before the coverage factor, and the query words found (bits). */
  low: Float64Array;
  high: Float64Array;
  words: Int32Array;
  /** MiniSearch's score, coverage included, once scored. */
  final: Float64Array;
  /** The documents seen, in order; and room for numbers to compare. */
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
      batches: 0,
      seen: new Int32Array(n),
      named: new Int32Array(n),
      scoredIn: new Int32Array(n),
      low: new Float64Array(n),
      high: new Float64Array(n),
      words: new Int32Array(n),
      final: new Float64Array(n),
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
  const byKey = new Map(lookups.map((l) => [l.key, l]));
  const { mini, kinds, fieldLengths, averageFieldLengths } = data;
  const { seen, named, scoredIn, low, high, words, final, order, values } = scratch;
  const search = ++scratch.searches;
  /** Scoring batches numbered above this one are this search's. */
  const earlierBatches = scratch.batches;
  let found = 0;
  const see = (id: number) => {
    if (seen[id] === search) return;
    seen[id] = search;
    low[id] = high[id] = words[id] = 0;
    order[found++] = id;
  };

  // BM25 adds up the query words a document matches, so a short title matching one bigram of
  // four ("混合" of 混合精度) can outscore a text matching them all. Weigh by coverage: MiniSearch
  // multiplies by the words matched, this by their share, squared.
  const shareOf = distinct.map((_, m) => m * (m / distinct.length) ** 2).concat(distinct.length);
  const share = (wordBits: number) => shareOf[bitCount(wordBits)];
  const coverage = (id: number, wordBits: number) => share(wordBits) * (named[id] === search ? EXACT_NAME_BOOST : 1);
  for (const id of data.byName.get(nameKey(query)) ?? []) {
    if (!(kinds[id] & kindMask)) continue;
    named[id] = search;
    // Seen from the start, so that the bound for documents not seen leaves the boost out.
    see(id);
  }

  // MiniSearch scores a batch of documents (all it finds without one), for every term in every
  // field: the query scored whole, as one index would.
  const allTerms = [...byKey.keys()].join(' ');
  const scored: Scored[] = [];
  const score = (batch?: number[]) => {
    if (batch?.length === 0) return;
    const mark = ++scratch.batches;
    for (const id of batch ?? []) {
      scoredIn[id] = mark;
      final[id] = 0;
    }
    for (const result of mini.search(allTerms, {
      boost: SEARCH_FIELD_BOOSTS,
      boostTerm: (key) => byKey.get(key)!.weight,
      boostDocument: batch ? (id: number) => (scoredIn[id] === mark ? 1 : 0) : (id: number) => (kinds[id] & kindMask ? 1 : 0),
    })) {
      const id = result.id as number;
      let wordBits = 0;
      for (const key in result.match) wordBits |= byKey.get(key)!.words;
      // MiniSearch multiplies by the number of query terms matched, here indexed terms; the
      // coverage factor counts the query's words.
      final[id] = (result.score / result.queryTerms.length) * coverage(id, wordBits);
      scored.push({ id, score: final[id], match: result.match });
    }
  };
  const lang = options.lang ?? 'en';
  if (!prune || lookups.reduce((sum, l) => sum + l.postings, 0) <= SCORE_ALL_POSTINGS) {
    score();
    return rank(scored, limit, data.docs, byKey, lang);
  }

  // 1. Bounds, from the lookups of one field at a time (the field sets the document's length).
  const { k, b, d } = BM25;
  const bound = (batch: Lookup[]) => {
    INDEX_FIELDS.forEach((field, f) => {
      const ofField = new Map(batch.filter((l) => l.field === field).map((l) => [l.key, l]));
      if (ofField.size === 0) return;
      const lengths = fieldLengths[f];
      const lengthWeight = (k * b) / averageFieldLengths[f];
      // MiniSearch passes a term's documents in a row, with the same string.
      let key = '';
      let lookup: Lookup | undefined;
      mini.search([...ofField.keys()].join(' '), {
        fields: [field],
        boostDocument: (id: number, posted: string) => {
          if (!(kinds[id] & kindMask)) return 0;
          if (posted !== key) lookup = ofField.get((key = posted));
          const { scale, maxTf } = lookup!;
          see(id);
          const norm = k * (1 - b) + lengthWeight * lengths[id];
          low[id] += scale * (d + (k + 1) / (1 + norm));
          high[id] += scale * (d + (maxTf * (k + 1)) / (maxTf + norm));
          words[id] |= lookup!.words;
          return 0;
        },
      });
    });
  };

  // The largest lookups (common words) are first left out: every document might then get the
  // most they can add, and their words. That often leaves few documents that can make the page,
  // for a fraction of the work; if not, they are looked up too.
  const large = lookups.filter((l) => l.postings >= data.docs.length * LARGE_LOOKUP_SHARE);
  bound(lookups.filter((l) => !large.includes(l)));
  let allowance = large.reduce((sum, l) => sum + l.bound, 0);
  let allowanceWords = large.reduce((bits, l) => bits | l.words, 0);
  const upperBound = (id: number) => (high[id] + allowance) * coverage(id, words[id] | allowanceWords) * (1 + BOUND_SLACK);

  // 2. The page's lowest certain score is the limit-th best of the documents' scores where
  //    MiniSearch has them, lower bounds elsewhere. The documents left are those not scored
  //    whose highest possible score reaches it.
  let threshold = -Infinity;
  const left = (): number[] => {
    if (found >= limit) {
      for (let i = 0; i < found; i++) {
        const id = order[i];
        values[i] = (scoredIn[id] > earlierBatches ? final[id] : low[id] * coverage(id, words[id])) * (1 - BOUND_SLACK);
      }
      threshold = Math.max(threshold, kthLargest(values.subarray(0, found), limit));
    }
    const ids: number[] = [];
    for (let i = 0; i < found; i++) if (scoredIn[order[i]] <= earlierBatches && upperBound(order[i]) >= threshold) ids.push(order[i]);
    return ids;
  };
  let contenders = left();
  const tooMany = () => contenders.length > BATCH_PAGES * limit;
  // Documents the large lookups alone find might beat the page unless the threshold is above
  // the most they can give.
  if (large.length && (tooMany() || !(threshold > allowance * share(allowanceWords)))) {
    bound(large);
    allowance = allowanceWords = 0;
    contenders = left();
  }
  // Still too many: score those with the highest bounds first (copies of a document may share
  // bounds, not scores), which raises the threshold.
  if (tooMany()) {
    for (let i = 0; i < contenders.length; i++) values[i] = upperBound(contenders[i]);
    const top = kthLargest(values.subarray(0, contenders.length), FIRST_BATCH_PAGES * limit);
    score(contenders.filter((id) => upperBound(id) >= top));
    contenders = left();
  }
  score(contenders);
  return rank(scored, limit, data.docs, byKey, lang);
}

function rank(scored: Scored[], limit: number, docs: IndexedDocument[], lookups: Map<string, Lookup>, lang: Lang): SearchHit[] {
  scored.sort((x, y) => y.score - x.score || x.id - y.id);
  return scored.slice(0, limit).map((s) => toHit(docs[s.id], s, lookups, lang));
}

function toHit(doc: IndexedDocument, scored: Scored, lookups: Map<string, Lookup>, lang: Lang): SearchHit {
  const fields = new Set<SearchField>();
  const bodyTerms: string[] = [];
  for (const [key, matched] of Object.entries(scored.match)) {
    for (const field of matched) fields.add(FIELD_OF[field as IndexField]);
    if (matched.includes('body')) bodyTerms.push(lookups.get(key)!.term);
  }
  const hit: SearchHit = {
    kind: doc.kind,
    id: doc.id,
    title: doc.title,
    score: scored.score,
    matchedFields: FIELD_ORDER.filter((f) => fields.has(f)),
  };
  if (bodyTerms.length) {
    const other: Lang = lang === 'zh' ? 'en' : 'zh';
    for (const l of [lang, other]) {
      const snippet = makeSnippet(doc.text[l], bodyTerms);
      if (snippet) {
        hit.snippet = { ...snippet, lang: l };
        break;
      }
    }
  }
  return hit;
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
