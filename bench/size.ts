// bundle_kb (minified dist/extension.js; the content is a separate file), content_kb
// (dist/content.json) and vsix_kb (the packaged extension, re-packaged with `npm run package` when
// missing or older than dist/). KB = 1 024 bytes. When the bundle is over budget, bundleInputs()
// says what it is made of, from esbuild's metafile.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { CONTENT_JSON, DIST, EXTENSION_BUNDLE, KB, ROOT, type BenchOptions } from './harness';

export interface SizeResult {
  bundle_kb: number;
  /** All node-host JavaScript under dist/ (extension.js and any chunks it loads), CLI and web bundle excluded. */
  bundle_total_kb: number;
  content_kb: number;
  vsix_kb: number;
  /** Notes: re-packaged, minified here, … */
  notes: string[];
}

function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

export function vsixPath(): string {
  return path.join(ROOT, `llm-field-guide-${packageVersion()}.vsix`);
}

const mtime = (file: string): number => fs.statSync(file).mtimeMs;

/** Newest file under dist/ (what the .vsix must not be older than). */
function distTime(): number {
  let newest = 0;
  const walk = (dir: string): void => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else newest = Math.max(newest, mtime(p));
    }
  };
  walk(DIST);
  return newest;
}

/** Whether a bundle is a development build: a source map link, or esbuild's `// src/…` module markers. */
function looksUnminified(source: string): boolean {
  return /\/\/# sourceMappingURL=/.test(source) || /^\s*\/\/ (?:src|node_modules)\//m.test(source);
}

function nodeJsUnder(dir: string): string[] {
  const out: string[] = [];
  for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) {
      if (p !== path.join(DIST, 'web')) out.push(...nodeJsUnder(p));
    } else if (/\.c?js$/.test(d.name) && p !== path.join(DIST, 'cli.js')) out.push(p);
  }
  return out;
}

async function minifiedSize(file: string, notes: string[]): Promise<number> {
  const source = fs.readFileSync(file, 'utf8');
  if (!looksUnminified(source)) return Buffer.byteLength(source);
  notes.push(`${path.relative(ROOT, file)} is a development build: minified here for the figure (npm run build for the real one)`);
  const out = await esbuild.transform(source, { minify: true, legalComments: 'none', format: 'cjs', target: 'node20' });
  return Buffer.byteLength(out.code);
}

export async function measureSizes(options: BenchOptions & { allowPackage?: boolean } = {}): Promise<SizeResult> {
  const notes: string[] = [];
  const allowPackage = options.allowPackage ?? !options.quick;
  const stale = (): string | undefined => {
    if (!fs.existsSync(EXTENSION_BUNDLE) || !fs.existsSync(CONTENT_JSON)) return 'dist/ was missing';
    if (looksUnminified(fs.readFileSync(EXTENSION_BUNDLE, 'utf8'))) return 'dist/ was a development build';
    if (!fs.existsSync(vsixPath())) return 'the .vsix was missing';
    if (mtime(vsixPath()) < distTime()) return 'the .vsix was older than dist/';
    return undefined;
  };
  const reason = allowPackage ? stale() : undefined;
  if (reason) {
    // Also gives the other measurements the production bundle they are meant to load.
    notes.push(`re-packaged with npm run package (${reason})`);
    const r = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
    if (r.status !== 0) throw new Error(`npm run package failed:\n${r.stdout}\n${r.stderr}`);
  }
  if (!fs.existsSync(EXTENSION_BUNDLE)) throw new Error('dist/extension.js is missing: run npm run build');
  const bundle = await minifiedSize(EXTENSION_BUNDLE, notes);
  let total = 0;
  for (const f of nodeJsUnder(DIST)) total += f === EXTENSION_BUNDLE ? bundle : await minifiedSize(f, notes);

  let vsix = vsixPath();
  let temporary: string | undefined;
  if (!fs.existsSync(vsix) || mtime(vsix) < distTime()) {
    // Not allowed to rebuild dist/ (quick mode): package what dist/ holds now into a temporary file.
    temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'llmfg-vsix-'));
    vsix = path.join(temporary, 'bench.vsix');
    notes.push('the .vsix was missing or stale: packaged dist/ as it is into a temporary file');
    const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`vsce package failed:\n${r.stdout}\n${r.stderr}`);
  }
  const vsixBytes = fs.statSync(vsix).size;
  if (temporary) fs.rmSync(temporary, { recursive: true, force: true });
  return { bundle_kb: bundle / KB, bundle_total_kb: total / KB, content_kb: fs.statSync(CONTENT_JSON).size / KB, vsix_kb: vsixBytes / KB, notes };
}

export interface BundleInput {
  /** A package (`node_modules/markdown-it`) or a source file. */
  name: string;
  kb: number;
}

/**
 * What the minified dist/extension.js is made of: a production build of src/extension.ts in memory
 * with the options of esbuild.config.mjs, attributed by esbuild's metafile, grouped by package.
 */
export async function bundleInputs(): Promise<BundleInput[]> {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ['src/extension.ts'],
    outfile: path.join(os.tmpdir(), 'llmfg-bench-extension.js'),
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  const groups = new Map<string, number>();
  for (const [file, info] of Object.entries(output?.inputs ?? {})) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    const name = pkg ? `node_modules/${pkg[1]}` : file.replace(/^src\/(core\/[^/]+|vscode|node)\/.*$/, 'src/$1/*');
    groups.set(name, (groups.get(name) ?? 0) + info.bytesInOutput);
  }
  return [...groups].map(([name, bytes]) => ({ name, kb: bytes / KB })).sort((a, b) => b.kb - a.kb);
}
