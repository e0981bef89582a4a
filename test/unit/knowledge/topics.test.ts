import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseTopics } from '../../../src/core/knowledge/topics';

describe('parseTopics', () => {
  it('reads the ten shipped topics in taxonomy order', () => {
    const file = path.join(import.meta.dirname, '../../../content/topics.yaml');
    const { topics, problems } = parseTopics(file, fs.readFileSync(file, 'utf8'));
    assert.deepEqual(problems, []);
    assert.deepEqual(
      topics.map((t) => t.id),
      ['fundamentals', 'data', 'training', 'distributed', 'efficiency', 'inference', 'adaptation', 'evaluation', 'safety', 'applications'],
    );
    for (const t of topics) assert.ok(t.title.zh && t.title.en && t.scope.zh && t.scope.en, t.id);
  });

  it('reports a missing language with its line and column', () => {
    const text = '- id: data\n  title: { en: Data }\n  scope: { en: s, zh: s }\n';
    const { topics, problems } = parseTopics('t.yaml', text);
    assert.equal(topics.length, 0);
    assert.equal(problems.length, 1);
    assert.deepEqual([problems[0].line, problems[0].column], [2, 10]);
    assert.match(problems[0].message, /title needs non-empty zh and en/);
  });

  it('reports malformed YAML at the place it breaks', () => {
    const { problems } = parseTopics('t.yaml', '- id: data\n  title: [unclosed\n');
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /malformed YAML/);
    assert.equal(problems[0].file, 't.yaml');
  });

  it('reports duplicate topic ids', () => {
    const one = '- id: data\n  title: { en: D, zh: 数 }\n  scope: { en: s, zh: 范 }\n';
    const { problems } = parseTopics('t.yaml', one + one);
    assert.ok(problems.some((p) => /duplicate topic id "data"/.test(p.message) && p.line === 4));
  });
});
