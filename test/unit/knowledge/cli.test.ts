import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from '../../../src/cli';
import { runCli } from '../cliRunner';
import { FIXTURES } from './fixtures';

const run = runCli;

const GOOD = path.join(FIXTURES, 'content-good');

describe('llm-field-guide CLI', () => {
  it('validate: a good content root passes', () => {
    const { code, out, err } = run('validate', GOOD);
    assert.equal(err, '');
    assert.equal(code, 0);
    assert.match(out, /content-good: ok — 2 topics, 2 entries, 2 terms, 8 quiz items/);
  });

  it('validate: a folder without topics.yaml is checked as a pack, problems as file:line:column message', () => {
    const { code, out, err } = run('validate', path.join(FIXTURES, 'pack-mixed'));
    assert.equal(code, 1);
    const lines = err.trim().split('\n');
    assert.ok(lines.length >= 2);
    for (const line of lines) assert.match(line, /^.+\/pack-mixed\/[^:]+\.md:\d+:\d+ \S.*$/);
    assert.ok(lines.some((l) => /broken\.md:\d+:\d+ malformed YAML/.test(l)));
    assert.ok(lines.some((l) => /collides\.md:2:5 entry id "training-stability" is already used/.test(l)));
    assert.match(out, /pack-mixed: \d+ problem\(s\) — pack, 2 entries and 1 quiz items load/);
  });

  it('validate: several folders, failing if any fails', () => {
    assert.equal(run('validate', GOOD, path.join(FIXTURES, 'pack-source')).code, 0);
    assert.equal(run('validate', GOOD, path.join(FIXTURES, 'pack-mixed')).code, 1);
  });

  it('stats --json prints exactly the contract keys', () => {
    const { code, out } = run('stats', '--json', GOOD);
    assert.equal(code, 0);
    const stats = JSON.parse(out) as Record<string, unknown>;
    assert.deepEqual(Object.keys(stats), ['entries', 'topics', 'glossaryTerms', 'quizItems', 'sources', 'corrections', 'languages']);
    assert.deepEqual(stats, {
      entries: 2,
      topics: 2,
      glossaryTerms: 2,
      quizItems: 8,
      sources: ['000#1', '000#2', '001#1'],
      corrections: ['E23'],
      languages: { zh: 2, en: 2 },
    });
  });

  it('compile writes the bundle, and writes nothing when there are problems', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lfg-cli-'));
    try {
      const out = path.join(dir, 'sub', 'content.json');
      assert.equal(run('compile', GOOD, '--out', out).code, 0);
      const bundle = JSON.parse(fs.readFileSync(out, 'utf8')) as { formatVersion: number; entries: unknown[] };
      assert.equal(bundle.formatVersion, 1);
      assert.equal(bundle.entries.length, 2);
      const bad = path.join(dir, 'bad.json');
      const result = run('compile', path.join(FIXTURES, 'pack-mixed'), '--out', bad);
      assert.equal(result.code, 1);
      assert.equal(fs.existsSync(bad), false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('validate: a folder that does not exist fails', () => {
    const { code, err } = run('validate', path.join(FIXTURES, 'no-such-pack'));
    assert.equal(code, 1);
    assert.match(err, /no-such-pack:1:1 no such folder/);
  });

  it('usage errors exit 2', () => {
    assert.equal(run('compile', GOOD).code, 2);
    assert.match(run('frobnicate').err, /Unknown command "frobnicate"/);
    assert.equal(run().code, 2);
    assert.equal(run('help').code, 0);
  });

  it('parseArgs separates positionals, flags and option values', () => {
    const args = parseArgs(['a', '--json', '--out', 'x.json', 'b'], ['--out']);
    assert.deepEqual(args.positional, ['a', 'b']);
    assert.deepEqual([...args.flags], ['--json']);
    assert.equal(args.options.get('--out'), 'x.json');
  });
});
