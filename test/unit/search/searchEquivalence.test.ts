// The search builds MiniSearch's index from term counts (searchIndexData.ts), expands queries
// itself (searchLookups.ts) and has MiniSearch score only the documents that can make the page
// (searchIndex.ts). None of that may change a result: checked against MiniSearch doing it all
// itself, with one index built document by document and each query searched whole with its own
// prefix and fuzzy matching, as the search did before; and against the search scoring every
// document it finds.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import MiniSearch, { type SearchResult } from 'minisearch';
import { SEARCH_QUERIES, scaledContent } from '../../../bench/corpus';
import type { ContentBundle } from '../../../src/core/knowledge/model';
import { isCjkToken, tokenizeForSearch } from '../../../src/core/search/cjkTokenizer';
import { createSearchIndex, type SearchHit, type SearchIndex, type SearchKind } from '../../../src/core/search/searchIndex';
import {
  BM25,
  buildSearchIndexData,
  FUZZY_WEIGHT,
  INDEX_FIELDS,
  indexKey,
  nameKey,
  PREFIX_WEIGHT,
  SEARCH_FIELD_BOOSTS,
  searchDocuments,
} from '../../../src/core/search/searchIndexData';
import { shippedBundle } from '../shippedBundle';

const FIELD_OF: Record<string, string> = { titleZh: 'title', titleEn: 'title', aliases: 'aliases', code: 'code', body: 'body' };
const FIELD_ORDER = ['title', 'aliases', 'code', 'body'];

interface Hit {
  key: string;
  score: number;
  matchedFields: string[];
}

/** The search as MiniSearch does it whole: the search before it scored only what can make the page. */
function referenceSearch(bundle: ContentBundle): (query: string, options?: { limit?: number; kinds?: SearchKind[] }) => Hit[] {
  const documents = [...searchDocuments(bundle)];
  const mini = new MiniSearch<{ id: number }>({
    fields: INDEX_FIELDS,
    tokenize: tokenizeForSearch,
    processTerm: (term) => term,
    searchOptions: { bm25: BM25, weights: { prefix: PREFIX_WEIGHT, fuzzy: FUZZY_WEIGHT } },
  });
  mini.addAll(documents.map(({ fields }, id) => ({ id, ...fields })));
  const names = documents.map(({ names }) => new Set(names.map(nameKey)));
  const lastLatin = (terms: string[]) => terms.length - 1 - [...terms].reverse().findIndex((t) => !isCjkToken(t));
  const fuzzyCandidate = (t: string) => !isCjkToken(t) && t.length >= 4 && !/\d/.test(t);
  return (query, options = {}) => {
    const limit = options.limit ?? 20;
    const words = tokenizeForSearch(query);
    if (limit <= 0 || words.length === 0) return [];
    const kinds = new Set(options.kinds ?? ['entry', 'term']);
    const base = {
      boost: { ...SEARCH_FIELD_BOOSTS },
      combineWith: 'OR' as const,
      prefix: (t: string, i: number, terms: string[]) => (isCjkToken(t) ? t.length === 1 : i === lastLatin(terms)),
      boostDocument: (id: number) => (names[id].has(nameKey(query)) ? 3 : 1),
      filter: (r: SearchResult) => kinds.has(documents[r.id as number].doc.kind),
    };
    let results = mini.search(query, base);
    const matched = new Set(results.flatMap((r) => r.queryTerms));
    if (words.some((t) => fuzzyCandidate(t) && !matched.has(t))) {
      results = mini.search(query, { ...base, fuzzy: (t: string) => (fuzzyCandidate(t) ? 0.2 : false), maxFuzzy: 2 });
    }
    const wordCount = new Set(words).size;
    return results
      .map((r) => {
        const fields = new Set(Object.values(r.match).flatMap((fs) => fs.map((f) => FIELD_OF[f])));
        const { kind, id } = documents[r.id as number].doc;
        return { key: `${kind}:${id}`, score: r.score * (new Set(r.queryTerms).size / wordCount) ** 2, matchedFields: FIELD_ORDER.filter((f) => fields.has(f)) };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  };
}

const asHits = (hits: SearchHit[]): Hit[] => hits.map((h) => ({ key: `${h.kind}:${h.id}`, score: h.score, matchedFields: h.matchedFields }));

/** Same hits, best first, same scores; documents tied in score may come in any order, and a tie at the end of the page may be cut anywhere. */
function assertSameHits(actual: Hit[], expected: Hit[], query: string): void {
  assert.equal(actual.length, expected.length, `${query}: ${actual.length} hits, expected ${expected.length}`);
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  actual.forEach((hit, i) => assert.ok(close(hit.score, expected[i].score), `${query}: hit ${i} scores ${hit.score}, expected ${expected[i].score}`));
  const last = expected.at(-1)?.score ?? 0;
  const settled = (hits: Hit[]) =>
    hits
      .filter((h) => !close(h.score, last))
      .map((h) => `${h.key} ${h.matchedFields.join(',')}`)
      .sort();
  assert.deepEqual(settled(actual), settled(expected), query);
}

/** Queries like people type: words of the content in either language, cut short, mistyped. */
function queries(bundle: ContentBundle): fc.Arbitrary<string> {
  // Names, and words of the text alone, common ones included (those reach most documents).
  const names = bundle.terms.slice(0, 60).flatMap((t) => [t.term.en, t.term.zh, ...t.aliases].flatMap(tokenizeForSearch));
  const text = bundle.terms.slice(0, 30).flatMap((t) => [...tokenizeForSearch(t.definition.en), ...tokenizeForSearch(t.definition.zh)]);
  const vocabulary = [...new Set([...names, ...text])];
  const word = fc.constantFrom(...vocabulary).chain((w) =>
    fc.oneof(
      fc.constant(w),
      // A typo: one letter dropped.
      fc.nat(w.length - 1).map((i) => (isCjkToken(w) || w.length < 5 ? w : w.slice(0, i) + w.slice(i + 1))),
      // Typed so far.
      fc.integer({ min: 1, max: w.length }).map((n) => w.slice(0, n)),
    ),
  );
  return fc.oneof(fc.constantFrom(...SEARCH_QUERIES), fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' ')));
}

