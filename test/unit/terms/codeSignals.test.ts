import assert from 'node:assert/strict';
import { isDistinctive, parseCodeSignal } from '../../../src/core/terms/codeSignalParser';
import { buildCodeSignalTable } from '../../../src/core/terms/codeSignalTable';
import { makeTerms } from './helpers';

const keys = (signal: string): string[] => parseCodeSignal(signal).map((k) => `${k.key}:${k.kind}${k.primary ? '' : '*'}`);

describe('code signals', () => {
  describe('parseCodeSignal', () => {
    it('reads dotted names, their shorter forms and a callable last part', () => {
      assert.deepEqual(keys('torch.amp.autocast'), ['torch.amp.autocast:qualified', 'amp.autocast:qualified', 'autocast:call']);
    });

    it('drops explanations in parentheses and keeps call arguments', () => {
      assert.deepEqual(keys('torch.cuda.amp.GradScaler (deprecated; use torch.amp.GradScaler("cuda"))'), [
        'torch.cuda.amp.GradScaler:qualified',
        'cuda.amp.GradScaler:qualified',
        'amp.GradScaler:qualified',
        'GradScaler:name',
      ]);
      assert.deepEqual(keys('TrainingArguments(warmup_steps=..., warmup_ratio=...)'), ['TrainingArguments:name', 'warmup_steps:name*', 'warmup_ratio:name*']);
      assert.deepEqual(keys('BitsAndBytesConfig (load_in_8bit=True / load_in_4bit=True)'), ['BitsAndBytesConfig:name', 'load_in_8bit:name*', 'load_in_4bit:name*']);
    });

    it('reads a quoted identifier value as a weaker key', () => {
      assert.deepEqual(keys('optim="paged_adamw_8bit" (transformers TrainingArguments)'), ['paged_adamw_8bit:name*']);
      assert.deepEqual(keys('lr_scheduler_type="cosine"'), ['lr_scheduler_type:name']);
    });

    it('splits alternatives and drops a leading tool name', () => {
      assert.deepEqual(keys('lora_A / lora_B'), ['lora_A:name', 'lora_B:name']);
      assert.deepEqual(keys('DeepSpeed WarmupLR / WarmupDecayLR'), ['WarmupLR:name', 'WarmupDecayLR:name']);
      assert.deepEqual(keys('Megatron --lr-warmup-iters / --lr-warmup-fraction'), ['lr_warmup_iters:name', 'lr_warmup_fraction:name']);
    });

    it('keeps plain library names as import-only, and drops generic words', () => {
      assert.deepEqual(keys('foolbox'), ['foolbox:module']);
      assert.deepEqual(keys('torch.nn.utils.prune.remove'), ['torch.nn.utils.prune.remove:qualified', 'nn.utils.prune.remove:qualified', 'utils.prune.remove:qualified', 'prune.remove:qualified']);
      assert.deepEqual(keys('Generator / Discriminator modules'), []);
      assert.deepEqual(keys('hidden state h_t'), ['h_t:name']);
      assert.deepEqual(keys('eps=8/255'), []);
    });

    it('judges which identifiers are specific', () => {
      for (const yes of ['GradScaler', 'lora_alpha', 'fp16', 'KFold', 'quantize_', 'vLLM']) assert.ok(isDistinctive(yes), yes);
      for (const no of ['Generator', 'HMM', 'viterbi', 'x_', 'ab']) assert.ok(!isDistinctive(no), no);
    });
  });

  describe('buildCodeSignalTable', () => {
    it('gives an identifier claimed by several terms to the one with it as an alias, then to the majority', () => {
      const table = buildCodeSignalTable(
        makeTerms({
          'loss-scaling': { aliases: ['GradScaler'], codeSignals: ['torch.amp.GradScaler'] },
          'mixed-precision-training': { aliases: ['mixed precision'], codeSignals: ['torch.amp.GradScaler', 'torch.autocast', 'torch.amp.autocast'] },
          fp8: { aliases: ['FP8'], codeSignals: ['transformer_engine.pytorch.autocast'] },
          autodiff: { aliases: ['autodiff'], codeSignals: ['tf.GradientTape'] },
          backprop: { aliases: ['backprop'], codeSignals: ['tf.GradientTape'] },
        }),
      );
      assert.equal(table.keys.get('GradScaler')?.termId, 'loss-scaling');
      assert.equal(table.keys.get('autocast')?.termId, 'mixed-precision-training');
      assert.equal(table.keys.get('tf.GradientTape'), undefined);
      assert.ok(table.dropped.some((d) => d.key === 'tf.GradientTape'));
    });

    it('adds aliases spelled as identifiers, but not plain or ambiguous words', () => {
      const table = buildCodeSignalTable(makeTerms({ lora: { aliases: ['lora', 'lora_alpha', 'LoRA'] }, fsdp: { aliases: ['FSDP'] }, x: { aliases: ['top_k'], ambiguous: ['top_k'] } }));
      assert.deepEqual([...table.keys.keys()].sort(), ['FSDP', 'LoRA', 'lora_alpha']);
    });
  });
});
