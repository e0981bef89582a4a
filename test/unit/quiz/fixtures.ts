// Quiz test fixtures: a small realistic bundle built in memory.
import type { Bilingual, ContentBundle, Entry, QuizItem, Term } from '../../../src/core/knowledge/model';

const both = (en: string, zh: string): Bilingual => ({ en, zh });

export function term(id: string, topic: string, en: string, zh: string, definitionEn: string, definitionZh: string, extra: Partial<Term> = {}): Term {
  return {
    id,
    topic,
    term: both(en, zh),
    aliases: [],
    ambiguousAliases: [],
    caseSensitiveAliases: [],
    codeSignals: [],
    related: [],
    definition: both(definitionEn, definitionZh),
    reference: { text: `Reference for ${en}.` },
    file: `glossary/${id}.yaml`,
    ...extra,
  };
}

export function entry(id: string, topic: string, title: string, extra: Partial<Entry> = {}): Entry {
  return {
    id,
    topic,
    difficulty: 2,
    title: both(title, `（中）${title}`),
    question: both(`${title}?`, `${title}？`),
    answer: both('Answer.', '答案。'),
    analysis: both('Analysis.', '解析。'),
    terms: [],
    related: [],
    sources: [],
    corrections: [],
    file: `entries/${topic}/${id}.md`,
    ...extra,
  };
}

export function quizItem(id: string, owner: QuizItem['owner'], correct: string, wrong: [string, string, string]): QuizItem {
  return {
    id,
    owner,
    question: both(`Question ${id}?`, `问题 ${id}？`),
    options: [
      { text: both(correct, `对：${correct}`), correct: true },
      ...wrong.map((w) => ({ text: both(w, `错：${w}`), correct: false })),
    ],
    explanation: both(`Because ${correct}.`, `因为${correct}。`),
  };
}

/**
 * Three topics: training (5 terms), efficiency (4 terms) and safety (2 terms, too few for
 * same-topic distractors), three entries with curated items and one curated term item.
 */
export function fixtureBundle(): ContentBundle {
  const terms: Term[] = [
    term('gradient-clipping', 'training', 'Gradient clipping', '梯度裁剪', 'Rescaling gradients whose norm exceeds a threshold before the update.', '在更新前把范数超过阈值的梯度缩小。', { aliases: ['grad clipping', 'clip_grad_norm'] }),
    term('learning-rate-warmup', 'training', 'Learning rate warmup', '学习率预热', 'Raising the learning rate gradually over the first steps of training.', '在训练最初若干步逐步提高学习率。'),
    term('weight-decay', 'training', 'Weight decay', '权重衰减', 'Shrinking weights towards zero at each step as a regulariser.', '每步把权重向零收缩的正则化方法。'),
    term('dropout', 'training', 'Dropout', '随机失活', 'Zeroing random activations during training so units cannot co-adapt; Dropout is off at inference.', '训练时随机把部分激活置零，使神经元无法共同适应；推理时关闭 Dropout。', { aliases: ['dropout', 'Dropout', '丢弃法'] }),
    term('early-stopping', 'training', 'Early stopping', '早停', 'Stopping training when validation loss stops improving.', '验证集损失不再改善时停止训练。'),
    term('mixed-precision-training', 'efficiency', 'Mixed precision training', '混合精度训练', 'Training with most maths in FP16 or BF16 while master weights stay in FP32; mixed precision training usually needs loss scaling with FP16.', '大部分计算使用 FP16 或 BF16、主权重保留 FP32 的训练方式；混合精度训练配合 FP16 时通常需要损失缩放。', { aliases: ['mixed precision', 'AMP', '混合精度'], caseSensitiveAliases: ['AMP'] }),
    term('gradient-checkpointing', 'efficiency', 'Gradient checkpointing', '梯度检查点', 'Recomputing activations in the backward pass instead of storing them.', '反向传播时重新计算激活，而不是保存它们。'),
    term('gradient-accumulation', 'efficiency', 'Gradient accumulation', '梯度累积', 'Summing gradients over several micro-batches before one optimizer step.', '在一次优化器更新前累加多个微批次的梯度。'),
    term('quantization', 'efficiency', 'Quantization', '量化', 'Storing weights or activations in fewer bits, such as INT8 or INT4.', '用更少的比特（如 INT8、INT4）存储权重或激活。'),
    term('jailbreak', 'safety', 'Jailbreak', '越狱', 'A prompt crafted to make a model ignore its safety rules.', '诱使模型无视安全规则的精心构造的提示。'),
    term('red-teaming', 'safety', 'Red teaming', '红队测试', 'Deliberately attacking a model to find harmful behaviour before release.', '发布前有意攻击模型以发现有害行为。'),
  ];
  const entries: Entry[] = [
    entry('training-stability', 'training', 'How do you keep training stable', { terms: ['gradient-clipping', 'learning-rate-warmup'] }),
    entry('training-memory', 'efficiency', 'Where does training memory go', { terms: ['mixed-precision-training', 'gradient-checkpointing'] }),
    entry('prompt-attacks', 'safety', 'What are prompt attacks', { terms: ['jailbreak'] }),
  ];
  const quiz: QuizItem[] = [
    quizItem('training-stability-q1', { kind: 'entry', id: 'training-stability' }, 'Clip the gradient norm', ['Raise the learning rate', 'Remove normalisation', 'Use a bigger batch only']),
    quizItem('training-stability-q2', { kind: 'entry', id: 'training-stability' }, 'Warm the learning rate up', ['Start at the peak rate', 'Freeze all layers', 'Disable the optimizer']),
    quizItem('training-memory-q1', { kind: 'entry', id: 'training-memory' }, 'Optimizer state', ['The tokenizer', 'The dataset index', 'The learning-rate schedule']),
    quizItem('prompt-attacks-q1', { kind: 'entry', id: 'prompt-attacks' }, 'A jailbreak prompt', ['A longer context', 'A lower temperature', 'A larger vocabulary']),
    quizItem('gradient-clipping-q1', { kind: 'term', id: 'gradient-clipping' }, 'It bounds the update size', ['It removes all gradients', 'It changes the loss', 'It freezes the weights']),
  ];
  return {
    formatVersion: 1,
    topics: [
      { id: 'training', title: both('Training', '训练'), scope: both('Training', '训练') },
      { id: 'efficiency', title: both('Efficiency', '效率'), scope: both('Efficiency', '效率') },
      { id: 'safety', title: both('Safety', '安全'), scope: both('Safety', '安全') },
    ],
    entries,
    terms,
    quiz,
  };
}