describe('search equivalence', function () {
  this.timeout(120_000);

  it('loads the MiniSearch index that MiniSearch itself builds from the documents', () => {
    const bundle = shippedBundle();
    const reference = new MiniSearch<{ id: number }>({ fields: INDEX_FIELDS, tokenize: tokenizeForSearch, processTerm: indexKey });
    reference.addAll([...searchDocuments(bundle)].map(({ fields }, id) => ({ id, ...fields })));
    const expected = reference.toJSON();
    const actual = buildSearchIndexData(bundle).mini.toJSON();
    const byTerm = (index: typeof expected.index) => [...index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    assert.deepEqual({ ...actual, index: byTerm(actual.index) }, { ...expected, index: byTerm(expected.index) });
  });

  for (const [name, bundle] of [
    ['today’s content', () => shippedBundle()],
    ['content five times larger', () => scaledContent(shippedBundle(), 5)],
  ] as const) {
    describe(name, () => {
      let content: ContentBundle;
      let search: SearchIndex;
      let scoringAll: SearchIndex;
      let reference: ReturnType<typeof referenceSearch>;
      before(() => {
        content = bundle();
        search = createSearchIndex(content);
        scoringAll = createSearchIndex(content, { prune: false });
        reference = referenceSearch(content);
      });

      it('finds what MiniSearch finds searching the whole query, with the same scores (property)', () => {
        fc.assert(
          fc.property(queries(content), fc.constantFrom(1, 5, 20, 30), fc.constantFrom<SearchKind[] | undefined>(undefined, ['entry'], ['term']), (query, limit, kinds) => {
            assertSameHits(asHits(search.search(query, { limit, kinds })), reference(query, { limit, kinds }), query);
          }),
          { numRuns: 200 },
        );
      });

      it('scoring only what can make the page changes nothing, snippets included (property)', () => {
        fc.assert(
          fc.property(queries(content), fc.constantFrom(1, 5, 30), fc.constantFrom<'zh' | 'en'>('zh', 'en'), (query, limit, lang) => {
            const pruned = search.search(query, { limit, lang });
            const all = scoringAll.search(query, { limit, lang });
            assertSameHits(asHits(pruned), asHits(all), query);
            const snippets = (hits: SearchHit[]) => new Map(hits.map((h) => [`${h.kind}:${h.id}`, h.snippet]));
            const expected = snippets(all);
            for (const [key, snippet] of snippets(pruned)) if (expected.has(key)) assert.deepEqual(snippet, expected.get(key), `${query}: ${key}`);
          }),
          { numRuns: 300 },
        );
      });
    });
  }
});
