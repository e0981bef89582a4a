import assert from 'node:assert/strict';
import { parseJsonc } from '../../../src/core/terms/jsonc';
import { languageOfFile } from '../../../src/core/terms/languageOfFile';
import { notebookCells } from '../../../src/core/terms/notebookCells';

describe('parseJsonc', () => {
  it('reads a language-configuration.json with comments and trailing commas', () => {
    const text = '{\n  // line comment\n  "comments": { "lineComment": "//", /* block */ "blockComment": ["/*", "*/"], },\n  "url": "http://x//y",\n}';
    assert.deepEqual(parseJsonc(text), { comments: { lineComment: '//', blockComment: ['/*', '*/'] }, url: 'http://x//y' });
  });
  it('returns undefined for text that is not JSON', () => {
    assert.equal(parseJsonc('{ nope'), undefined);
  });
});

describe('languageOfFile', () => {
  it('maps extensions and well-known names to VS Code language ids', () => {
    assert.equal(languageOfFile('train.py'), 'python');
    assert.equal(languageOfFile('a/b/Kernel.CU'), 'cuda-cpp');
    assert.equal(languageOfFile('Dockerfile.gpu'), 'dockerfile');
    assert.equal(languageOfFile('Makefile'), 'makefile');
    assert.equal(languageOfFile('x.ipynb'), 'jupyter');
    assert.equal(languageOfFile('x.unknownext'), undefined);
  });
});

describe('notebookCells', () => {
  it('splits code and markdown cells and takes the kernel language', () => {
    const nb = JSON.stringify({ cells: [{ cell_type: 'markdown', source: ['# LoRA\n', 'text'] }, { cell_type: 'code', source: '# ZeRO' }, { cell_type: 'raw', source: 'x' }], metadata: { language_info: { name: 'Python' } } });
    assert.deepEqual(notebookCells(nb), [
      { kind: 'markdown', language: 'markdown', text: '# LoRA\ntext' },
      { kind: 'code', language: 'python', text: '# ZeRO' },
    ]);
  });
  it('returns undefined for something that is not a notebook', () => {
    assert.equal(notebookCells('[1, 2]'), undefined);
    assert.equal(notebookCells('{'), undefined);
  });
});
