import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hasOnlyPlainWords, isCjkToken, placeSearchTokens, tokenizeForSearch, visitSearchTokens, wordStart } from '../../../src/core/search/cjkTokenizer';

describe('tokenizeForSearch', () => {
  it('splits Chinese into overlapping character bigrams', () => {
    assert.deepEqual(tokenizeForSearch('混合精度'), ['混合', '合精', '精度']);
    assert.deepEqual(tokenizeForSearch('梯度检查点（激活重计算）'), ['梯度', '度检', '检查', '查点', '激活', '活重', '重计', '计算']);
  });

  it('keeps a one-character run as a single character', () => {
    assert.deepEqual(tokenizeForSearch('梯'), ['梯']);
    assert.deepEqual(tokenizeForSearch('用 GPU 训'), ['用', 'gpu', '训']);
  });

  it('lower-cases Latin words and splits them on non-letters, keeping digits in the word', () => {
    assert.deepEqual(tokenizeForSearch('Mixed-Precision training (FP16/BF16), ZeRO-3'), ['mixed', 'precision', 'training', 'fp16', 'bf16', 'zero']);
    assert.deepEqual(tokenizeForSearch('gradient_checkpointing_enable()'), ['gradient', 'checkpointing', 'enable']);
  });

  it('adds camelCase parts, but keeps acronyms such as ZeRO, LoRA and QLoRA whole', () => {
    assert.deepEqual(tokenizeForSearch('FlashAttention'), ['flashattention', 'flash', 'attention']);
    assert.deepEqual(tokenizeForSearch('getPeftModel'), ['getpeftmodel', 'get', 'peft', 'model']);
    assert.deepEqual(tokenizeForSearch('ZeRO LoRA QLoRA AdamW NVLink vLLM GPT'), ['zero', 'lora', 'qlora', 'adamw', 'nvlink', 'vllm', 'gpt']);
  });

  it('separates Chinese from Latin without spaces, and normalises full-width letters', () => {
    assert.deepEqual(tokenizeForSearch('用LoRA微调'), ['用', 'lora', '微调']);
    assert.deepEqual(tokenizeForSearch('ＬｏＲＡ'), ['lora']);
  });

  it('drops stop words, single letters and punctuation', () => {
    assert.deepEqual(tokenizeForSearch('What is the a of, x?'), []);
    assert.deepEqual(tokenizeForSearch('!!! ，。'), []);
  });

  it('tells CJK tokens apart', () => {
    assert.ok(isCjkToken('精度'));
    assert.ok(!isCjkToken('precision'));
  });

  it('places every token where its text is (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aB1 _-混合精度梯ＬｏＲＡFlashAttention，。'.split('')), maxLength: 40 }), (text) => {
        const placed = placeSearchTokens(text);
        assert.deepEqual(
          placed.map((t) => t.token),
          tokenizeForSearch(text),
        );
        for (const t of placed) {
          const source = text.slice(t.start, t.end).normalize('NFKC').toLowerCase();
          assert.ok(source.includes(t.token), `${t.token} at ${t.start}-${t.end} of ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('visits from any word’s start the tokens that follow it, in order of place, and stops when asked (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aB1 _-混合精度梯ＬｏＲＡFlashAttention，。ｶﾞ𠀀é'.split('')), maxLength: 40 }), fc.nat(40), fc.nat(8), (text, at, stopAfter) => {
        const from = wordStart(text, Math.min(at, text.length));
        const visited: Array<[string, number]> = [];
        visitSearchTokens(text, (token, start) => void visited.push([token, start]), from);
        assert.deepEqual(
          visited,
          placeSearchTokens(text)
            .filter((t) => t.start >= from)
            .map((t) => [t.token, t.start]),
        );
        for (let i = 1; i < visited.length; i++) assert.ok(visited[i - 1][1] <= visited[i][1]);
        let seen = 0;
        visitSearchTokens(text, () => ++seen <= stopAfter);
        assert.equal(seen, Math.min(stopAfter + 1, placeSearchTokens(text).length));
      }),
      { numRuns: 300 },
    );
  });

  it('finds where a word starts', () => {
    const text = 'use FlashAttention（快速注意力）now';
    assert.equal(wordStart(text, 9), 4);
    assert.equal(wordStart(text, 21), 19);
    assert.equal(wordStart(text, 3), 0, 'the word ending there');
  });

  it('tells text whose words NFKC leaves as they are: ASCII, Latin-1 and Greek letters, common Han ideographs, no marks', () => {
    assert.ok(hasOnlyPlainWords('混合精度（mixed precision）训练，用 FP16 与 BF16。“引号”—破折号'));
    assert.ok(hasOnlyPlainWords('café, naïve, β ≠ ε'));
    assert.ok(!hasOnlyPlainWords('ＬｏＲＡ'));
    assert.ok(!hasOnlyPlainWords('O(n²)'));
    assert.ok(!hasOnlyPlainWords('cafe\u0301'));
    assert.ok(!hasOnlyPlainWords('カタカナ'));
  });
});

