import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../cliRunner';

const run = runCli;

describe('llm-field-guide terms', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'terms-cli-'));
  const py = path.join(dir, 'train.py');
  fs.writeFileSync(py, 'import torch\nx = "# LoRA in a string"\n# use bf16 mixed precision and ZeRO-3\n');

  it('prints one JSON object per term with 1-based line and column', () => {
    const { code, out } = run('terms', '--json', py);
    assert.equal(code, 0);
    const rows = out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(rows.map((r) => Object.keys(r)), rows.map(() => ['file', 'line', 'column', 'length', 'term']));
    assert.deepEqual(rows.map((r) => [r.line, r.column, r.length, r.term]), [
      [3, 7, 4, 'bfloat16'],
      [3, 12, 15, 'mixed-precision-training'],
      [3, 32, 6, 'zero'],
    ]);
  });

  it('takes the language from --language when the extension says nothing', () => {
    const odd = path.join(dir, 'notes.cfgx');
    fs.writeFileSync(odd, '// LoRA adapters\n');
    assert.equal(run('terms', odd).code, 1, 'unknown language is an error');
    const { code, out } = run('terms', '--language', 'typescript', odd);
    assert.equal(code, 0);
    assert.match(out, /notes\.cfgx:1:4 lora/);
  });

  it('reports an unreadable file and exits 1', () => {
    const { code, err } = run('terms', path.join(dir, 'missing.py'));
    assert.equal(code, 1);
    assert.match(err, /missing\.py: cannot read/);
  });
});
