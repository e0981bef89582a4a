// Invariants of the shipped knowledge base. These pass only once every entry is written: they are
// the definition of done for content/, not a test of the compiler.
import assert from 'node:assert/strict';
import path from 'node:path';
import { compileContent } from '../../../src/core/knowledge/compile';
import { formatProblem } from '../../../src/core/knowledge/problem';
import { contentStats } from '../../../src/core/knowledge/stats';
import { nodeContentReader } from '../../../src/node/nodeContentReader';

const CONTENT = path.join(import.meta.dirname, '../../../content');

/** The source documents: prefix → number of entries. */
const SOURCE_FILES: Record<string, number> = { '000': 30, '001': 30, '002': 7, '003': 30, '004': 30 };
const EXPECTED_SOURCES = Object.entries(SOURCE_FILES).flatMap(([prefix, n]) => Array.from({ length: n }, (_, i) => `${prefix}#${i + 1}`));

describe('shipped content', () => {
  const { bundle, problems } = compileContent(CONTENT, nodeContentReader);
  const stats = contentStats(bundle);

  it('compiles without problems', () => {
    assert.deepEqual(problems.map(formatProblem), []);
  });

  it('sources.yaml pins all 127 source entries', () => {
    const manifest = nodeContentReader.readText(path.join(CONTENT, 'sources.yaml')) ?? '';
    const listed = [...manifest.matchAll(/^- "(\d{3}#\d+)"$/gm)].map((m) => m[1]);
    assert.equal(EXPECTED_SOURCES.length, 127);
    assert.deepEqual(listed, EXPECTED_SOURCES);
  });

  it('covers each of the 127 source entries exactly once', () => {
    const cited = bundle.entries.flatMap((e) => e.sources);
    const twice = cited.filter((s, i) => cited.indexOf(s) !== i);
    assert.deepEqual(twice, [], 'sources cited by more than one entry');
    assert.deepEqual([...cited].sort(), [...EXPECTED_SOURCES].sort());
    assert.equal(stats.sources.length, 127);
  });

  it('has every entry in both languages', () => {
    assert.ok(stats.entries > 0);
    assert.equal(stats.languages.zh, stats.entries);
    assert.equal(stats.languages.en, stats.entries);
    assert.ok(bundle.entries.every((e) => e.untranslated === undefined));
  });
});
