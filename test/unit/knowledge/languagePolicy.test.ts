import assert from 'node:assert/strict';
import { applyLanguagePolicy } from '../../../src/core/knowledge/languagePolicy';
import { FileReport } from '../../../src/core/knowledge/problem';
import { textSlot } from '../../../src/core/knowledge/textSlot';

const at = (line: number) => () => ({ line, column: 1 });
const missing = (name: string) => (lang: string) => `${name}: missing ${lang}`;

describe('applyLanguagePolicy', () => {
  it('bilingual: reports every missing language and fills nothing', () => {
    const report = new FileReport('f');
    const slots = [textSlot({ zh: '标题' }, at(1), missing('title')), textSlot({ en: 'Answer' }, at(2), missing('answer'))];
    assert.equal(applyLanguagePolicy(slots, 'bilingual', report), undefined);
    assert.deepEqual(report.problems.map((p) => `${p.line} ${p.message}`), ['2 answer: missing zh', '1 title: missing en']);
    assert.equal(slots[0].text.en, '');
  });

  it('single-language: fills the absent language from the complete one and names it', () => {
    const report = new FileReport('f');
    const slots = [textSlot({ zh: '标题', en: 'Title' }, at(1), missing('title')), textSlot({ zh: '答案' }, at(2), missing('answer'))];
    assert.equal(applyLanguagePolicy(slots, 'single-language', report), 'en');
    assert.deepEqual(report.problems, []);
    assert.deepEqual(slots.map((s) => s.text), [{ zh: '标题', en: 'Title' }, { zh: '答案', en: '答案' }]);
  });

  it('single-language: with no complete language, reports the gaps of the nearer one', () => {
    const report = new FileReport('f');
    const slots = [textSlot({ zh: '标题' }, at(1), missing('title')), textSlot({}, at(2), missing('answer')), textSlot({ en: 'x' }, at(3), missing('analysis'))];
    assert.equal(applyLanguagePolicy(slots, 'single-language', report), undefined);
    assert.deepEqual(report.problems.map((p) => p.message), ['answer: missing zh', 'analysis: missing zh']);
  });
});
