import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LlmFieldGuideHandle } from '../../../src/extension';

describe('Content packs from the workspace', () => {
  it('loads the workspace .llm-field-guide/ folder beside the shipped content', async () => {
    const api = (await vscode.extensions.getExtension<LlmFieldGuideHandle>('llm-field-guide.llm-field-guide')!.activate()).features();
    const roots = await api.topicsTree.getChildren();
    const pack = roots.find((n) => n.kind === 'topic' && n.topic.id.startsWith('pack:'));
    assert.ok(pack, `a pack topic among ${roots.map((n) => (n.kind === 'topic' ? n.topic.id : n.kind)).join(', ')}`);
    const entries = await api.topicsTree.getChildren(pack);
    const titles = entries.map((n) => (n.kind === 'entry' ? n.entry.title.zh : ''));
    assert.deepEqual(titles.sort(), ['什么是 KV 缓存？', '梯度累积有什么用？'].sort());
    const shipped = roots.filter((n) => n.kind === 'topic' && !n.topic.id.startsWith('pack:'));
    assert.equal(shipped.length, 10, 'the shipped topics are all still there');
  });

  it('reports the broken pack file in the Problems panel, at its line, and skips it', async () => {
    const api = (await vscode.extensions.getExtension<LlmFieldGuideHandle>('llm-field-guide.llm-field-guide')!.activate()).features();
    await api.contentStore.load();
    const broken = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.llm-field-guide', 'broken.md');
    const diagnostics = vscode.languages.getDiagnostics(broken);
    assert.ok(diagnostics.length > 0, 'a diagnostic on broken.md');
    assert.equal(diagnostics[0].source, 'LLM Field Guide');
    assert.ok(diagnostics.some((d) => d.range.start.line >= 1), 'located inside the file');
    const state = await api.contentStore.load();
    assert.ok(state.kind === 'loaded' && !state.bundle.entries.some((e) => e.id === 'broken-entry'));
  });
});
