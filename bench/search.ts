// search_p99_ms_1x / search_p99_ms_100x: latency of one search (createSearchIndex(...).search of the
// built search chunk, with the options the QuickPick passes) over a fixed list of queries in both
// languages, typos included, on today's knowledge base and on one 100× larger (every entry and term copied with new ids and
// varied text). The index is built before timing (it is built once per content load; its build
// time is reported beside).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ContentBundle } from '../src/core/knowledge/model';
import type * as SearchChunk from '../src/core/search/searchIndex';
import { SEARCH_QUERIES, scaledContent, shippedContent } from './corpus';
import { DIST, gcFunction, sample, stats, type BenchOptions } from './harness';

export interface SearchResult {
  search_p50_ms_1x: number;
  search_p99_ms_1x: number;
  search_p50_ms_100x: number;
  search_p99_ms_100x: number;
  search_build_ms_1x: number;
  search_build_ms_100x: number;
  /** Documents in the 100× index (entries + terms). */
  search_docs_100x: number;
}

const CJK = /[\u3400-\u9fff]/;

/** The search chunk as built (dist/search.js, minified), as the extension runs it. */
function searchChunk(): typeof SearchChunk {
  const file = path.join(DIST, 'search.js');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build`);
  return createRequire(file)(file) as typeof SearchChunk;
}

async function searchLatency(bundle: ContentBundle, rounds: number): Promise<{ build: number; p50: number; p99: number }> {
  const index = searchChunk().createSearchIndex(bundle);
  const t0 = performance.now();
  index.warmUp();
  const build = performance.now() - t0;
  // The index is built once per content load, long before the searches it serves: its garbage
  // is collected before timing, not during the searches.
  gcFunction()();
  let i = 0;
  const samples = await sample(
    'search',
    () => {
      const query = SEARCH_QUERIES[i++ % SEARCH_QUERIES.length];
      return index.search(query, { limit: 30, lang: CJK.test(query) ? 'zh' : 'en' });
    },
    // Every query the same number of times, after one pass to warm up.
    { time: 0, iterations: SEARCH_QUERIES.length * rounds, warmupIterations: SEARCH_QUERIES.length },
  );
  const s = stats(samples);
  return { build, p50: s.p50, p99: s.p99 };
}

export async function measureSearch(options: BenchOptions = {}): Promise<SearchResult> {
  const base = shippedContent();
  const small = await searchLatency(base, options.quick ? 1 : 20);
  const factor = options.quick ? 3 : 100;
  let large: ContentBundle | undefined = scaledContent(base, factor);
  const docs = large.entries.length + large.terms.length;
  const big = await searchLatency(large, options.quick ? 1 : 4);
  large = undefined;
  return {
    search_p50_ms_1x: small.p50,
    search_p99_ms_1x: small.p99,
    search_p50_ms_100x: big.p50,
    search_p99_ms_100x: big.p99,
    search_build_ms_1x: small.build,
    search_build_ms_100x: big.build,
    search_docs_100x: docs,
  };
}
