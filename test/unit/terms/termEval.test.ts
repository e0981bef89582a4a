// The labelled evaluation set against the real glossary: the hover matcher's quality bar.
import assert from 'node:assert/strict';
import { loadGlossary } from '../../../bench/glossaryLoader';
import { loadEvalSet, scoreEvalSet } from '../../../bench/termEvaluation';
import { buildTermIndex } from '../../../src/core/terms/termIndex';

describe('term matcher evaluation set', () => {
  const cases = loadEvalSet();
  const score = scoreEvalSet(buildTermIndex(loadGlossary()), cases);
  const summary = `P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)}; run \`node --import tsx bench/termEval.ts --errors\` for the cases`;

  it('has at least 300 cases, 100 of them negatives', () => {
    assert.ok(cases.length >= 300, `${cases.length} cases`);
    assert.ok(score.negatives >= 100, `${score.negatives} negatives`);
  });

  it('reaches precision ≥ 0.97', () => assert.ok(score.precision >= 0.97, summary));
  it('reaches recall ≥ 0.93', () => assert.ok(score.recall >= 0.93, summary));
});
