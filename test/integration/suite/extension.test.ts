import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LlmFieldGuideApi, LlmFieldGuideHandle } from '../../../src/extension';

const EXTENSION_ID = 'llm-field-guide.llm-field-guide';

async function activated(): Promise<LlmFieldGuideApi> {
  const ext = vscode.extensions.getExtension<LlmFieldGuideHandle>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in the host`);
  return (await ext.activate()).features();
}

describe('LLM Field Guide in a real extension host', () => {
  it('runs in VS Code 1.100 or later', () => {
    const [major, minor] = vscode.version.split('.').map(Number);
    assert.ok(major > 1 || minor >= 100, `host is VS Code ${vscode.version}`);
  });

  it('activates without error and exposes its API', async () => {
    const api = await activated();
    assert.ok(api.topicsTree, 'activate() returned no topics tree');
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });

  it('registers every command it contributes', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed: string[] = (ext.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    assert.ok(contributed.length > 0);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((c) => !registered.has(c)), [], 'contributed but not registered');
  });

  it('shows the ten topics of the taxonomy in the tree', async () => {
    const api = await activated();
    const roots = (await api.topicsTree.getChildren()).filter((n) => n.kind === 'topic' && !n.topic.id.startsWith('pack:'));
    assert.deepEqual(
      roots.map((n) => (n.kind === 'topic' ? n.topic.id : n.kind)),
      ['fundamentals', 'data', 'training', 'distributed', 'efficiency', 'inference', 'adaptation', 'evaluation', 'safety', 'applications'],
    );
    const first = api.topicsTree.getTreeItem(roots[0]);
    assert.equal(first.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.ok(typeof first.label === 'string' && first.label.length > 0);
  });

  it('runs the statistics command without error', async () => {
    await vscode.commands.executeCommand('llmFieldGuide.showStats');
  });
});
