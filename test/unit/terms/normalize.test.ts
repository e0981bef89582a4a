import assert from 'node:assert/strict';
import { aliasShapes } from '../../../src/core/terms/aliasShapes';
import { significantChars, stemsOf, tokenize } from '../../../src/core/terms/normalize';

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

  it('keeps letters, digits and CJK with their case for case-sensitive comparison', () => {
    assert.equal(significantChars('ZeRO-3 (梯度)'), 'ZeRO3梯度');
  });
});
