// activation_ms: load dist/extension.js as a fresh module (read, compile, evaluate) and call
// activate() with the stub `vscode`, as the extension host does. The baseline is an empty
// extension bundled with the same esbuild options and loaded the same way, interleaved with the real
// one sample by sample so machine noise hits both alike. A second reference, reported beside and not
// budgeted: a bundle that only makes the registrations VS Code needs at activation (every
// contributed command, every contributed view, one hover provider, one panel serializer) with
// empty handlers — the least any extension with these contributions can do.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { EXTENSION_BUNDLE, median, ROOT, sample, type BenchOptions, type Timed } from './harness';
import { createVscodeStub, deactivateBundle, installStub, loadBundleFresh, type ExtensionContextStub, type LoadedBundle, type VscodeStub } from './vscodeStub';

export interface ActivationResult {
  activation_ms: number;
  activation_empty_ms: number;
  activation_ratio: number;
  /** The registrations-only bundle, and its ratio to the empty one. */
  activation_registrations_ms: number;
  activation_registrations_ratio: number;
  /** API members the stub had to improvise during activate() (should be empty). */
  missing: string[];
  /** Commands and hover providers registered: evidence activate() ran through. */
  activation_commands: number;
  activation_hover_providers: number;
}

/** The empty extension: same bundler options as dist/extension.js, an activate() that does nothing. */
export async function buildEmptyBundle(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmfg-bench-'));
  const entry = path.join(dir, 'empty.ts');
  fs.writeFileSync(entry, 'export function activate(): void {}\nexport function deactivate(): void {}\n');
  const outfile = path.join(dir, 'extension.js');
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], legalComments: 'none', logLevel: 'warning' });
  return outfile;
}

/** Same bundler options; activate() registers what the manifest contributes, with empty handlers. */
export async function buildRegistrationsBundle(): Promise<string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { commands: { command: string }[]; views: Record<string, { id: string }[]> };
    activationEvents: string[];
  };
  const commands = manifest.contributes.commands.map((c) => c.command);
  const views = Object.values(manifest.contributes.views).flatMap((list) => list.map((v) => v.id));
  const panel = manifest.activationEvents.find((e) => e.startsWith('onWebviewPanel:'))?.slice('onWebviewPanel:'.length) ?? 'panel';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmfg-bench-'));
  const entry = path.join(dir, 'registrations.ts');
  fs.writeFileSync(
    entry,
    `import { commands, EventEmitter, languages, window, type ExtensionContext } from 'vscode';
export function activate(context: ExtensionContext): void {
  for (const id of ${JSON.stringify(commands)}) context.subscriptions.push(commands.registerCommand(id, () => undefined));
  for (const id of ${JSON.stringify(views)}) {
    const changed = new EventEmitter<void>();
    context.subscriptions.push(changed, window.createTreeView(id, { treeDataProvider: { onDidChangeTreeData: changed.event, getTreeItem: (e: string) => ({ label: e }), getChildren: () => [] } }));
  }
  context.subscriptions.push(languages.registerHoverProvider('*', { provideHover: () => undefined }));
  context.subscriptions.push(window.registerWebviewPanelSerializer(${JSON.stringify(panel)}, { deserializeWebviewPanel: async () => undefined }));
}
export function deactivate(): void {}
`,
  );
  const outfile = path.join(dir, 'extension.js');
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], legalComments: 'none', logLevel: 'warning' });
  return outfile;
}

/** One activation: returns its duration in ms, leaving the context for the caller to dispose. */
export async function activateOnce(file: string, stub: VscodeStub, context: ExtensionContextStub): Promise<{ ms: number; bundle: LoadedBundle; api: unknown }> {
  installStub(stub);
  const t0 = performance.now();
  const bundle = loadBundleFresh(file);
  const api = await bundle.exports.activate?.(context);
  const ms = performance.now() - t0;
  return { ms, bundle, api };
}

/**
 * Activation times of each bundle, in ms. Every sample activates all of them once, in an order
 * that rotates from one sample to the next, so machine noise (other jobs on a shared machine)
 * hits each alike instead of whichever ran during a busy spell.
 */
async function interleavedSamples(files: readonly string[], time: number, iterations: number, seen: { stub?: VscodeStub }): Promise<number[][]> {
  const samples = files.map((): number[] => []);
  let turn = 0;
  const activateEach = async (record: boolean): Promise<number> => {
    let total = 0;
    for (let k = 0; k < files.length; k++) {
      const i = (turn + k) % files.length;
      const stub = createVscodeStub();
      const context = stub.context();
      const r = await activateOnce(files[i], stub, context);
      if (record) samples[i].push(r.ms);
      total += r.ms;
      await deactivateBundle(r.bundle, context);
      if (i === 0) seen.stub = stub;
    }
    turn++;
    return total;
  };
  // Warm-up (the stub and the loader's own code), outside the samples.
  for (let w = 0; w < 3; w++) await activateEach(false);
  await sample('activate (interleaved)', async (): Promise<Timed> => ({ overriddenDuration: await activateEach(true) }), { time, iterations, warmup: false });
  return samples;
}

export async function measureActivation(options: BenchOptions = {}): Promise<ActivationResult> {
  if (!fs.existsSync(EXTENSION_BUNDLE)) throw new Error(`${EXTENSION_BUNDLE} is missing: run npm run build`);
  const empty = await buildEmptyBundle();
  const registrations = await buildRegistrationsBundle();
  const seen: { stub?: VscodeStub } = {};
  let real: number[];
  let base: number[];
  let floor: number[];
  try {
    [real, base, floor] = await interleavedSamples([EXTENSION_BUNDLE, empty, registrations], options.quick ? 100 : 7500, options.quick ? 5 : 300, seen);
  } finally {
    fs.rmSync(path.dirname(empty), { recursive: true, force: true });
    fs.rmSync(path.dirname(registrations), { recursive: true, force: true });
  }
  // Evidence that activate() really ran: what the last activation registered.
  const probe = createVscodeStub();
  const context = probe.context();
  const { bundle } = await activateOnce(EXTENSION_BUNDLE, probe, context);
  const result = { activation_commands: probe.commands.size, activation_hover_providers: probe.hoverProviders.length, missing: [...new Set([...probe.missing, ...(seen.stub?.missing ?? [])])].sort() };
  await deactivateBundle(bundle, context);
  const activationMs = median(real);
  const emptyMs = median(base);
  const floorMs = median(floor);
  return {
    activation_ms: activationMs,
    activation_empty_ms: emptyMs,
    activation_ratio: activationMs / emptyMs,
    activation_registrations_ms: floorMs,
    activation_registrations_ratio: floorMs / emptyMs,
    ...result,
  };
}
