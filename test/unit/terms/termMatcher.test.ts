import assert from 'node:assert/strict';
import { buildTermIndex } from '../../../src/core/terms/termIndex';
import { findTermsInText, termAt, type TermMatch } from '../../../src/core/terms/termMatcher';
import { makeTerms } from './helpers';

const index = buildTermIndex(
  makeTerms({
    'mixed-precision-training': { aliases: ['mixed precision', 'mixed precision training', 'AMP', 'bf16 mixed precision', '混合精度'], ambiguous: ['AMP'], caseSensitive: ['AMP'] },
    'gradient-checkpointing': { aliases: ['gradient checkpointing', '梯度检查点'] },
    bfloat16: { aliases: ['bfloat16', 'BF16'] },
    fp16: { aliases: ['FP16', 'half precision'] },
    lora: { aliases: ['LoRA', 'lora', 'LORA', 'Lora', 'LoRA adapter'], caseSensitive: ['LoRA', 'lora', 'LORA', 'Lora'] },
    qlora: { aliases: ['QLoRA'] },
    zero: { aliases: ['ZeRO', 'ZeRO-3', 'zero3', 'zero stage'], ambiguous: ['zero stage'], caseSensitive: ['ZeRO', 'ZeRO-3'] },
    offloading: { aliases: ['offload', 'ZeRO-Offload'], ambiguous: ['offload'] },
    'hidden-markov-model': { aliases: ['hidden Markov model', 'HMM'], ambiguous: ['HMM'], caseSensitive: ['HMM'] },
    pruning: { aliases: ['pruning', 'prune', '剪枝'], ambiguous: ['prune', 'pruning', '剪枝'] },
    quantization: { aliases: ['quantize', 'quantization', 'int4', '量化'], ambiguous: ['quantize', 'quantization', 'int4', '量化'] },
    'learning-rate-warmup': { aliases: ['warmup', 'warm up', 'linear warmup', '预热'], ambiguous: ['warmup', 'warm up', '预热'] },
    'micro-batch': { aliases: ['micro-batch'] },
    'kv-cache': { aliases: ['KV cache', 'K/V cache', 'KV 缓存'] },
    'large-language-model': { aliases: ['LLM', '大模型'] },
    optimizer: { aliases: ['optimizer'] },
  }),
);

const found = (text: string, mlContext = false): string[] => findTermsInText(index, text, { mlContext }).map((m) => `${m.surface}=${m.termId}`);

