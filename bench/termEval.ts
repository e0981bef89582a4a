// `node --import tsx bench/termEval.ts [--errors]`: precision and recall of the hover matcher on
// the labelled set, against the real glossary. `--errors` lists every missed and spurious term.

import { buildTermIndex } from '../src/core/terms/termIndex';
import { loadGlossary } from './glossaryLoader';
import { loadEvalSet, scoreEvalSet } from './termEvaluation';

const terms = loadGlossary();
const index = buildTermIndex(terms);
const cases = loadEvalSet();
const score = scoreEvalSet(index, cases);
const pct = (x: number): string => (100 * x).toFixed(1) + '%';

console.log(`glossary: ${terms.length} terms; eval set: ${score.cases} cases (${score.negatives} negatives)`);
console.log(`TP ${score.truePositives}  FP ${score.falsePositives}  FN ${score.falseNegatives}`);
console.log(`precision ${score.precision.toFixed(3)} (${pct(score.precision)})  recall ${score.recall.toFixed(3)} (${pct(score.recall)})`);
if (index.collisions.length) console.log('aliases claimed by several terms:', index.collisions.map((c) => `${c.alias} → ${c.termIds.join(', ')}`).join('; '));
if (process.argv.includes('--errors')) {
  for (const e of score.errors) {
    const parts = [e.missed.length ? `missed ${e.missed.join(', ')}` : '', e.spurious.length ? `spurious ${e.spurious.join(', ')}` : ''].filter(Boolean);
    console.log(`\n${e.case.where} [${e.case.language}, ${e.case.context}] ${parts.join('; ')}\n  ${e.case.text.replace(/\n/g, '\n  ')}`);
  }
}
