/* eslint-disable @typescript-eslint/no-require-imports -- chunks are required on first use, by design */
// The heavy parts of the extension load on first use, so activation stays small and fast. The
// node build emits each as its own file (dist/<name>.js, required from dist/extension.js); the
// web-worker build, which cannot load files, inlines them (see esbuild.config.mjs).
import type * as FeaturesChunk from '../chunks/features';
import type * as PacksChunk from '../chunks/packs';
import type * as RenderChunk from '../chunks/render';
import type * as SearchChunk from '../chunks/search';

export function renderChunk(): typeof RenderChunk {
  return require('./render.js') as typeof RenderChunk;
}

export function searchChunk(): typeof SearchChunk {
  return require('./search.js') as typeof SearchChunk;
}

export function packsChunk(): typeof PacksChunk {
  return require('./packs.js') as typeof PacksChunk;
}

export function featuresChunk(): typeof FeaturesChunk {
  return require('./features.js') as typeof FeaturesChunk;
}