describe('term matcher', () => {
  describe('normalisation', () => {
    it('is case-insensitive by default', () => {
      assert.deepEqual(found('Gradient Checkpointing, GRADIENT CHECKPOINTING'), ['Gradient Checkpointing=gradient-checkpointing', 'GRADIENT CHECKPOINTING=gradient-checkpointing']);
    });

    it('treats hyphen, underscore, space and camelCase alike', () => {
      assert.deepEqual(found('mixed-precision, mixed_precision, mixedPrecision'), [
        'mixed-precision=mixed-precision-training',
        'mixed_precision=mixed-precision-training',
        'mixedPrecision=mixed-precision-training',
      ]);
      assert.deepEqual(found('use_mixed_precision, enable_gradient_checkpointing, gradientCheckpointing'), [
        'mixed_precision=mixed-precision-training',
        'gradient_checkpointing=gradient-checkpointing',
        'gradientCheckpointing=gradient-checkpointing',
      ]);
      assert.deepEqual(found('micro batch, microBatch'), ['micro batch=micro-batch', 'microBatch=micro-batch']);
    });

    it('reads plurals', () => {
      assert.deepEqual(found('optimizers, LoRAs, LLMs, micro-batches'), ['optimizers=optimizer', 'LoRAs=lora', 'LLMs=large-language-model', 'micro-batches=micro-batch']);
    });

    it('keeps digits attached to their word', () => {
      assert.deepEqual(found('fp16, FP-16, bf16, ZeRO-3, ZeRO3, zero3, zero-3'), [
        'fp16=fp16',
        'FP-16=fp16',
        'bf16=bfloat16',
        'ZeRO-3=zero',
        'ZeRO3=zero',
        'zero3=zero',
        'zero-3=zero',
      ]);
      assert.deepEqual(found('set it to zero 3 times; fp 16'), []);
    });

    it('rejoins words the glossary spells both ways', () => {
      assert.deepEqual(found('warmup, warm-up, warm up, WarmUp', true).length, 4);
    });

    it('matches punctuation inside an alias exactly', () => {
      assert.deepEqual(found('K/V cache, KV cache, torch'), ['K/V cache=kv-cache', 'KV cache=kv-cache']);
    });
  });

  describe('case-sensitive aliases', () => {
    it('match only as written', () => {
      assert.deepEqual(found('LoRA, lora, LORA, Lora'), ['LoRA=lora', 'lora=lora', 'LORA=lora', 'Lora=lora']);
      assert.deepEqual(found('LoRa radio, LoRaWAN gateway'), []);
      assert.deepEqual(found('ZeRO zero Zero'), ['ZeRO=zero']);
      assert.deepEqual(found('torch.amp is not AMP', true), ['AMP=mixed-precision-training']);
      assert.deepEqual(found('hmm, not sure; Hmm', true), []);
    });

    it('match inside identifiers at camelCase boundaries', () => {
      assert.deepEqual(found('LoraConfig and lora_alpha'), ['Lora=lora', 'lora=lora']);
    });
  });

  describe('ambiguous aliases', () => {
    it('stay silent without ML context', () => {
      for (const text of ['prune the stale git branches', 'quantize the colour palette', 'warm up the cache', 'hmm, not sure', 'HMM, odd', '量化交易', '预热缓存']) {
        assert.deepEqual(found(text), [], text);
      }
    });

    it('match with file-level ML context', () => {
      assert.deepEqual(found('prune the attention heads', true), ['prune=pruning']);
      assert.deepEqual(found('量化到 int4', true), ['量化=quantization', 'int4=quantization']);
    });

    it('match when the same text has an unambiguous term', () => {
      assert.deepEqual(found('warm up, then linear warmup'), ['warm up=learning-rate-warmup', 'linear warmup=learning-rate-warmup']);
      assert.deepEqual(found('quantize the LLM'), ['quantize=quantization', 'LLM=large-language-model']);
    });
  });

  describe('Chinese', () => {
    it('matches without word boundaries, mixed with Latin', () => {
      assert.deepEqual(found('开启梯度检查点和混合精度以节省显存'), ['梯度检查点=gradient-checkpointing', '混合精度=mixed-precision-training']);
      assert.deepEqual(found('使用LoRA微调大模型'), ['LoRA=lora', '大模型=large-language-model']);
      assert.deepEqual(found('KV缓存，KV 缓存'), ['KV缓存=kv-cache', 'KV 缓存=kv-cache']);
    });

    it('does not match across a space inside a CJK word', () => {
      assert.deepEqual(found('梯度 检查点'), []);
    });
  });

  describe('overlaps', () => {
    it('prefers the longest match', () => {
      assert.deepEqual(found('mixed precision training'), ['mixed precision training=mixed-precision-training']);
      assert.deepEqual(found('QLoRA'), ['QLoRA=qlora']);
      assert.deepEqual(found('ZeRO-Offload'), ['ZeRO-Offload=offloading']);
      assert.deepEqual(found('LoRA adapter'), ['LoRA adapter=lora']);
    });

    it('resolves left to right', () => {
      // "half precision" (fp16) starts first, so "precision training" cannot take "precision".
      assert.deepEqual(found('half precision training'), ['half precision=fp16']);
    });

    it('reports a modifier that is another term separately', () => {
      assert.deepEqual(found('bf16 mixed precision'), ['bf16=bfloat16', 'mixed precision=mixed-precision-training']);
    });

    it('merges consecutive matches of one term', () => {
      assert.deepEqual(found('quantize int4 weights', true), ['quantize int4=quantization']);
    });
  });

  it('reports offsets into the original text, within a range', () => {
    const text = 'xx LoRA yy LoRA';
    const [m] = findTermsInText(index, text, { from: 8 });
    assert.deepEqual([m.start, m.end, m.surface, m.alias, m.source], [11, 15, 'LoRA', 'LoRA', 'alias']);
  });

  it('finds the match at an offset', () => {
    const matches = findTermsInText(index, 'a LoRA b ZeRO c');
    assert.equal(termAt(matches, 2)?.termId, 'lora');
    assert.equal(termAt(matches, 5)?.termId, 'lora');
    assert.equal(termAt(matches, 6), undefined);
    assert.equal(termAt(matches, 9)?.termId, 'zero');
    assert.equal(termAt([] as TermMatch[], 0), undefined);
  });

  it('prefers, among terms sharing an alias, the unambiguous, then the case-sensitive, then the first', () => {
    const shared = buildTermIndex(
      makeTerms({
        ambiguous: { aliases: ['shared name'], ambiguous: ['shared name'] },
        plain: { aliases: ['shared name'] },
        exact: { aliases: ['shared name', 'Shared Name'], caseSensitive: ['Shared Name'] },
        later: { aliases: ['shared name'] },
      }),
    );
    const ids = (text: string): string[] => findTermsInText(shared, text, { mlContext: true }).map((m) => m.termId);
    assert.deepEqual(ids('shared name'), ['plain']);
    assert.deepEqual(ids('Shared Name'), ['exact']);
  });

  it('reports aliases two terms claim', () => {
    const clash = buildTermIndex(makeTerms({ a: { aliases: ['shared name'] }, b: { aliases: ['Shared-Name'] } }));
    assert.deepEqual(clash.collisions, [{ alias: 'Shared-Name', termIds: ['a', 'b'] }]);
  });
});
