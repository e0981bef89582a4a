// Glossary code signals are written for people: `torch.cuda.amp.autocast (deprecated since …)`,
// `lora_A / lora_B`, `DeepSpeed WarmupLR / WarmupDecayLR`, `TrainingArguments(warmup_steps=...)`.
// This reads the identifiers out of them and says how specific each one is.

/**
 * How an identifier may be matched in code.
 * - `qualified`: a dotted name (`torch.amp.autocast`, `amp.autocast`): matched as written.
 * - `name`: one distinctive identifier (`GradScaler`, `gradient_checkpointing_enable`, `fp16`).
 * - `call`: a plain lower-case function name from a dotted signal (`autocast`): only called bare or imported.
 * - `module`: a plain lower-case library name (`foolbox`): only when imported or used as `foolbox.…`.
 */
export type SignalKeyKind = 'qualified' | 'name' | 'call' | 'module';

export interface SignalKey {
  key: string;
  kind: SignalKeyKind;
  /** False for keyword arguments inside a signal's call (`warmup_steps` in `TrainingArguments(warmup_steps=…)`). */
  primary: boolean;
}

/**
 * Lower-case names every codebase calls or uses as variables (`x.remove()`, `model.prepare(…)`,
 * `logits.softmax()`): as the last part of a dotted signal, or as a lone word, they say nothing on
 * their own, so only the dotted form of the signal is kept.
 */
const GENERIC_NAMES = new Set([
  'apply', 'backward', 'build', 'checkpoint', 'close', 'compile', 'convert', 'create', 'decode', 'encode',
  'evaluate', 'explain', 'forward', 'generate', 'initialize', 'merge', 'predict', 'prepare', 'remove',
  'reset', 'sample', 'scale', 'split', 'train', 'transform', 'update',
  'config', 'dataset', 'inputs', 'labels', 'logits', 'model', 'optimizer', 'outputs', 'scheduler',
  'temperature', 'tokenizer', 'trainer',
]);

const MAX_CHAIN = 8;

/** The identifiers a code signal names. Unreadable signals (prose, formulas) yield none. */
export function parseCodeSignal(signal: string): SignalKey[] {
  const keys: SignalKey[] = [];
  const add = (key: string, kind: SignalKeyKind, primary: boolean): void => {
    if (!keys.some((k) => k.key === key && k.kind === kind)) keys.push({ key, kind, primary });
  };
  const { main, asides } = separateAsides(signal);
  for (const piece of splitAlternatives(main)) {
    const words = topLevelWords(piece);
    // `DeepSpeed WarmupLR`, `sklearn GridSearchCV`: a leading plain word names the tool, not the concept.
    const rest = words.length > 1 && /^[A-Za-z][A-Za-z0-9-]*$/.test(words[0]) ? words.slice(1) : words;
    const single = words.length === 1;
    for (const word of rest) {
      for (const part of word.split(/\/(?=--)/)) readWord(part, single, add);
    }
  }
  // `BitsAndBytesConfig (load_in_8bit=True / load_in_4bit=True)`: arguments named in an aside.
  for (const m of asides.matchAll(/([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)/g)) {
    if (isDistinctive(m[1])) add(m[1], 'name', false);
  }
  return keys;
}

function readWord(quoted: string, single: boolean, add: (key: string, kind: SignalKeyKind, primary: boolean) => void): void {
  const word = quoted.replace(/^(["'])(.*)\1$/, '$2'); // `deepspeed "gradient_clipping"`
  const flag = /^--([A-Za-z][A-Za-z0-9-]*)/.exec(word);
  if (flag) {
    const key = flag[1].replace(/-/g, '_');
    if (isDistinctive(key)) add(key, 'name', true);
    return;
  }
  const chain = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(word);
  if (!chain) return;
  // `optim="paged_adamw_8bit"`: the quoted value names the concept; code has it as a string.
  const value = /^\s*=\s*["']([A-Za-z_][A-Za-z0-9_]*)["']/.exec(word.slice(chain[0].length));
  if (value && isDistinctive(value[1])) add(value[1], 'name', false);
  const parts = chain[0].split('.').slice(-MAX_CHAIN);
  if (parts.length >= 2) {
    for (let i = 0; i + 1 < parts.length; i++) add(parts.slice(i).join('.'), 'qualified', true);
    const last = parts[parts.length - 1];
    if (isDistinctive(last)) add(last, 'name', true);
    else if (/^[a-z]{5,}$/.test(last) && !GENERIC_NAMES.has(last)) add(last, 'call', true);
  } else {
    const name = parts[0];
    if (isDistinctive(name)) add(name, 'name', true);
    else if (single && word === name && /^[a-z]{4,}$/.test(name) && !GENERIC_NAMES.has(name)) add(name, 'module', true);
  }
  // Keyword arguments shown in the signal's call are weaker signals of the same term.
  const args = word.slice(chain[0].length);
  if (args.startsWith('(')) {
    for (const m of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)/g)) {
      if (isDistinctive(m[1])) add(m[1], 'name', false);
    }
  }
}

/**
 * Specific enough to match anywhere in code: has an inner underscore (`lora_alpha`), a digit
 * (`bf16`), or two or more camelCase humps (`GradScaler`, `KFold`). `Generator`, `HMM`, `viterbi` are not.
 */
export function isDistinctive(name: string): boolean {
  const core = name.replace(/^_+|_+$/g, '');
  if (core.length < 3) return false;
  if (/[A-Za-z]_+[A-Za-z0-9]/.test(core) || /[0-9]/.test(core)) return true;
  if (/_$/.test(name) && /^[a-z]{5,}$/.test(core)) return true; // PyTorch in-place style: quantize_
  return /[a-z][A-Z]/.test(core) || /[A-Z]{2}[a-z]/.test(core);
}

/** Splits off explanations in parentheses that follow a space (or open the signal): `x (deprecated; …)`. */
function separateAsides(signal: string): { main: string; asides: string } {
  let main = '';
  let asides = '';
  let depth = 0;
  for (let i = 0; i < signal.length; i++) {
    const c = signal[i];
    if (depth === 0 && c === '(' && (i === 0 || /\s/.test(signal[i - 1]))) {
      depth = 1;
      asides += ' ';
      continue;
    }
    if (depth > 0) {
      if (c === '(') depth++;
      else if (c === ')') depth--;
      if (depth > 0) asides += c;
      continue;
    }
    main += c;
  }
  return { main: main.trim(), asides };
}

/** `a / b / c`: alternatives. A slash without spaces (`8/255`, `nan/inf`) stays inside its word. */
function splitAlternatives(s: string): string[] {
  return s
    .split(/\s+\/\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Whitespace-separated words, not splitting inside brackets or quotes (`tokenizer(..., stride=128)`). */
function topLevelWords(piece: string): string[] {
  const words: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const c of piece) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth = Math.max(0, depth - 1);
    else if (/\s/.test(c) && depth === 0) {
      if (cur) words.push(cur.replace(/,$/, ''));
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur) words.push(cur.replace(/,$/, ''));
  return words;
}
