import assert from 'node:assert/strict';
import { maskedDefinition } from '../../../src/core/quiz/definitionMask';
import { shippedBundle } from '../shippedBundle';
import { term } from './fixtures';

describe('maskedDefinition', () => {
  it('blanks the term name and alias names in both languages, as whole words', () => {
    const t = term('accuracy', 'evaluation', 'Accuracy', '准确率', 'Accuracy is the share of correct predictions; accurate models can still have low accuracy on rare classes.', '准确率是预测正确的比例。', {
      aliases: ['accuracy', 'acc', '正确率'],
    });
    const masked = maskedDefinition(t);
    assert.equal(masked.en, '____ is the share of correct predictions; accurate models can still have low ____ on rare classes.');
    assert.equal(masked.zh, '＿＿是预测正确的比例。');
  });

  it('splits a compound name and keeps aliases that are examples, not names', () => {
    const gqa = term('gqa', 'inference', 'Grouped-query attention (GQA) / multi-query attention (MQA)', '分组查询注意力（GQA）/ 多查询注意力（MQA）', 'Variants of attention (MQA: one shared head; GQA: groups of heads) that shrink the KV cache, unlike PagedAttention.', '（MQA：共享一个头；GQA：分组共享）缩小 KV 缓存。', { aliases: ['GQA', 'MQA', 'PagedAttention'] });
    const masked = maskedDefinition(gqa);
    assert.equal(masked.en, 'Variants of attention (____: one shared head; ____: groups of heads) that shrink the KV cache, unlike PagedAttention.');
    const ptq = term('ptq', 'efficiency', 'Post-training quantization', '训练后量化', 'Quantizing a trained model without training; GPTQ and AWQ are examples, and PTQ needs calibration.', '不再训练而量化；GPTQ 是一例。', { aliases: ['PTQ', 'GPTQ', 'AWQ', '离线量化'] });
    assert.equal(maskedDefinition(ptq).en, 'Quantizing a trained model without training; GPTQ and AWQ are examples, and ____ needs calibration.');
  });

  it('respects case-sensitive aliases, and takes acronyms of alias names', () => {
    const amp = term('amp', 'efficiency', 'Mixed precision training', '混合精度训练', 'Use AMP, not an amp of the signal.', '使用 AMP。', {
      aliases: ['automatic mixed precision', 'AMP'],
      caseSensitiveAliases: ['AMP'],
    });
    assert.equal(maskedDefinition(amp).en, 'Use ____, not an amp of the signal.');
  });

  it('leaves most of every shipped definition in place', () => {
    for (const t of shippedBundle().terms) {
      const masked = maskedDefinition(t);
      for (const lang of ['en', 'zh'] as const) {
        const kept = masked[lang].replace(/____|＿＿/g, '').length;
        assert.ok(kept > t.definition[lang].length * 0.6, `${t.id} (${lang}): ${masked[lang]}`);
      }
    }
  });
});
