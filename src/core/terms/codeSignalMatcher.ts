// Code signals: identifiers in code (not in comments) that imply a term, such as `torch.autocast`,
// `GradScaler`, `gradient_checkpointing_enable`. Dotted chains are matched on any run of their
// parts, so `torch.amp.autocast(` and `amp.autocast(` hit the same signal, and `autocast(` hits it
// when called bare or imported.

import type { TextRegion } from './commentLexer';
import type { CodeSignal } from './codeSignalTable';
import type { TermIndex } from './termIndex';
import type { MatchStats, TermMatch } from './termMatcher';

/** Longest run of chain parts looked up at once; longer chains are read in windows. */
const MAX_PARTS = 8;
/** String literals that hold one identifier (`"zero_optimization"` in a JSON config, `"LOCAL_RANK"`). */
const MAX_IDENTIFIER_STRING = 120;
const IDENTIFIER_STRING = /^-{0,2}[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Code-signal matches in the code regions of `regions` (and in strings that hold one identifier). */
export function findCodeSignals(index: TermIndex, text: string, regions: readonly TextRegion[], stats?: MatchStats): TermMatch[] {
  const out: TermMatch[] = [];
  const table = index.codeSignals.keys;
  if (table.size === 0) return out;
  for (const r of regions) {
    if (r.kind === 'code') scanCode(table, text, r.start, r.end, out, stats);
    else if (r.kind === 'string' && r.end - r.start <= MAX_IDENTIFIER_STRING && IDENTIFIER_STRING.test(text.slice(r.start, r.end))) {
      scanCode(table, text, r.start, r.end, out, stats);
    }
  }
  return out;
}

interface Part {
  start: number;
  end: number;
}

function scanCode(table: Map<string, CodeSignal>, text: string, from: number, to: number, out: TermMatch[], stats?: MatchStats): void {
  let previousWord = '';
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const prev = i > from ? text.charCodeAt(i - 1) : 0;
    if (isIdentifierStart(c) && !isIdentifierPart(prev)) {
      const parts: Part[] = [];
      let j = i;
      for (;;) {
        let e = j + 1;
        while (e < to && isIdentifierPart(text.charCodeAt(e))) e++;
        parts.push({ start: j, end: e });
        if (e + 1 < to && text.charCodeAt(e) === DOT && isIdentifierStart(text.charCodeAt(e + 1))) j = e + 1;
        else {
          j = e;
          break;
        }
      }
      let k = j;
      while (k < to && (text[k] === ' ' || text[k] === '\t')) k++;
      const called = text[k] === '(';
      const imported = previousWord === 'import' || previousWord === 'from' || previousWord === 'cimport';
      matchChain(table, text, parts, called, imported, out, stats);
      previousWord = parts.length === 1 ? text.slice(parts[0].start, parts[0].end) : '';
      i = j;
      continue;
    }
    if (c === DASH && text.charCodeAt(i + 1) === DASH && isLetter(text.charCodeAt(i + 2)) && prev !== DASH && !isIdentifierPart(prev)) {
      let e = i + 2;
      while (e < to && (isIdentifierPart(text.charCodeAt(e)) || text.charCodeAt(e) === DASH)) e++;
      // `--lr-warmup-iters` is the argparse spelling of `lr_warmup_iters`.
      const key = text.slice(i + 2, e).replace(/-/g, '_');
      if (stats) stats.steps++;
      const signal = table.get(key);
      if (signal && signal.kind === 'name') out.push(codeMatch(text, i, e, signal));
      i = e;
      continue;
    }
    i++;
  }
}

/** Tries every run of parts, longest first from the left, and keeps non-overlapping hits. */
function matchChain(table: Map<string, CodeSignal>, text: string, parts: Part[], called: boolean, imported: boolean, out: TermMatch[], stats?: MatchStats): void {
  const n = parts.length;
  let i = 0;
  while (i < n) {
    let next = i + 1;
    for (let j = Math.min(n - 1, i + MAX_PARTS - 1); j >= i; j--) {
      if (stats) stats.steps++;
      const signal = table.get(text.slice(parts[i].start, parts[j].end));
      if (!signal || !kindFits(signal, i, j, n, called, imported)) continue;
      out.push(codeMatch(text, parts[i].start, parts[j].end, signal));
      next = j + 1;
      break;
    }
    i = next;
  }
}

function kindFits(signal: CodeSignal, i: number, j: number, n: number, called: boolean, imported: boolean): boolean {
  switch (signal.kind) {
    case 'qualified':
    case 'name':
      return true;
    case 'call':
      // `autocast(` or `from torch.amp import autocast`; `itertools.accumulate(` is someone else's.
      return n === 1 && (called || imported);
    case 'module':
      // `foolbox.attacks…` or `import foolbox`.
      return i === 0 && (j < n - 1 || imported);
  }
}

function codeMatch(text: string, start: number, end: number, signal: CodeSignal): TermMatch {
  return { start, end, termId: signal.termId, surface: text.slice(start, end), alias: signal.signal, source: 'code-signal', ambiguous: false };
}

const DOT = 46;
const DASH = 45;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isIdentifierStart(c: number): boolean {
  return isLetter(c) || c === 95;
}

function isIdentifierPart(c: number): boolean {
  return isIdentifierStart(c) || (c >= 48 && c <= 57) || c === 36;
}
