import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hasOnlyPlainWords, placeSearchTokens } from '../../../src/core/search/cjkTokenizer';
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

  it('is the excerpt that reading every token would give (property)', () => {
    // The excerpt as cut from all of the text's tokens.
    const everyToken = (text: string, terms: string[], before: number, length: number) => {
      const found = placeSearchTokens(text).filter((t) => terms.includes(t.token));
      if (found.length === 0) return undefined;
      const merged: Array<[number, number]> = [];
      for (const { start: s, end: e } of [...found].sort((x, y) => x.start - y.start || x.end - y.end)) {
        const last = merged.at(-1);
        if (last && s <= last[1]) last[1] = Math.max(last[1], e);
        else merged.push([s, e]);
      }
      let start = Math.max(0, merged[0][0] - before);
      if (start > 0 && /\w/.test(text[start - 1] ?? '')) {
        const space = text.indexOf(' ', start);
        if (space >= 0 && space < merged[0][0]) start = space + 1;
      }
      const end = Math.min(text.length, start + length);
      const prefix = start > 0 ? '…' : '';
      const highlights = merged
        .filter(([s, e]) => s < end && e > start)
        .map(([s, e]) => [Math.max(s, start) - start + prefix.length, Math.min(e, end) - start + prefix.length]);
      return { text: prefix + text.slice(start, end) + (end < text.length ? '…' : ''), highlights };
    };
    const terms = ['lora', 'flash', 'attention', 'flashattention', '混合', '精度', '精', '梯', '梯度', 'rank', 'ranked', 'b1', 'ας', 'σς', 'éß'];
    const property = (units: string[]) =>
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 80 }), fc.subarray(terms, { minLength: 1 }), fc.nat(40), fc.integer({ min: 1, max: 80 }), (chars, wanted, before, length) => {
        const text = chars.join('');
        assert.deepEqual(makeSnippet(text, wanted, { before, length }), everyToken(text, wanted, before, length));
      });
    // Any text; and plain text (hasOnlyPlainWords), where the terms are searched for and only
    // the words they occur in are read.
    fc.assert(property([...'aB1 _-.混合精度梯ＬｏＲＡFlashAttention，。ｶﾞé\u0301ß²αΣς lora rank ranked']), { numRuns: 500 });
    const plain = ['a', 'B', '1', ' ', '-', '.', '混', '合', '精', '度', '梯', '，', 'é', 'ß', 'α', 'Σ', 'ς', 'σ', 'lora', 'LoRA', 'Flash', 'Attention', 'rank', 'ranked', 'RANK', 'the'];
    fc.assert(property(plain), { numRuns: 1000 });
    assert.ok(hasOnlyPlainWords(plain.join('')));
  });
});
