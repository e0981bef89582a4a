import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LlmFieldGuideApi, LlmFieldGuideHandle } from '../../../src/extension';
import type { TopicsNode } from '../../../src/vscode/topicsTree';

async function api(): Promise<LlmFieldGuideApi> {
  return (await vscode.extensions.getExtension<LlmFieldGuideHandle>('llm-field-guide.llm-field-guide')!.activate()).features();
}

async function topicNode(a: LlmFieldGuideApi, id: string): Promise<TopicsNode> {
  const node = (await a.topicsTree.getChildren()).find((n) => n.kind === 'topic' && n.topic.id === id);
  assert.ok(node, `topic ${id} in the tree`);
  return node;
}

describe('Browsing: trees, answer panel, search', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration().update('llmFieldGuide.language', undefined, vscode.ConfigurationTarget.Global);
  });

  it('lists entries under their topic, with difficulty, tooltip and an open command', async () => {
    const a = await api();
    const efficiency = await topicNode(a, 'efficiency');
    const entries = await a.topicsTree.getChildren(efficiency);
    assert.ok(entries.length >= 5, `${entries.length} entries`);
    const limited = entries.find((n) => n.kind === 'entry' && n.entry.id === 'training-with-limited-resources');
    assert.ok(limited);
    const item = a.topicsTree.getTreeItem(limited);
    assert.match(String(item.description), /^[★☆]{3}$/);
    assert.ok(item.tooltip instanceof vscode.MarkdownString && item.tooltip.value.length > 40, 'tooltip with the answer');
    assert.equal(item.command?.command, 'llmFieldGuide.openEntry');
    assert.deepEqual(item.command?.arguments, ['training-with-limited-resources']);
    assert.equal(a.topicsTree.getParent(limited), efficiency, 'getParent returns the topic node (reveal works)');
  });

  it('groups glossary terms by topic', async () => {
    const a = await api();
    const topics = await a.glossaryTree.getChildren();
    assert.ok(topics.length >= 8);
    const terms = (await Promise.all(topics.map((t) => a.glossaryTree.getChildren(t)))).flat();
    assert.equal(terms.length, 117);
    const zero = terms.find((t) => t.kind === 'term' && t.term.id === 'zero');
    assert.ok(zero);
    assert.equal(a.glossaryTree.getTreeItem(zero).command?.command, 'llmFieldGuide.openTerm');
  });

  it('opens an entry in a webview with a strict CSP, nonce script and correction boxes', async () => {
    const a = await api();
    await vscode.commands.executeCommand('llmFieldGuide.openEntry', 'training-with-limited-resources');
    const [panel] = a.panels.openPanels;
    assert.ok(panel, 'a panel is open');
    const html = panel.webview.html;
    assert.match(html, /Content-Security-Policy" content="default-src 'none';/);
    const nonce = /script-src 'nonce-([0-9a-f]+)'/.exec(html)?.[1];
    assert.ok(nonce, 'nonce in the CSP');
    assert.match(html, new RegExp(`<script nonce="${nonce}" src="[^"]+/media/panel\\.js"`));
    assert.doesNotMatch(html, /unsafe-inline|<script>(?!<\/script>)/);
    assert.match(html, /class="correction"/);
    assert.match(html, /如何在资源受限的环境下训练/);
    assert.match(html, /limited resources/);
    assert.deepEqual(panel.webview.options.localResourceRoots?.map((u) => u.path.split('/').pop()), ['media']);
  });

  it('reuses one panel, and opens a second one to the side', async () => {
    const a = await api();
    await vscode.commands.executeCommand('llmFieldGuide.openEntry', 'inference-acceleration');
    await vscode.commands.executeCommand('llmFieldGuide.openTerm', 'kv-cache');
    assert.equal(a.panels.openPanels.length, 1);
    assert.match(a.panels.openPanels[0].title, /KV/);
    await vscode.commands.executeCommand('llmFieldGuide.openToSide', 'training-memory');
    assert.equal(a.panels.openPanels.length, 2);
  });

  it('keeps favourites and recently viewed entries as tree groups', async () => {
    const a = await api();
    await vscode.commands.executeCommand('llmFieldGuide.openEntry', 'long-context');
    await vscode.commands.executeCommand('llmFieldGuide.addFavourite', 'what-is-a-large-model');
    const roots = await a.topicsTree.getChildren();
    const shelves = roots.filter((n) => n.kind === 'shelf').map((n) => (n.kind === 'shelf' ? n.shelf : ''));
    assert.deepEqual(shelves, ['favourites', 'recent']);
    const favourites = await a.topicsTree.getChildren(roots[0]);
    assert.deepEqual(favourites.map((n) => (n.kind === 'entry' ? n.entry.id : '')), ['what-is-a-large-model']);
    const recent = await a.topicsTree.getChildren(roots[1]);
    assert.equal(recent[0].kind === 'entry' && recent[0].entry.id, 'long-context');
    await vscode.commands.executeCommand('llmFieldGuide.removeFavourite', 'what-is-a-large-model');
    assert.equal((await a.topicsTree.getChildren()).filter((n) => n.kind === 'shelf' && n.shelf === 'favourites').length, 0);
  });

  it('follows the language setting', async () => {
    const a = await api();
    await vscode.workspace.getConfiguration().update('llmFieldGuide.language', 'zh', vscode.ConfigurationTarget.Global);
    const data = await topicNode(a, 'data');
    assert.equal(a.topicsTree.getTreeItem(data).label, '数据与分词');
    await vscode.workspace.getConfiguration().update('llmFieldGuide.language', 'en', vscode.ConfigurationTarget.Global);
    assert.equal(a.topicsTree.getTreeItem(await topicNode(a, 'data')).label, 'Data & tokenization');
  });

  it('searches both languages through the shared index', async () => {
    const a = await api();
    assert.equal((await a.search.search('混合精度'))[0]?.id, 'mixed-precision-training');
    assert.equal((await a.search.search('mixed precision'))[0]?.id, 'mixed-precision-training');
    assert.equal((await a.search.search('ZeRO'))[0]?.id, 'zero');
  });
});
