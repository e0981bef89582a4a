// An in-memory content bundle for render and search tests: small, hand-written, and shaped so
// each test can point at one feature (a correction, hostile Markdown, a missing translation).
import type { ContentBundle, Entry, Term, Topic } from '../../src/core/knowledge/model';

export function makeEntry(fields: Partial<Entry> & Pick<Entry, 'id'>): Entry {
  return {
    topic: 'efficiency',
    difficulty: 2,
    title: { zh: `${fields.id} 标题`, en: `${fields.id} title` },
    question: { zh: '问题？', en: 'Question?' },
    answer: { zh: '答案。', en: 'Answer.' },
    analysis: { zh: '解析。', en: 'Analysis.' },
    terms: [],
    related: [],
    sources: [],
    corrections: [],
    file: `entries/${fields.topic ?? 'efficiency'}/${fields.id}.md`,
    ...fields,
  };
}

export function makeTerm(fields: Partial<Term> & Pick<Term, 'id'>): Term {
  return {
    topic: 'efficiency',
    term: { zh: `${fields.id} 术语`, en: `${fields.id} term` },
    aliases: [],
    ambiguousAliases: [],
    caseSensitiveAliases: [],
    codeSignals: [],
    related: [],
    definition: { zh: '定义。', en: 'Definition.' },
    reference: { text: 'A reference.' },
    file: `glossary/${fields.id}.yaml`,
    ...fields,
  };
}

const TOPICS: Topic[] = [
  { id: 'training', title: { zh: '训练', en: 'Training' }, scope: { zh: '训练', en: 'Training' } },
  { id: 'efficiency', title: { zh: '效率', en: 'Efficiency' }, scope: { zh: '效率', en: 'Efficiency' } },
];

/** Entries in reading order: efficiency has energy-efficiency, limited-resources, training-memory. */
export function sampleBundle(): ContentBundle {
  const limited = makeEntry({
    id: 'limited-resources',
    title: { zh: '如何在资源受限时训练大模型？', en: 'How do you train with limited resources?' },
    question: { zh: '只有一张显卡时怎么训练？', en: 'How do you train on a single GPU?' },
    answer: {
      zh: '使用**混合精度**和梯度检查点。<script>alert("zh")</script>\n\n[危险](javascript:alert(1)) [术语](llmfg:term/mixed-precision-training)',
      en: 'Use **mixed precision** and gradient checkpointing. <script>alert("en")</script>\n\n[bad](javascript:alert(1)) [paper](https://arxiv.org/abs/1710.03740) [term](llmfg:term/mixed-precision-training)',
    },
    analysis: {
      zh: '代码示例：\n\n```python\nwith torch.autocast("cuda"):  # <b>不是标签</b>\n    loss = model(x)\n```',
      en: 'Example:\n\n```python\nwith torch.autocast("cuda"):  # <b>not a tag</b>\n    loss = model(x)\n```',
    },
    terms: ['mixed-precision-training', 'lora', 'no-such-term'],
    related: ['training-memory'],
    sources: ['000#4', '001#12'],
    corrections: [
      {
        id: 'E01',
        original: '结合浮点数和整数运算',
        corrected: { zh: '混合精度不涉及整数运算。', en: 'Mixed precision involves no integer arithmetic.' },
        reference: 'Micikevicius, P. et al. (2018). Mixed Precision Training. https://arxiv.org/abs/1710.03740.',
      },
    ],
  });
  const memory = makeEntry({
    id: 'training-memory',
    title: { zh: '训练时显存被什么占用？', en: 'What uses memory in training?' },
    answer: { zh: '权重、梯度、优化器状态和激活。ZeRO 切分优化器状态。', en: 'Weights, gradients, optimizer states and activations. ZeRO shards optimizer states.' },
    terms: ['zero', 'mixed-precision-training'],
  });
  const energy = makeEntry({ id: 'energy-efficiency', title: { zh: '如何降低能耗？', en: 'How do you cut energy use?' } });
  const stability = makeEntry({
    id: 'training-stability',
    topic: 'training',
    difficulty: 3,
    title: { zh: '训练为什么会发散？', en: 'Why does training diverge?' },
    untranslated: 'zh',
    question: { zh: 'Why does training diverge?', en: 'Why does training diverge?' },
  });
  const mixed = makeTerm({
    id: 'mixed-precision-training',
    term: { zh: '混合精度训练', en: 'Mixed precision training' },
    aliases: ['mixed precision', 'AMP', '混合精度'],
    codeSignals: ['torch.autocast', 'torch.cuda.amp.autocast (deprecated since PyTorch 2.4)'],
    related: ['lora', 'missing-term'],
    definition: { zh: '大部分计算使用 16 位浮点，主权重保留 FP32。', en: 'Most compute runs in 16-bit floating point while master weights stay FP32.' },
    reference: { text: 'Micikevicius, P. et al. (2018). Mixed Precision Training.', url: 'https://arxiv.org/abs/1710.03740' },
    example: { language: 'python', code: 'with torch.autocast("cuda", dtype=torch.bfloat16):\n    loss = model(x) < 1  # "<tag>"\n' },
  });
  const lora = makeTerm({
    id: 'lora',
    topic: 'adaptation',
    term: { zh: 'LoRA 低秩适配', en: 'LoRA (Low-Rank Adaptation)' },
    aliases: ['LoRA', '低秩适配'],
    definition: { zh: '冻结基座，只训练低秩矩阵。', en: 'Freeze the base model and train low-rank matrices.' },
    reference: { text: 'Hu, E. et al. (2021). LoRA.', url: 'http://example.com/not-https' },
  });
  const zero = makeTerm({
    id: 'zero',
    topic: 'distributed',
    term: { zh: 'ZeRO 零冗余优化器', en: 'ZeRO (Zero Redundancy Optimizer)' },
    aliases: ['ZeRO', '零冗余优化器'],
    definition: { zh: '把优化器状态、梯度和参数切分到各进程。', en: 'Shards optimizer states, gradients and parameters across ranks.' },
  });
  return {
    formatVersion: 1,
    topics: TOPICS,
    entries: [stability, energy, limited, memory],
    terms: [lora, mixed, zero],
    quiz: [],
  };
}
