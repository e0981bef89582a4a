// The benchmark's measurement functions in quick mode: every figure of issue #7 comes out, as a
// finite number. No timing assertions — speed is the benchmark's business, not the unit tests'.
// Needs dist/ (npm run build runs before the unit tests in npm test).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { aliasSource, generateCommentCorpus, generatePythonFile, glossaryOfSize, scaledContent, shippedContent } from '../../../bench/corpus';
import { EXTENSION_BUNDLE } from '../../../bench/harness';
import { naiveMatcher } from '../../../bench/matcher';
import { BUDGETS, checkBudgets, formatResults, REQUIRED_KEYS, runBench, type RunReport } from '../../../bench/run';
import { buildTermIndex } from '../../../src/core/terms/termIndex';

describe('bench (quick mode)', function () {
  this.timeout(180_000);
  let report: RunReport;

  before(async function () {
    assert.ok(fs.existsSync(EXTENSION_BUNDLE), 'dist/extension.js is missing: run npm run build first');
    report = await runBench({ quick: true });
  });

  it('runs every measurement without errors', () => {
    assert.deepEqual(report.errors, []);
  });

  it('reports every key of results.json as a finite number', () => {
    for (const key of REQUIRED_KEYS) {
      assert.ok(key in report.results, `missing ${key}`);
      assert.equal(typeof report.results[key], 'number', key);
      assert.ok(Number.isFinite(report.results[key]), `${key} = ${report.results[key]}`);
    }
    for (const [key, value] of Object.entries(report.results)) assert.ok(Number.isFinite(value), `${key} = ${value}`);
  });

  it('activates the real bundle: commands and a hover provider registered, no stub gaps', () => {
    assert.ok(report.results.activation_commands > 0);
    assert.ok(report.results.activation_hover_providers > 0);
    assert.deepEqual(
      report.notes.filter((n) => n.includes('vscode stub improvised')),
      [],
    );
  });

  it('hovers find terms in the generated file', () => {
    assert.ok(report.results.hover_hit_rate > 0.2, `hit rate ${report.results.hover_hit_rate}`);
  });

  it('checks every budget and prints a table of the figures', () => {
    const outcomes = checkBudgets(report.results);
    assert.deepEqual(
      outcomes.map((o) => o.key),
      BUDGETS.map((b) => b.key),
    );
    for (const o of outcomes) assert.equal(typeof o.pass, 'boolean');
    const text = formatResults(report.results);
    for (const key of REQUIRED_KEYS) assert.match(text, new RegExp(`^${key}\\b`, 'm'));
  });
});

describe('bench inputs', () => {
  it('are the same in every run', () => {
    const aliases = aliasSource(shippedContent().terms);
    assert.equal(generatePythonFile(300, aliases).text, generatePythonFile(300, aliases).text);
    assert.equal(generateCommentCorpus(5_000, aliases), generateCommentCorpus(5_000, aliases));
  });

  it('generate a Python file of the asked length with hover targets on comment lines', () => {
    const file = generatePythonFile(500, aliasSource(shippedContent().terms));
    const lines = file.text.split('\n');
    assert.equal(lines.length, 500);
    assert.ok(file.hoverTargets.length > 100);
    for (const t of file.hoverTargets) assert.ok(t.character <= lines[t.line].length, `target past the end of line ${t.line}`);
    assert.ok(/[\u4e00-\u9fff]/.test(file.text) && /# [A-Za-z]/.test(file.text), 'English and Chinese comments');
  });

  it('grow the glossary without alias collisions of their own', () => {
    const terms = glossaryOfSize(1_000);
    assert.equal(terms.length, 1_000);
    assert.equal(new Set(terms.map((t) => t.id)).size, 1_000);
    const synthetic = terms.slice(shippedContent().terms.length);
    assert.ok(synthetic.some((t) => t.caseSensitiveAliases.length > 0));
    assert.ok(synthetic.some((t) => t.aliases.some((a) => a.includes('-'))));
    assert.ok(synthetic.some((t) => t.aliases.some((a) => /^[\u4e00-\u9fff]+$/.test(a))));
    const realCollisions = buildTermIndex(shippedContent().terms).collisions.length;
    assert.equal(buildTermIndex(terms).collisions.length, realCollisions);
  });

  it('scale the content with distinct ids', () => {
    const base = shippedContent();
    const scaled = scaledContent(base, 3);
    assert.equal(scaled.entries.length, base.entries.length * 3);
    assert.equal(new Set(scaled.entries.map((e) => e.id)).size, scaled.entries.length);
    assert.equal(new Set(scaled.terms.map((t) => t.id)).size, scaled.terms.length);
  });

  it('the naive baseline honours case-sensitive aliases and word boundaries', () => {
    const [lora] = shippedContent().terms.filter((t) => t.id === 'lora');
    const count = naiveMatcher([lora]);
    assert.equal(count('# LoRA adapters'), 1);
    assert.equal(count('# LoRa radio'), 0);
    assert.equal(count('# xLoRAy'), 0);
    assert.equal(count('# 用低秩适配微调'), 1);
  });
});
