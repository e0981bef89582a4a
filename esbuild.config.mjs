// Builds the extension (node + web worker), the CLI and the compiled content bundle.
//   node esbuild.config.mjs               development build (source maps)
//   node esbuild.config.mjs --production  minified, no source maps (what the .vsix ships)
//   node esbuild.config.mjs --watch       rebuild on change (code and content/)
//   node esbuild.config.mjs --tests       also transpile test/integration for the extension host
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const tests = args.has('--tests');
const root = import.meta.dirname;

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
};

// Parts loaded on first use (src/vscode/chunks.ts): separate files for node, inlined for the web.
const CHUNKS = ['features', 'render', 'search', 'packs'];
const chunkSpecifiers = CHUNKS.map((c) => `./${c}.js`);

/** @type {esbuild.Plugin} */
const inlineChunks = {
  name: 'inline-chunks',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^\\./(${CHUNKS.join('|')})\\.js$`) }, (args) => ({
      path: path.join(root, 'src/chunks', args.path.slice(2).replace(/\.js$/, '.ts')),
    }));
  },
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', ...chunkSpecifiers],
  },
  ...CHUNKS.map((chunk) => ({
    ...common,
    entryPoints: [`src/chunks/${chunk}.ts`],
    outfile: `dist/${chunk}.js`,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', ...chunkSpecifiers],
  })),
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
    plugins: [inlineChunks],
  },
  {
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
];

if (tests) {
  // A removed test file must not linger as stale output.
  fs.rmSync(path.join(root, 'out/test/integration'), { recursive: true, force: true });
  const testFiles = fs
    .readdirSync(path.join(root, 'test/integration/suite'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `test/integration/suite/${f}`);
  builds.push({
    entryPoints: testFiles,
    outdir: 'out/test/integration/suite',
    bundle: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}

/** Validates content/ and writes dist/content.json through the CLI just built. */
function compileContent() {
  const r = spawnSync(process.execPath, ['dist/cli.js', 'compile', 'content', '--out', 'dist/content.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('content validation failed (see the problems above)');
  fs.chmodSync(path.join(root, 'dist/cli.js'), 0o755);
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.rebuild()));
  const recompile = () => {
    try {
      compileContent();
      console.log(`[watch] content compiled ${new Date().toLocaleTimeString()}`);
    } catch (e) {
      console.error(`[watch] ${e.message}`);
    }
  };
  recompile();
  await Promise.all(contexts.map((c) => c.watch()));
  let timer;
  fs.watch(path.join(root, 'content'), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(recompile, 150);
  });
  console.log('[watch] watching src/ and content/ — Ctrl+C to stop');
} else {
  fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  await Promise.all(builds.map((b) => esbuild.build(b)));
  try {
    compileContent();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
