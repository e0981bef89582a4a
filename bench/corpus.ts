// Deterministic inputs for the measurements: ML code comments in English, Chinese and both; a
// 20 000-line commented Python file; a ~1 MB comment corpus; glossaries of any size grown from the
// real one; a knowledge base 100× today's; search queries in both languages, typos included.
// Everything is derived from a fixed seed, so every run measures the same text.
import path from 'node:path';
import { compileContent } from '../src/core/knowledge/compile';
import type { Bilingual, ContentBundle, Entry, Term } from '../src/core/knowledge/model';
import { nodeContentReader } from '../src/node/nodeContentReader';
import { ROOT, Rng } from './harness';

let shipped: ContentBundle | undefined;

/** Today's knowledge base, compiled from content/ through the same compiler as the build. */
export function shippedContent(): ContentBundle {
  shipped ??= compileContent(path.join(ROOT, 'content'), nodeContentReader).bundle;
  return shipped;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary for synthetic glossary terms and filler text.

const EN_WORDS = `attention sparse dense routing expert gated residual rotary sliding window kernel fused quantized
adaptive prefix prompt token sequence gradient momentum scaling norm layer head query key value cache block paged
speculative decoding draft verifier reward policy preference contrastive distillation teacher student curriculum
replay buffer shard pipeline tensor stage micro batch bucket overlap offload checkpoint recompute activation precision
mixed stochastic rounding calibration outlier channel group grouped latent projection embedding position relative
absolute bias temperature sampling nucleus greedy length penalty entropy loss smoothing label margin triplet hinge
focal dropout path depth warm restart cosine linear schedule decay weight clipping accumulation federated private
secure aggregation robust retrieval augmented memory episodic recurrent state space selective scan convolution
depthwise dilated patch vision audio speech multimodal alignment instruction tuning chain thought tool agent planner
critic router dispatcher collective ring tree hierarchical topology elastic fault tolerant lossless compression
pruning structured unstructured magnitude movement lottery ticket sparsity hashing bloom sketch`.split(/\s+/);

const ZH_WORDS = `注意 稀疏 稠密 路由 专家 门控 残差 旋转 滑动 窗口 算子 融合 量化 自适应 低秩 前缀 提示 序列 梯度 动量 缩放 归一
层级 查询 缓存 分块 分页 推测 解码 草稿 奖励 策略 偏好 对比 蒸馏 教师 学生 课程 回放 分片 流水 张量 微批 重叠 卸载 重算 激活
精度 混合 随机 舍入 校准 离群 通道 分组 潜在 投影 嵌入 位置 相对 偏置 温度 采样 贪心 长度 惩罚 损失 平滑 标签 间隔 丢弃 预热
余弦 衰减 权重 裁剪 累积 联邦 隐私 聚合 鲁棒 对抗 检索 增强 记忆 循环 状态 选择 扫描 卷积 视觉 语音 对齐 指令 工具 规划 评论
拓扑 弹性 容错 压缩 剪枝 结构 哈希`.split(/\s+/);

const ZH_SUFFIXES = ['机制', '方法', '算法', '技术', '策略', '训练', '优化', '模块'];

/** Words that name nothing in the glossary: the rest of a comment. */
const FILLER_EN = `logger config retry shape file path flag helper wrapper script output input dict list index offset
counter timer seed worker process thread queue socket handler callback request response cache_dir tmp log metrics
step epoch rank device dtype device_map kwargs args result value default option setting branch release refactor`.split(/\s+/);

const FILLER_ZH = ['配置', '路径', '日志', '输出', '输入', '脚本', '参数', '函数', '目录', '版本', '进程', '线程', '回调', '默认值', '缓冲区'];

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

// ---------------------------------------------------------------------------------------------
// Synthetic glossaries.

const SYNTHETIC_POOL_SIZE = 10_000;
let pool: Term[] | undefined;

/**
 * Glossary terms that do not exist, shaped like the real ones: a multiword English name, its
 * hyphenated and snake_case spellings, a camelCase identifier, a case-sensitive acronym, a Chinese
 * name. Aliases never repeat (after case folding), so the glossary has no collisions of its own.
 */
function syntheticPool(real: readonly Term[]): Term[] {
  if (pool) return pool;
  const rng = new Rng('synthetic-glossary');
  // Folded alias → owning term: a term may spell its name several ways, two terms may not share one.
  const used = new Map<string, string>();
  for (const t of real) for (const a of [...t.aliases, ...t.caseSensitiveAliases, ...t.ambiguousAliases]) used.set(fold(a), t.id);
  let owner = '';
  const claim = (alias: string): boolean => {
    const key = fold(alias);
    const holder = used.get(key);
    if (holder !== undefined && holder !== owner) return false;
    used.set(key, owner);
    return true;
  };
  const topics = [...new Set(real.map((t) => t.topic))];
  const out: Term[] = [];
  for (let i = 0; out.length < SYNTHETIC_POOL_SIZE; i++) {
    const n = 2 + rng.below(2);
    const words = Array.from({ length: n }, () => rng.pick(EN_WORDS));
    if (new Set(words).size < n) continue;
    const phrase = words.join(' ');
    owner = `synthetic-${out.length}`;
    if (!claim(phrase)) continue;
    const zh = Array.from({ length: 2 + rng.below(2) }, () => rng.pick(ZH_WORDS)).join('') + (rng.chance(0.5) ? rng.pick(ZH_SUFFIXES) : '');
    const aliases = [phrase];
    const caseSensitive: string[] = [];
    const hyphenated = words.length === 2 ? words.join('-') : `${words[0]}-${words[1]} ${words[2]}`;
    if (claim(hyphenated)) aliases.push(hyphenated);
    if (rng.chance(0.5) && claim(words.join('_'))) aliases.push(words.join('_'));
    if (rng.chance(0.4)) {
      const camel = words.map(capitalise).join('');
      if (claim(camel)) aliases.push(camel);
    }
    if (rng.chance(0.6)) {
      const acronym = capitalise(words[0].slice(0, 2)) + words.slice(1).map((w) => w[0].toUpperCase()).join('') + (rng.chance(0.3) ? String(1 + rng.below(9)) : '');
      if (claim(acronym)) {
        aliases.push(acronym);
        caseSensitive.push(acronym);
      }
    }
    if (claim(zh)) aliases.push(zh);
    const id = `synthetic-${String(out.length).padStart(5, '0')}-${words.join('-')}`;
    out.push({
      id,
      topic: topics[out.length % topics.length],
      term: { en: capitalise(phrase), zh: aliases.includes(zh) ? zh : `${zh}${out.length}` },
      aliases,
      ambiguousAliases: [],
      caseSensitiveAliases: caseSensitive,
      codeSignals: [],
      related: out.length > 0 && rng.chance(0.5) ? [out[rng.below(out.length)].id] : [],
      definition: {
        en: `${capitalise(phrase)} combines ${words.join(' and ')} to trade memory for compute. It is used when ${rng.pick(EN_WORDS)} ${rng.pick(EN_WORDS)} limits throughput.`,
        zh: `${zh}把${rng.pick(ZH_WORDS)}与${rng.pick(ZH_WORDS)}结合起来，用计算换显存。常用于${rng.pick(ZH_WORDS)}${rng.pick(ZH_WORDS)}成为瓶颈的场景。`,
      },
      reference: { text: `Synthetic reference ${i}.` },
      file: `glossary/${id}.yaml`,
    });
  }
  pool = out;
  return out;
}

/** Case, separators and spaces folded, so `Sparse-Routing` and `sparse routing` count as one alias. */
function fold(alias: string): string {
  return alias.toLowerCase().replace(/[\s_-]+/g, '');
}

/** A glossary of `size` terms: the real ones first (all 117, or the first `size`), then synthetic ones. */
export function glossaryOfSize(size: number, real: readonly Term[] = shippedContent().terms): Term[] {
  if (size <= real.length) return real.slice(0, size);
  const extra = syntheticPool(real);
  if (size - real.length > extra.length) throw new Error(`at most ${real.length + extra.length} terms`);
  return [...real, ...extra.slice(0, size - real.length)];
}

// ---------------------------------------------------------------------------------------------
// Comments.

/** Aliases a comment may mention, grouped so templates can ask for English or Chinese ones. */
export interface AliasSource {
  en: string[];
  zh: string[];
  /** Other aliases, named in `share` of the term slots (the rest name `en`/`zh` ones). */
  also?: { en: string[]; zh: string[]; share: number };
}

const CJK = /[\u3400-\u9fff]/;

export function aliasSource(terms: readonly Term[]): AliasSource {
  const en: string[] = [];
  const zh: string[] = [];
  for (const t of terms) {
    for (const a of t.aliases) (CJK.test(a) ? zh : en).push(a);
  }
  return { en, zh };
}

const EN_TEMPLATES = [
  '{T} keeps the activations small enough for a {N}B model on one GPU',
  'we tried {T} here but it hurt the eval loss; revisit after the {F} refactor',
  'NOTE: {T} must run before the optimizer step, otherwise the grads are stale',
  'see the paper for why {T} works together with {T}',
  'TODO(kai): switch to {T} once the fused kernel lands in the next release',
  'with {T} the throughput goes from {N}k to {N}k tokens/s on 8 GPUs',
  '{T} is disabled for the first {N} steps (it is unstable early in training)',
  'use {T} + {T} for the {N}B config; the small config does not need it',
  'why not {T}? the {F} does not support it yet',
  'falls back to {T} when the {F} is missing',
];
const EN_PLAIN = [
  'clean up the retry logic before the release',
  'the config file path is resolved relative to the repo root',
  'keep this in sync with the CLI flags in scripts/train.sh',
  'returns None when the file is missing instead of raising',
  'hack: sleep a bit so the logger flushes before the process exits',
  'this loop is slow but only runs once at start-up',
  'do not change the order of these keys, the checkpoint format depends on it',
  'the {F} is created lazily because importing it takes seconds',
  'copied from the upstream repo, see the LICENSE file',
  'shape: (batch, seq_len, hidden); seq_len is padded to a multiple of {N}',
];
const ZH_TEMPLATES = [
  '这里使用 {Z}，可以把显存占用降到原来的一半',
  '注意：{Z} 需要在 {T} 之前调用，否则梯度会出错',
  '先做 {Z}，再做 {Z}，最后保存检查点',
  '{Z} 在前 {N} 步关闭，训练初期不稳定',
  '用 {T}（{Z}）减少通信量，{N} 卡上效果明显',
  '{T} 和 {Z} 一起用的时候学习率要调小',
  '如果{F}不存在，就退回到 {Z}',
];
const ZH_PLAIN = [
  '读取配置文件，路径相对于仓库根目录',
  '如果文件不存在就返回 None，不抛异常',
  '这个函数会修改输入的形状，调用前先复制一份',
  '临时方案：等日志写完再退出进程',
  '这里的顺序不能改，检查点格式依赖它',
  '{F}是惰性创建的，因为导入很慢',
];

/** One comment's text and the column (in the text) of the first term slot, if any. */
export interface CommentText {
  text: string;
  termColumn?: number;
}

/** A realistic ML comment: English, Chinese or mixed; about a third name no glossary term. */
export function commentText(rng: Rng, aliases: AliasSource): CommentText {
  const r = rng.next();
  const template =
    r < 0.4 ? rng.pick(EN_TEMPLATES) : r < 0.58 ? rng.pick(EN_PLAIN) : r < 0.85 ? rng.pick(ZH_TEMPLATES) : rng.pick(ZH_PLAIN);
  let termColumn: number | undefined;
  let text = '';
  let last = 0;
  const slot = /\{([TZFN])\}/g;
  for (let m = slot.exec(template); m; m = slot.exec(template)) {
    text += template.slice(last, m.index);
    last = m.index + m[0].length;
    const kind = m[1];
    let fill: string;
    const from = aliases.also && (kind === 'T' || kind === 'Z') && rng.chance(aliases.also.share) ? aliases.also : aliases;
    if (kind === 'T') fill = rng.pick(from.en);
    else if (kind === 'Z') fill = rng.pick(from.zh.length ? from.zh : from.en);
    else if (kind === 'F') fill = CJK.test(template) ? rng.pick(FILLER_ZH) : rng.pick(FILLER_EN);
    else fill = String(1 + rng.below(70));
    if ((kind === 'T' || kind === 'Z') && termColumn === undefined) termColumn = text.length + Math.floor(fill.length / 2);
    text += fill;
  }
  text += template.slice(last);
  return termColumn === undefined ? { text } : { text, termColumn };
}

// ---------------------------------------------------------------------------------------------
// A commented Python file.

export interface HoverTarget {
  /** Zero-based line and character where the hover is requested. */
  line: number;
  character: number;
  /** The generator put a glossary alias there (the matcher may still decline it). */
  onTerm: boolean;
}

export interface GeneratedFile {
  text: string;
  lines: number;
  /** One hover per line that has comment or docstring prose. */
  hoverTargets: HoverTarget[];
}

const CODE_LINES = [
  'x = self.norm(x)',
  'hidden = self.proj(hidden).view(batch, seq_len, self.num_heads, self.head_dim)',
  'loss = F.cross_entropy(logits.view(-1, logits.size(-1)), labels.view(-1), ignore_index=-100)',
  'scaler.scale(loss).backward()',
  'optimizer.step()',
  'optimizer.zero_grad(set_to_none=True)',
  'state = {"step": step, "model": model.state_dict()}',
  'if rank == 0 and step % args.log_every == 0:',
  'torch.cuda.synchronize()',
  'attn = torch.softmax(scores / math.sqrt(self.head_dim), dim=-1)',
  'out = out.transpose(1, 2).reshape(batch, seq_len, -1)',
  'logger.info("step %d loss %.4f", step, loss.item())',
  'batch = {k: v.to(device, non_blocking=True) for k, v in batch.items()}',
  'return self.dropout(out)',
];

/**
 * A Python module of exactly `lineCount` lines: imports, classes and functions with docstrings,
 * comment blocks above code, trailing comments after code, in English, Chinese and both.
 */
export function generatePythonFile(lineCount: number, aliases: AliasSource, seed = 'python-file'): GeneratedFile {
  const rng = new Rng(seed);
  const lines: string[] = [];
  const targets: HoverTarget[] = [];
  const addComment = (indent: string, prefix: string, code = ''): void => {
    const c = commentText(rng, aliases);
    const head = `${indent}${code}${prefix}`;
    targets.push({ line: lines.length, character: head.length + (c.termColumn ?? Math.floor(c.text.length / 2)), onTerm: c.termColumn !== undefined });
    lines.push(head + c.text);
  };
  lines.push('"""Training utilities: model blocks, the training loop and checkpointing."""');
  lines.push('import math', 'import os', '', 'import torch', 'import torch.nn.functional as F', 'from torch import nn', 'from transformers import AutoModelForCausalLM', '');
  let n = 0;
  while (lines.length < lineCount) {
    const kind = rng.below(10);
    const indent = '    '.repeat(rng.below(3));
    if (kind < 2) {
      lines.push('', `def step_${n++}(model, batch, optimizer, scaler, step):`);
      lines.push('    """');
      for (let k = 1 + rng.below(4); k > 0; k--) addComment('    ', '');
      lines.push('    """');
    } else if (kind < 6) {
      for (let k = 1 + rng.below(4); k > 0; k--) addComment(indent, '# ');
      for (let k = 1 + rng.below(3); k > 0; k--) lines.push(indent + rng.pick(CODE_LINES));
    } else if (kind < 8) {
      addComment(indent, '  # ', rng.pick(CODE_LINES));
    } else {
      for (let k = 1 + rng.below(4); k > 0; k--) lines.push(indent + rng.pick(CODE_LINES));
      if (rng.chance(0.3)) lines.push('');
    }
  }
  lines.length = lineCount;
  const kept = targets.filter((t) => t.line < lineCount);
  return { text: lines.join('\n'), lines: lineCount, hoverTargets: kept };
}

/**
 * About `bytes` bytes (UTF-8) of Python comments: blocks of 1-5 comment lines, blank lines between,
 * after an `import torch` header (so the file has ML context, as real training code does).
 */
export function generateCommentCorpus(bytes: number, aliases: AliasSource, seed = 'comment-corpus'): string {
  const rng = new Rng(seed);
  const parts: string[] = ['# -*- coding: utf-8 -*-', 'import torch', ''];
  let size = 0;
  while (size < bytes) {
    for (let k = 1 + rng.below(5); k > 0; k--) {
      const line = `# ${commentText(rng, aliases).text}`;
      parts.push(line);
      size += Buffer.byteLength(line) + 1;
    }
    parts.push('');
    size += 1;
  }
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------
// A larger knowledge base.

const SYLLABLES = ['ka', 'lo', 'ri', 'ven', 'tor', 'mi', 'sa', 'qu', 'zel', 'dor', 'phi', 'nex', 'ul', 'tra', 'gon', 'bel'];

function syntheticWord(rng: Rng): string {
  let w = '';
  for (let k = 2 + rng.below(2); k > 0; k--) w += rng.pick(SYLLABLES);
  return w;
}

/** Rotates sentences and swaps or adds words, so copies are not duplicates but read alike. */
function vary(text: string, rng: Rng, shift: number, wordPool: readonly string[]): string {
  const sentences = text.split(/(?<=[.!?。！？])\s*/);
  const rotated = sentences.length > 2 ? [...sentences.slice(shift % sentences.length), ...sentences.slice(0, shift % sentences.length)] : sentences;
  return rotated
    .join(' ')
    .replace(/\b[a-z]{5,}\b/g, (w) => (rng.chance(0.12) ? rng.pick(wordPool) : rng.chance(0.03) ? `${w} ${syntheticWord(rng)}` : w))
    .replace(/[\u4e00-\u9fff]{2}(?=[\u4e00-\u9fff])/g, (w) => (rng.chance(0.05) ? `${w}${rng.pick(ZH_WORDS)}` : w));
}

function varyBilingual(b: Bilingual, rng: Rng, shift: number, wordPool: readonly string[]): Bilingual {
  return { zh: vary(b.zh, rng, shift, wordPool), en: vary(b.en, rng, shift, wordPool) };
}

/** `factor` copies of every entry and term, with new ids and varied text; copy 0 is the original. */
export function scaledContent(base: ContentBundle, factor: number, seed = 'scaled-content'): ContentBundle {
  const rng = new Rng(seed);
  const wordPool = [...new Set(base.entries.flatMap((e) => e.answer.en.match(/\b[a-z]{5,}\b/g) ?? []))];
  const entries: Entry[] = [];
  const terms: Term[] = [];
  for (let k = 0; k < factor; k++) {
    const tag = k === 0 ? '' : syntheticWord(rng);
    const suffix = (id: string): string => (k === 0 ? id : `${id}-v${k}`);
    for (const e of base.entries) {
      if (k === 0) {
        entries.push(e);
        continue;
      }
      entries.push({
        ...e,
        id: suffix(e.id),
        title: { zh: `${e.title.zh}（${tag}）`, en: `${e.title.en} (${tag})` },
        question: varyBilingual(e.question, rng, k, wordPool),
        answer: varyBilingual(e.answer, rng, k, wordPool),
        analysis: varyBilingual(e.analysis, rng, k, wordPool),
        terms: e.terms.map(suffix),
        related: e.related.map(suffix),
        corrections: [],
      });
    }
    for (const t of base.terms) {
      if (k === 0) {
        terms.push(t);
        continue;
      }
      terms.push({
        ...t,
        id: suffix(t.id),
        term: { zh: `${t.term.zh}·${tag}`, en: `${t.term.en} ${tag}` },
        aliases: t.aliases.map((a) => `${a} ${tag}`),
        related: t.related.map(suffix),
        definition: varyBilingual(t.definition, rng, k, wordPool),
      });
    }
  }
  return { ...base, entries, terms, quiz: [] };
}

/** What people type into the search box: both languages, abbreviations, partial words, typos. */
export const SEARCH_QUERIES: readonly string[] = [
  'mixed precision',
  '混合精度',
  'mixd precison',
  'gradient checkpointing',
  '梯度检查点',
  'gradiant acumulation',
  'LoRA',
  'lora rank',
  '低秩适配',
  'ZeRO stage 3',
  'zero offload',
  'kv cache',
  'KV 缓存',
  'flash attention',
  'flash atention',
  'beam search',
  '束搜索',
  'tensor parallel',
  'tensr paralel',
  '张量并行',
  'pipeline bubble',
  '量化',
  'int8 quantization',
  'quantisation',
  '知识蒸馏',
  'knowledge distilation',
  'RLHF 奖励模型',
  'reward model',
  'learning rate warmup',
  '学习率预热',
  'rope position encoding',
  '位置编码',
  'batch norm vs layer norm',
  '梯度消失',
  'vanishing gradient',
  'attention',
  'transformer',
  '超参数',
  'continuous batching vllm',
  'speculative decoding',
  'hallucination',
  '幻觉',
  'catastrophic forgeting',
  'data parallelism all-reduce',
  'bf16',
  'adamw weight decay',
  'overfitting regularization',
  '过拟合',
  'prompt injection',
  'perplexity',
];
