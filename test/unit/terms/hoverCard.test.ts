import assert from 'node:assert/strict';
import { buildHoverCard, firstSentences } from '../../../src/core/terms/hoverCard';
import { shippedBundle } from '../shippedBundle';

const COMMANDS = { openTerm: 'x.openTerm', openEntry: 'x.openEntry', quiz: 'x.quiz', switchLanguage: 'x.lang' };

describe('buildHoverCard', () => {
  const bundle = shippedBundle();
  const term = bundle.terms.find((t) => t.id === 'mixed-precision-training')!;

  it('shows the term in both languages and the definition in the display language', () => {
    const zh = buildHoverCard(term, bundle, 'zh', COMMANDS);
    assert.match(zh, /^\*\*混合精度训练\*\* · Mixed precision training/);
    assert.match(zh, /FP16/);
    assert.match(zh, /\[English\]\(command:x\.lang\?%5B%22en%22%5D/, 'the other language is one click away');
    const en = buildHoverCard(term, bundle, 'en', COMMANDS);
    assert.match(en, /^\*\*Mixed precision training\*\* · 混合精度训练/);
  });

  it('links only to the given commands, with code signals, related terms, entries and a quiz', () => {
    const card = buildHoverCard(term, bundle, 'en', COMMANDS);
    const commands = new Set([...card.matchAll(/\(command:([\w.]+)\?/g)].map((m) => m[1]));
    assert.deepEqual([...commands].sort(), ['x.lang', 'x.openEntry', 'x.openTerm', 'x.quiz']);
    assert.match(card, /In code: `torch\.autocast`/);
    assert.match(card, /Related: \[Loss scaling\]/);
    assert.ok((card.match(/command:x\.openEntry/g) ?? []).length <= 3, 'at most three entries');
    assert.match(card, /Quiz me on this\]\(command:x\.quiz\?%5B%7B%22kind%22%3A%22term%22/);
  });

  it('keeps definitions to three sentences', () => {
    assert.equal(firstSentences('One. Two. Three. Four.'), 'One. Two. Three.');
    assert.equal(firstSentences('一。二！三？四。'), '一。二！三？');
    assert.equal(firstSentences('No full stop'), 'No full stop');
    assert.equal(firstSentences('Uses e.g. FP16. Then more.', 1), 'Uses e.g. FP16.');
  });
});
