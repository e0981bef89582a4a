import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitPrompt, textWidth, wrapText } from '../../../src/core/quiz/wrapText';

describe('wrapText', () => {
  it('breaks Latin text at spaces within the width', () => {
    const lines = wrapText('Which statement about late (decision-level) fusion is correct for multimodal models?', 30);
    assert.deepEqual(lines, ['Which statement about late', '(decision-level) fusion is', 'correct for multimodal models?']);
  });

  it('counts CJK characters as two columns and breaks between them, not before closing punctuation', () => {
    const lines = wrapText('晚期融合让各模态独立建模，只在输出层投票或加权平均。', 24);
    assert.ok(lines.every((l) => textWidth(l) <= 26), lines.join('|'));
    assert.equal(lines.join(''), '晚期融合让各模态独立建模，只在输出层投票或加权平均。');
    assert.ok(lines.every((l) => !/^[，。]/.test(l)), 'no line starts with closing punctuation');
    assert.equal(textWidth('混合精度 AMP'), 12);
  });

  it('keeps paragraphs apart with one empty line and collapses other whitespace', () => {
    assert.deepEqual(wrapText('Which term does this describe?\n\n  Training   in FP16\nwith FP32 master weights.', 80), [
      'Which term does this describe?',
      '',
      'Training in FP16 with FP32 master weights.',
    ]);
    assert.deepEqual(wrapText('   ', 20), []);
  });

  it('leaves room on the first line when asked (a label shares that row)', () => {
    const lines = wrapText('Checkpointing trades about one extra forward pass for activation memory.', 40, 25);
    assert.deepEqual(lines, ['Checkpointing trades', 'about one extra forward pass for', 'activation memory.']);
    assert.deepEqual(wrapText('short', 40, 25), ['short']);
  });

  it('cuts a word longer than the line', () => {
    assert.deepEqual(wrapText('see gradient_checkpointing_enable()', 12), ['see', 'gradient_che', 'ckpointing_e', 'nable()']);
  });

  it('loses no text and keeps every line within the width (plus one closing mark)', () => {
    const word = fc.oneof(fc.constantFrom('LoRA', 'ZeRO-3', '混合精度', '梯度', '，', '。', 'a', 'optimizer_state', 'KV', '（FP16）'), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.integer({ min: 8, max: 80 }), (words, width) => {
        const text = words.join(' ');
        const lines = wrapText(text, width);
        const squash = (s: string) => s.replace(/\s+/g, '');
        assert.equal(squash(lines.join('')), squash(text));
        for (const line of lines) assert.ok(textWidth(line) <= width + 2, `${JSON.stringify(line)} wider than ${width}`);
      }),
    );
  });
});

describe('splitPrompt', () => {
  it('puts a short first paragraph in the title and the rest in lines', () => {
    const split = splitPrompt('Which term does this definition describe?\n\nTraining with most maths in FP16 or BF16 while master weights stay in FP32.', 60, 40);
    assert.equal(split.title, 'Which term does this definition describe?');
    assert.deepEqual(split.lines, ['Training with most maths in FP16 or BF16', 'while master weights stay in FP32.']);
  });

  it('keeps a one-line question whole in the title', () => {
    assert.deepEqual(splitPrompt('关于晚期（决策级）融合，下列说法正确的是？', 84, 72), { title: '关于晚期（决策级）融合，下列说法正确的是？', lines: [] });
  });

  it('lists a long question in lines rather than cutting off the title', () => {
    const long = 'How do large models fuse text, images, speech and other modalities? Describe the main fusion approaches and their pros and cons.';
    const split = splitPrompt(long, 84, 72);
    assert.equal(split.title, undefined);
    assert.equal(split.lines.join(' '), long);
  });
});
