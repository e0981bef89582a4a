import assert from 'node:assert/strict';
import { entryToMarkdown } from '../../../src/core/render/entryMarkdown';
import { sampleBundle } from '../bundleFixture';

const limited = sampleBundle().entries.find((e) => e.id === 'limited-resources')!;

describe('entryToMarkdown', () => {
  it('writes title, question, answer, analysis, corrections and sources in English', () => {
    const md = entryToMarkdown(limited, 'en');
    assert.ok(md.startsWith('# How do you train with limited resources?\n\n## Question\n\nHow do you train on a single GPU?\n\n## Answer\n\nUse **mixed precision**'));
    assert.ok(md.includes('## Analysis\n\nExample:\n\n```python\nwith torch.autocast("cuda"):'));
    assert.ok(
      md.includes(
        '## Corrections\n\n> **Correction E01**\n>\n> The source said: 结合浮点数和整数运算\n>\n> Correct: Mixed precision involves no integer arithmetic.\n>\n> Reference: Micikevicius',
      ),
    );
    assert.ok(md.endsWith('- Source: 000 #4\n- Source: 001 #12\n'));
    assert.doesNotMatch(md, /混合精度不涉及/);
  });

  it('writes the Chinese text with Chinese headings', () => {
    const md = entryToMarkdown(limited, 'zh');
    assert.ok(md.startsWith('# 如何在资源受限时训练大模型？\n\n## 题目\n\n只有一张显卡时怎么训练？\n\n## 答案\n\n'));
    assert.ok(md.includes('## 解析'));
    assert.ok(md.includes('> **勘误 E01**'));
    assert.ok(md.includes('> 更正：混合精度不涉及整数运算。'));
    assert.ok(md.includes('- 来源：000 #4'));
  });

  it('leaves out the corrections heading when there are none', () => {
    const memory = sampleBundle().entries.find((e) => e.id === 'training-memory')!;
    assert.doesNotMatch(entryToMarkdown(memory, 'en'), /Corrections/);
  });
});
