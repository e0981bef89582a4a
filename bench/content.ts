// content_load_ms: the first load of the compiled content, as the extension does it on first use —
// read dist/content.json through workspace.fs, decode, JSON.parse, check the format, merge content
// packs (none here) — plus the hover's term index (the first hover needs both), restored from the
// build stored in content.json as the extension does.
// "First" is taken literally: each sample is a new node process that activates the built bundle
// with the stub `vscode` and then times that first load, so nothing is warm in the JIT.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ContentBundle } from '../src/core/knowledge/model';
import { createSearchIndex } from '../src/core/search/searchIndex';
import { buildTermIndex } from '../src/core/terms/termIndex';
import { activateOnce } from './activation';
import { CONTENT_JSON, EXTENSION_BUNDLE, median, ROOT, type BenchOptions } from './harness';
import { createVscodeStub, deactivateBundle } from './vscodeStub';

export interface ContentLoadResult {
  content_load_ms: number;
  /** Read + decode + parse + checks (ContentStore.load()). */
  content_read_parse_ms: number;
  /** The term index of the loaded glossary (restored from its stored build). */
  content_term_index_ms: number;
  /** The search index over the same content (built on the first search, not the first hover). */
  content_search_index_ms: number;
}

interface ChildSample {
  readParse: number;
  termIndex: number;
  searchIndex: number;
}

interface ProductApi {
  contentStore?: { load(): Promise<{ kind: string; bundle?: ContentBundle; reason?: string }> };
  termMatcher?: { bundleAndIndex(): Promise<unknown> };
}

/** One cold sample, in this process (run as a child of measureContentLoad). */
export async function coldSample(): Promise<ChildSample> {
  const stub = createVscodeStub();
  const context = stub.context();
  const { bundle, api } = await activateOnce(EXTENSION_BUNDLE, stub, context);
  // features() loads the extension's code (not timed here: it is activation's deferred half).
  const product = ((api as { features?: () => ProductApi } | undefined)?.features?.() ?? {}) as ProductApi;
  if (!product.contentStore) throw new Error('activate() returned no features().contentStore: update bench/content.ts to the new API');
  const t0 = performance.now();
  const state = await product.contentStore.load();
  const t1 = performance.now();
  if (state.kind !== 'loaded' || !state.bundle) throw new Error(`content did not load: ${state.reason ?? state.kind}`);
  // The hover provider's own first-use path when it is there; the core index builder otherwise.
  if (product.termMatcher) await product.termMatcher.bundleAndIndex();
  else buildTermIndex(state.bundle.terms, state.bundle.termIndex);
  const t2 = performance.now();
  const t3 = performance.now();
  createSearchIndex(state.bundle).warmUp();
  const t4 = performance.now();
  await deactivateBundle(bundle, context);
  return { readParse: t1 - t0, termIndex: t2 - t1, searchIndex: t4 - t3 };
}

export async function measureContentLoad(options: BenchOptions = {}): Promise<ContentLoadResult> {
  if (!fs.existsSync(CONTENT_JSON) || !fs.existsSync(EXTENSION_BUNDLE)) throw new Error('dist/ is missing: run npm run build');
  const runs = options.quick ? 1 : 7;
  const samples: ChildSample[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'content.ts'), '--child'], { cwd: ROOT, encoding: 'utf8' });
    const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
    if (r.status !== 0 || !line) throw new Error(`content load child failed (${r.status}):\n${r.stderr}`);
    samples.push(JSON.parse(line) as ChildSample);
  }
  const readParse = median(samples.map((s) => s.readParse));
  const termIndex = median(samples.map((s) => s.termIndex));
  return {
    content_load_ms: median(samples.map((s) => s.readParse + s.termIndex)),
    content_read_parse_ms: readParse,
    content_term_index_ms: termIndex,
    content_search_index_ms: median(samples.map((s) => s.searchIndex)),
  };
}

if (require.main === module && process.argv.includes('--child')) {
  coldSample().then(
    (s) => console.log(JSON.stringify(s)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
