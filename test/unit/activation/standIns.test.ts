// Activation registers stand-ins and loads the extension's code on first use (src/extension.ts).
// Runs the built bundle with the benchmark's stub `vscode`, as the extension host would. Needs
// dist/ (npm run build runs before the unit tests in npm test).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, EXTENSION_BUNDLE, ROOT } from '../../../bench/harness';
import { createVscodeStub, deactivateBundle, installStub, loadBundleFresh, type ExtensionContextStub, type LoadedBundle, type VscodeStub } from '../../../bench/vscodeStub';

const FEATURES_BUNDLE = path.join(DIST, 'features.js');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
const contributed = manifest.contributes.commands.map((c) => c.command);

interface TreeProvider {
  getChildren(element?: unknown): Promise<{ kind: string }[]>;
  onDidChangeTreeData(listener: (e: unknown) => void): { dispose(): void };
}
interface Handle {
  features(): { topicsTree: { refresh(): void } };
}

const featuresLoaded = (): boolean => require.cache[FEATURES_BUNDLE] !== undefined;

describe('activation stand-ins', () => {
  let stub: VscodeStub;
  let context: ExtensionContextStub;
  let bundle: LoadedBundle;
  let handle: Handle;

  beforeEach(async () => {
    assert.ok(fs.existsSync(EXTENSION_BUNDLE), 'dist/extension.js is missing: run npm run build first');
    // A fresh start: nothing of the features in the module cache.
    delete require.cache[FEATURES_BUNDLE];
    stub = createVscodeStub();
    installStub(stub);
    context = stub.context();
    bundle = loadBundleFresh(EXTENSION_BUNDLE);
    handle = (await bundle.exports.activate?.(context)) as Handle;
  });

  afterEach(async () => {
    await deactivateBundle(bundle, context);
  });

  it('registers every contributed command, both trees and the hover provider without loading the features', () => {
    assert.deepEqual([...stub.commands.keys()].sort(), [...contributed].sort());
    assert.deepEqual([...stub.treeViews.keys()].sort(), ['llmFieldGuide.glossary', 'llmFieldGuide.topics']);
    assert.equal(stub.hoverProviders.length, 1);
    assert.equal(featuresLoaded(), false);
  });

  it('runs a command invoked before the features load: the real command replaces the placeholder', async () => {
    const placeholder = stub.commands.get('llmFieldGuide.showStats');
    const executeCommand = (stub.api.commands as { executeCommand(id: string, ...args: unknown[]): Promise<unknown> }).executeCommand;
    await executeCommand('llmFieldGuide.showStats');
    assert.equal(featuresLoaded(), true);
    assert.notEqual(stub.commands.get('llmFieldGuide.showStats'), placeholder);
    assert.deepEqual([...stub.commands.keys()].sort(), [...contributed].sort(), 'every placeholder has its real command');
    assert.equal(stub.informationMessages.length, 1);
    assert.match(stub.informationMessages[0], /52 entries, 117 glossary terms/);
  });

  it('answers the trees through the stand-ins and relays their refreshes', async () => {
    const topics = stub.treeViews.get('llmFieldGuide.topics')?.treeDataProvider as TreeProvider;
    let refreshed = 0;
    topics.onDidChangeTreeData(() => refreshed++);
    const roots = await topics.getChildren();
    assert.equal(featuresLoaded(), true);
    assert.equal(roots.filter((n) => n.kind === 'topic').length, 10);
    handle.features().topicsTree.refresh();
    assert.ok(refreshed > 0, 'a refresh of the real tree reaches the view');
  });

  it('reports features that fail to load once; the stand-ins left rethrow that failure', async () => {
    // The same activation bundle beside a features bundle that throws as it loads.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmfg-features-'));
    try {
      fs.copyFileSync(EXTENSION_BUNDLE, path.join(dir, 'extension.js'));
      fs.writeFileSync(path.join(dir, 'features.js'), "throw new Error('features.js is damaged');\n");
      const brokenStub = createVscodeStub();
      installStub(brokenStub);
      const brokenContext = brokenStub.context();
      const broken = loadBundleFresh(path.join(dir, 'extension.js'));
      await broken.exports.activate?.(brokenContext);
      const executeCommand = (brokenStub.api.commands as { executeCommand(id: string): Promise<unknown> }).executeCommand;
      await assert.rejects(executeCommand('llmFieldGuide.showStats'), /features\.js is damaged/);
      const topics = brokenStub.treeViews.get('llmFieldGuide.topics')?.treeDataProvider as TreeProvider;
      assert.throws(() => topics.getChildren(), /features\.js is damaged/);
      assert.throws(() => brokenStub.hoverProviders[0].provider.provideHover(undefined, undefined, undefined), /features\.js is damaged/);
      assert.deepEqual(brokenStub.errorMessages, ['LLM Field Guide could not start: features.js is damaged']);
      await deactivateBundle(broken, brokenContext);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
