import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LlmFieldGuideHandle } from '../../../src/extension';

const root = () => vscode.workspace.workspaceFolders![0].uri;

async function hoverText(doc: vscode.TextDocument, needle: string, occurrence = 1, shift = 1): Promise<string> {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" is in ${doc.uri.path}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + shift));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

async function open(name: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(vscode.Uri.joinPath(root(), 'hover', name));
}

describe('Term hovers in a real editor', () => {
  before(async () => {
    await vscode.extensions.getExtension<LlmFieldGuideHandle>('llm-field-guide.llm-field-guide')!.activate();
    await vscode.workspace.getConfiguration().update('llmFieldGuide.language', 'en', vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await vscode.workspace.getConfiguration().update('llmFieldGuide.language', undefined, vscode.ConfigurationTarget.Global);
  });

  it('Python: comments, Chinese comments and docstrings, not strings', async () => {
    const doc = await open('train.py');
    assert.match(await hoverText(doc, 'mixed precision'), /Mixed precision training/);
    assert.match(await hoverText(doc, 'ZeRO-3'), /ZeRO/);
    assert.match(await hoverText(doc, '梯度检查点'), /Gradient checkpointing/);
    assert.match(await hoverText(doc, 'gradient checkpointing'), /Gradient checkpointing/);
    assert.equal(await hoverText(doc, 'mixed precision', 2), '', 'a term inside a string literal is not explained');
  });

  it('cards carry only allow-listed command links', async () => {
    const doc = await open('train.py');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.getText().indexOf('mixed precision') + 2));
    const md = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString && /Mixed precision/.test(c.value));
    assert.ok(md, 'a Markdown card');
    const allowed = (md.isTrusted as { enabledCommands: string[] }).enabledCommands;
    const linked = [...md.value.matchAll(/\(command:([\w.]+)\?/g)].map((m) => m[1]);
    assert.ok(linked.length >= 3);
    assert.deepEqual(linked.filter((c) => !allowed.includes(c)), []);
    assert.match(md.value, /Open in Field Guide/);
    assert.match(md.value, /Quiz me on this/);
  });

  it('TypeScript: line and block comments, not strings', async () => {
    const doc = await open('serve.ts');
    assert.match(await hoverText(doc, 'KV cache'), /KV cache/i);
    assert.match(await hoverText(doc, 'Speculative decoding'), /Speculative decoding/i);
    assert.equal(await hoverText(doc, 'LoRA'), '');
  });

  it('C++: comments, not strings', async () => {
    const doc = await open('kernel.cpp');
    assert.match(await hoverText(doc, 'FlashAttention'), /FlashAttention/);
    assert.equal(await hoverText(doc, 'pruning'), '');
    assert.match(await hoverText(doc, 'tensor parallelism'), /Tensor parallelism/i);
  });

  it('Go and YAML comments', async () => {
    assert.match(await hoverText(await open('shard.go'), 'Pipeline parallelism'), /Pipeline parallelism/i);
    const yaml = await open('config.yaml');
    assert.match(await hoverText(yaml, 'Learning-rate warmup'), /warmup/i);
    assert.match(await hoverText(yaml, 'gradient clipping'), /Gradient clipping/i);
  });

  it('ambiguous words stay silent without ML context', async () => {
    const doc = await open('tools.py');
    assert.equal(await hoverText(doc, 'prune'), '');
    assert.equal(await hoverText(doc, 'warm up'), '');
  });

  it('notebook cells: Markdown text and code comments', async () => {
    const notebook = await vscode.workspace.openNotebookDocument(vscode.Uri.joinPath(root(), 'hover', 'notebook.ipynb'));
    const [markdown, code] = notebook.getCells().map((c) => c.document);
    assert.match(await hoverText(markdown, 'Knowledge distillation'), /distillation/i);
    assert.match(await hoverText(code, 'distillation loss'), /distillation/i);
  });

  it('the hover.enabled setting turns cards off', async () => {
    const doc = await open('train.py');
    await vscode.workspace.getConfiguration().update('llmFieldGuide.hover.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      assert.equal(await hoverText(doc, 'mixed precision'), '');
    } finally {
      await vscode.workspace.getConfiguration().update('llmFieldGuide.hover.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

describe('Term hovers on huge documents', () => {
  it('answers in a 5 MB file (matching a window around the hover) and stays silent on a 1 MB single-line comment', async () => {
    const block = '# use bf16 mixed precision and ZeRO-3 to fit the model\nx = compute(x)  # gradient checkpointing saves memory\n';
    const body = block.repeat(Math.ceil((5 * 1024 * 1024) / block.length));
    const longLine = `# ${'LoRA adapters and quantization '.repeat(Math.ceil((1024 * 1024) / 32))}\n`;
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: `import torch\n${longLine}${body}` });
    assert.ok(doc.getText().length > 5.5 * 1024 * 1024);
    const deep = doc.positionAt(doc.getText().lastIndexOf('mixed precision') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, deep);
    assert.match(hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n'), /Mixed precision training/);
    const onLongLine = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(1, 5));
    assert.equal(onLongLine.flatMap((h) => h.contents).length, 0, 'lines over 20 000 characters are skipped');
  });
});
