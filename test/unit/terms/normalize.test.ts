import assert from 'node:assert/strict';
import fc from 'fast-check';
import { aliasShapes, gapAllowed, widestGap, type EdgeClass } from '../../../src/core/terms/aliasShapes';
import { foldedCharCode, GAPS, isSignificantChar, normalizeSlice, significantChars, stemsOf, tokenize, tokenizeInto, TOKEN_TYPES } from '../../../src/core/terms/normalize';
import { TokenBuffer } from '../../../src/core/terms/tokenBuffer';

const norms = (text: string): string[] => tokenize(text).map((t) => t.norm);
const gaps = (text: string): string[] => tokenize(text).map((t) => t.gap);

describe('normalize', () => {
  it('lower-cases and splits camelCase, snake_case and kebab-case', () => {
    assert.deepEqual(norms('gradientCheckpointing'), ['gradient', 'checkpointing']);
    assert.deepEqual(norms('enable_gradient_checkpointing'), ['enable', 'gradient', 'checkpointing']);
    assert.deepEqual(norms('mixed-precision'), ['mixed', 'precision']);
    assert.deepEqual(norms('HTMLParser'), ['html', 'parser']);
  });

  it('keeps acronym plurals and one-letter prefixes whole', () => {
    assert.deepEqual(norms('LoRAs GPUs LLMsAre'), ['lo', 'ras', 'gpus', 'llms', 'are']);
    assert.deepEqual(norms('vLLM mAP iPhone'), ['vllm', 'map', 'iphone']);
  });

  it('splits letters from digits, so fp16 and ZeRO-3 have a number token', () => {
    assert.deepEqual(norms('fp16 bf16 ZeRO-3 Int8Config'), ['fp', '16', 'bf', '16', 'ze', 'ro', '3', 'int', '8', 'config']);
    assert.deepEqual(gaps('fp16'), ['break', 'joined']);
    assert.deepEqual(gaps('zero-3 zero 3'), ['break', 'soft', 'space', 'space']);
  });

  it('makes each CJK character a token, and other punctuation tokens of their own', () => {
    assert.deepEqual(norms('梯度检查点'), ['梯', '度', '检', '查', '点']);
    assert.deepEqual(norms('KV缓存'), ['kv', '缓', '存']);
    assert.deepEqual(norms('torch.bfloat16'), ['torch', '.', 'bfloat', '16']);
  });

  it('folds full-width Latin', () => {
    assert.deepEqual(norms('ＬｏＲＡ'), ['lo', 'ra']);
  });

  it('marks a blank line as a break', () => {
    assert.deepEqual(gaps('a\nb\n\nc'), ['break', 'space', 'break']);
  });

  it('offers singular forms of plurals', () => {
    const stems = (w: string): string[] => stemsOf(tokenize(w)[0]).map((s) => s.norm);
    assert.deepEqual(stems('optimizers'), ['optimizer']);
    assert.deepEqual(stems('strategies'), ['strategy', 'strategie']);
    assert.deepEqual(stems('batches'), ['batche', 'batch']);
    assert.deepEqual(stems('LLMs'), ['llm']);
    assert.deepEqual(stems('loss'), []);
    assert.deepEqual(stems('status'), []);
  });

  it('indexes an alias as written, with camelCase rejoined, and with all words rejoined', () => {
    assert.deepEqual(
      aliasShapes('RoPE').map((s) => s.tokens),
      [['ro', 'pe'], ['rope']],
    );
    assert.deepEqual(
      aliasShapes('warm up').map((s) => s.tokens),
      [['warm', 'up'], ['warmup']],
    );
    assert.deepEqual(aliasShapes('zero3')[0].gaps, ['T']);
    assert.deepEqual(aliasShapes('梯度')[0].gaps, ['J']);
  });

  it('leaves out a rejoined shape that rejoins nothing', () => {
    assert.deepEqual(
      aliasShapes('LoRA adapter').map((s) => s.tokens),
      [['lo', 'ra', 'adapter'], ['lora', 'adapter'], ['loraadapter']],
    );
    assert.deepEqual(
      aliasShapes('fp16').map((s) => s.tokens),
      [['fp', '16']],
    );
    assert.deepEqual(
      aliasShapes('K/V').map((s) => s.tokens),
      [['k', '/', 'v']],
    );
    assert.deepEqual(
      aliasShapes('warm up').map((s) => s.key),
      ['warm\u0000up', 'warmup'],
    );
  });

  it('states gapAllowed as a bound on gap codes', () => {
    for (const edge of ['W', 'T', 'J'] as EdgeClass[]) {
      GAPS.forEach((gap, code) => assert.equal(code <= widestGap(edge), gapAllowed(edge, gap), `${edge} ${gap}`));
    }
  });

  it('keeps letters, digits and CJK with their case for case-sensitive comparison', () => {
    assert.equal(significantChars('ZeRO-3 (梯度)'), 'ZeRO3梯度');
    for (const ch of 'ZeRO-3 (梯度)') assert.equal(isSignificantChar(ch.charCodeAt(0)), significantChars(ch) === ch, ch);
  });

  it('folds every UTF-16 unit to what normalizeSlice makes of it, or says it becomes several', () => {
    for (let code = 0; code < 0x10000; code++) {
      const normalized = normalizeSlice(String.fromCharCode(code), 0, 1);
      const folded = foldedCharCode(code);
      if (folded < 0) assert.ok(normalized.length > 1, `U+${code.toString(16)}`);
      else assert.equal(String.fromCharCode(folded), normalized, `U+${code.toString(16)}`);
    }
    assert.equal(foldedCharCode('Ａ'.charCodeAt(0)), 'a'.charCodeAt(0));
    assert.equal(foldedCharCode('İ'.charCodeAt(0)), -1);
  });

  it('fills a TokenBuffer with the tokens tokenize returns', () => {
    const pieces = ['LoRAs', 'HTMLParser', 'vLLM', 'fp16', 'ＬｏＲＡ', '梯度', '😀', '\ud800', ' ', '\n', '\n\n', '-', '__', '---', '.', 'İx', 'é', '١٢'];
    const textArb = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 120 }).map((a) => a.join(''));
    fc.assert(
      fc.property(textArb, fc.nat(5), (text, cut) => {
        const from = Math.min(cut, text.length);
        const buffer = new TokenBuffer(4); // small, so it has to grow
        buffer.push(0, 0, 0, 0, false); // what is there stays
        tokenizeInto(buffer, text, from);
        const tokens = tokenize(text, from);
        assert.equal(buffer.length, tokens.length + 1);
        tokens.forEach((t, i) => {
          const k = i + 1;
          assert.deepEqual(
            { start: buffer.start[k], end: buffer.end[k], type: TOKEN_TYPES[buffer.type[k]], gap: GAPS[buffer.gap[k]], acronymPlural: buffer.acronymPlural[k] === 1 },
            { start: t.start, end: t.end, type: t.type, gap: t.gap, acronymPlural: t.acronymPlural },
          );
          assert.equal(t.norm, normalizeSlice(text, t.start, t.end));
        });
      }),
      { numRuns: 1000 },
    );
  });
});
