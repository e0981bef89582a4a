import assert from 'node:assert/strict';
import { findTermsInDocument } from '../../../src/core/terms/documentMatcher';
import { PROSE_SYNTAX } from '../../../src/core/terms/languageSyntax';
import { buildTermIndex } from '../../../src/core/terms/termIndex';
import { makeTerms, syntax } from './helpers';

const index = buildTermIndex(
  makeTerms({
    lora: { aliases: ['LoRA'], caseSensitive: ['LoRA'], codeSignals: ['peft.LoraConfig (r, lora_alpha)', 'get_peft_model'] },
    'gradient-checkpointing': { aliases: ['gradient checkpointing'], codeSignals: ['gradient_checkpointing_enable', 'torch.utils.checkpoint.checkpoint'] },
    'mixed-precision-training': { aliases: ['mixed precision'], codeSignals: ['torch.autocast', 'torch.amp.autocast', 'torch.cuda.amp.autocast (deprecated)'] },
    'loss-scaling': { aliases: ['loss scaling', 'GradScaler'], codeSignals: ['torch.amp.GradScaler', 'scaler.update()'] },
    pruning: { aliases: ['prune', 'pruning'], ambiguous: ['prune', 'pruning'], codeSignals: ['torch.nn.utils.prune.l1_unstructured'] },
    'learning-rate-warmup': { aliases: ['warmup', 'warm up'], ambiguous: ['warmup', 'warm up'], codeSignals: ['WarmupLR / WarmupDecayLR (DeepSpeed schedulers)', 'lr_warmup_iters (Megatron-LM --lr-warmup-iters)'] },
    'gradient-accumulation': { aliases: ['gradient accumulation'], codeSignals: ['accelerator.accumulate'] },
    'adversarial-example': { aliases: ['adversarial example'], codeSignals: ['foolbox'] },
    zero: { aliases: ['ZeRO'], caseSensitive: ['ZeRO'], codeSignals: ['zero_optimization (DeepSpeed config)'] },
  }),
);

const found = (text: string, lang: string, options: Parameters<typeof findTermsInDocument>[3] = {}): string[] =>
  findTermsInDocument(index, text, syntax(lang), options).map((m) => `${m.surface}=${m.termId}`);

describe('findTermsInDocument', () => {
  it('reads comments and docstrings, not strings or code', () => {
    const text = 'x = "LoRA # LoRA"\n# gradient checkpointing\ndef f():\n    """mixed precision"""\n    return LoRA\n';
    assert.deepEqual(found(text, 'python'), ['gradient checkpointing=gradient-checkpointing', 'mixed precision=mixed-precision-training']);
  });

  describe('ambiguous aliases', () => {
    it('need an unambiguous term in the same comment block', () => {
      const text = '# prune the heads\n# then apply LoRA\n\n# prune the branches\nx = 1\n';
      assert.deepEqual(found(text, 'python', { mlContext: false }), ['prune=pruning', 'LoRA=lora']);
    });

    it('do not borrow context from another block', () => {
      const text = '/* warm up the cache */\nint x; // LoRA';
      assert.deepEqual(found(text, 'c', { mlContext: false }), ['LoRA=lora']);
    });

    it('match anywhere in a file with ML imports', () => {
      const text = 'import torch\n# warm up for 500 steps\n';
      assert.deepEqual(found(text, 'python'), ['warm up=learning-rate-warmup']);
      assert.deepEqual(found('# warm up the cache\n', 'python'), []);
    });

    it('take the notebook-level context the glue passes for a cell', () => {
      assert.deepEqual(found('# prune 30% of the weights', 'python', { mlContext: true }), ['prune=pruning']);
      assert.deepEqual(findTermsInDocument(index, 'We prune the heads.', PROSE_SYNTAX, { mlContext: true }).map((m) => m.termId), ['pruning']);
    });
  });

  describe('code signals', () => {
    const code = [
      'from torch.amp import autocast',
      'import foolbox as fb',
      'scaler = torch.amp.GradScaler()',
      'with autocast("cuda"):',
      '    y = torch.cuda.amp.autocast()',
      'model.gradient_checkpointing_enable()',
      'prune.l1_unstructured(layer, "weight", amount=0.3)',
      'cfg = {"zero_optimization": {"stage": 3}}',
      'totals = itertools.accumulate(xs)',
      'checkpoint(fn)',
      'scaler.update()',
      'LoraConfig(r=8)',
      '# LoRA in a comment is prose',
    ].join('\n');

    it('are off by default', () => {
      assert.deepEqual(found(code, 'python', { mlContext: true }), ['LoRA=lora']);
    });

    it('map identifiers in code to terms, matching dotted names by their last parts', () => {
      assert.deepEqual(found(code, 'python', { codeSignals: true, mlContext: true }), [
        'autocast=mixed-precision-training',
        'foolbox=adversarial-example',
        'torch.amp.GradScaler=loss-scaling',
        'autocast=mixed-precision-training',
        'torch.cuda.amp.autocast=mixed-precision-training',
        'gradient_checkpointing_enable=gradient-checkpointing',
        'prune.l1_unstructured=pruning',
        'zero_optimization=zero',
        'scaler.update=loss-scaling',
        'LoraConfig=lora',
        'LoRA=lora',
      ]);
    });

    it('read command-line flags as their argparse names', () => {
      assert.deepEqual(found('python pretrain.py --lr-warmup-iters 100', 'shellscript', { codeSignals: true }), ['--lr-warmup-iters=learning-rate-warmup']);
    });

    it('read identifiers in config keys', () => {
      assert.deepEqual(found('zero_optimization:\n  stage: 3  # ZeRO', 'yaml', { codeSignals: true, mlContext: true }), [
        'zero_optimization=zero',
        'ZeRO=zero',
      ]);
    });
  });

  it('returns matches sorted and not overlapping', () => {
    const text = '# LoRA and mixed precision\nLoraConfig(r=4)  # gradient checkpointing';
    const matches = findTermsInDocument(index, text, syntax('python'), { codeSignals: true });
    for (let i = 1; i < matches.length; i++) assert.ok(matches[i - 1].end <= matches[i].start);
    assert.equal(matches.length, 4);
  });
});
