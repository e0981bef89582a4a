import assert from 'node:assert/strict';
import { makeSnippet } from '../../../src/core/search/searchSnippet';

const highlighted = (s: { text: string; highlights: Array<[number, number]> }) => s.highlights.map(([a, b]) => s.text.slice(a, b));

describe('makeSnippet', () => {
  it('cuts around the first match and highlights every match, merging overlapping bigrams', () => {
    const text = `${'前文。'.repeat(30)}资源受限时，混合精度训练很重要；混合精度还能提速。${'后文。'.repeat(40)}`;
    const s = makeSnippet(text, ['混合', '合精', '精度']);
    assert.ok(s);
    assert.ok(s.text.startsWith('…') && s.text.endsWith('…'));
    assert.deepEqual(highlighted(s), ['混合精度', '混合精度']);
  });

  it('matches Latin terms case-insensitively and highlights camelCase parts', () => {
    const s = makeSnippet('Use Mixed precision and FlashAttention.', ['mixed', 'attention']);
    assert.ok(s);
    assert.equal(s.text, 'Use Mixed precision and FlashAttention.');
    assert.deepEqual(highlighted(s), ['Mixed', 'Attention']);
  });

  it('does not start in the middle of a word', () => {
    const s = makeSnippet(`${'lorem ipsum '.repeat(10)}gradient checkpointing trades compute`, ['checkpointing'], { before: 15 });
    assert.ok(s);
    assert.match(s.text, /^…[a-z]+ /);
    assert.ok(!/^…(orem|psum|rem|sum|em|um|m) /.test(s.text));
  });

  it('is undefined when nothing matches', () => {
    assert.equal(makeSnippet('nothing here', ['lora']), undefined);
  });
});
