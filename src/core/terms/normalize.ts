// Turns text into the tokens the term trie is keyed by. Aliases and document text go through the
// same function, so whatever it does (lower-casing, camelCase and snake_case splitting, letter/digit
// splitting, one token per CJK character) is applied to both sides alike.

import type { TokenSink } from './tokenBuffer';

export type TokenType = 'word' | 'number' | 'cjk' | 'punct';

/**
 * What separates a token from the one before it: `joined` (nothing: `gradientCheckpointing`, `fp16`,
 * `梯度`), `soft` (`-` or `_`), `space` (whitespace within a paragraph), `break` (first token, or a
 * blank line). Punctuation other than `-` and `_` is a token of its own, so it breaks phrases.
 */
export type Gap = 'joined' | 'soft' | 'space' | 'break';

export interface Token {
  start: number;
  end: number;
  /** Lower-cased, full-width Latin folded to ASCII. */
  norm: string;
  type: TokenType;
  gap: Gap;
  /** `LLMs`, `GPUs`, `LoRAs`: an upper-case letter then `s`, so the `s` is a plural suffix. */
  acronymPlural: boolean;
}

/** Token types as stored in a TokenBuffer: indexes into TOKEN_TYPES. */
export const TYPE_WORD = 0;
export const TYPE_NUMBER = 1;
export const TYPE_CJK = 2;
export const TYPE_PUNCT = 3;
export const TOKEN_TYPES: readonly TokenType[] = ['word', 'number', 'cjk', 'punct'];

/** Gaps as stored in a TokenBuffer: indexes into GAPS. */
export const GAP_JOINED = 0;
export const GAP_SOFT = 1;
export const GAP_SPACE = 2;
export const GAP_BREAK = 3;
export const GAPS: readonly Gap[] = ['joined', 'soft', 'space', 'break'];

const enum Kind {
  Space,
  Newline,
  Soft,
  Upper,
  Lower,
  Digit,
  Cjk,
  Other,
}

const ASCII_KINDS: Kind[] = [];
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_KINDS.push(
    c === 10
      ? Kind.Newline
      : /\s/.test(ch)
        ? Kind.Space
        : ch === '-' || ch === '_'
          ? Kind.Soft
          : /[A-Z]/.test(ch)
            ? Kind.Upper
            : /[a-z]/.test(ch)
              ? Kind.Lower
              : /[0-9]/.test(ch)
                ? Kind.Digit
                : Kind.Other,
  );
}

const nonAsciiKinds = new Map<number, Kind>();

function kindOf(code: number): Kind {
  if (code < 128) return ASCII_KINDS[code];
  const cached = nonAsciiKinds.get(code);
  if (cached !== undefined) return cached;
  const kind = classifyNonAscii(code);
  if (nonAsciiKinds.size < 4096) nonAsciiKinds.set(code, kind);
  return kind;
}

function classifyNonAscii(code: number): Kind {
  if (code >= 0xff01 && code <= 0xff5e) return kindOf(code - 0xfee0); // full-width ASCII
  if (
    (code >= 0x3040 && code <= 0x30ff) || // kana
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xac00 && code <= 0xd7af) // hangul
  ) {
    return Kind.Cjk;
  }
  if (code >= 0xd800 && code <= 0xdfff) return Kind.Other;
  const ch = String.fromCharCode(code);
  if (/\s/.test(ch)) return Kind.Space;
  if (ch !== ch.toLowerCase()) return Kind.Upper;
  if (ch !== ch.toUpperCase() || /\p{L}/u.test(ch)) return Kind.Lower;
  if (/\p{N}/u.test(ch)) return Kind.Digit;
  return Kind.Other;
}

function lowerChar(code: number): string {
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  if (code < 128) return String.fromCharCode(code);
  if (code >= 0xff01 && code <= 0xff5e) return lowerChar(code - 0xfee0);
  return String.fromCharCode(code).toLowerCase();
}

/** Lower-cases and folds full-width Latin, one output character group per input unit. */
export function normalizeSlice(text: string, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += lowerChar(text.charCodeAt(i));
  return s;
}

const foldedNonAscii = new Map<number, number>();

/**
 * The one UTF-16 unit normalizeSlice turns `code` into, or -1 when it becomes several (`İ` → `i̇`).
 * Lets the matcher compare and hash normalised text without building strings.
 */
export function foldedCharCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  if (code >= 0xff01 && code <= 0xff5e) return foldedCharCode(code - 0xfee0);
  // Only letters have case (classifyNonAscii calls anything that changes when lower-cased Upper).
  if (kindOf(code) !== Kind.Upper) return code;
  let folded = foldedNonAscii.get(code);
  if (folded === undefined) {
    const s = String.fromCharCode(code).toLowerCase();
    folded = s.length === 1 ? s.charCodeAt(0) : -1;
    if (foldedNonAscii.size < 4096) foldedNonAscii.set(code, folded);
  }
  return folded;
}

/** Tokens of text[from, to). Linear: every character is classified once and looked ahead at most twice. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const list = new TokenList(text);
  tokenizeInto(list, text, from, to);
  return list.tokens;
}

/** Collects tokens as objects, for tokenize (aliases, index building, tests). */
class TokenList implements TokenSink {
  readonly tokens: Token[] = [];

  constructor(private readonly text: string) {}

  push(start: number, end: number, type: number, gap: number, acronymPlural: boolean): void {
    this.tokens.push({ start, end, norm: normalizeSlice(this.text, start, end), type: TOKEN_TYPES[type], gap: GAPS[gap], acronymPlural });
  }
}

/**
 * tokenize, handing each token to `out`: a TokenBuffer (the matcher: no string or object per token)
 * or a TokenList (tokenize). The first token's gap is `break`.
 */
export function tokenizeInto(out: TokenSink, text: string, from = 0, to = text.length): void {
  let gap = GAP_BREAK;
  let i = from;
  while (i < to) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === Kind.Space || kind === Kind.Newline || kind === Kind.Soft) {
      let newlines = 0;
      let spaces = false;
      let softs = 0;
      let j = i;
      for (; j < to; j++) {
        const k = kindOf(text.charCodeAt(j));
        if (k === Kind.Newline) newlines++;
        else if (k === Kind.Space) spaces = true;
        else if (k === Kind.Soft) softs++;
        else break;
      }
      if (gap !== GAP_BREAK) gap = newlines >= 2 ? GAP_BREAK : newlines > 0 || spaces || softs > 2 ? GAP_SPACE : GAP_SOFT;
      i = j;
      continue;
    }
    if (kind === Kind.Upper || kind === Kind.Lower) {
      let j = i + 1;
      while (j < to && isLetter(kindOf(text.charCodeAt(j)))) j++;
      splitCamel(out, text, i, j, gap);
      i = j;
    } else if (kind === Kind.Digit) {
      let j = i + 1;
      while (j < to && kindOf(text.charCodeAt(j)) === Kind.Digit) j++;
      out.push(i, j, TYPE_NUMBER, gap, false);
      i = j;
    } else if (kind === Kind.Cjk) {
      out.push(i, i + 1, TYPE_CJK, gap, false);
      i++;
    } else {
      const code = text.charCodeAt(i);
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
      out.push(i, i + width, TYPE_PUNCT, gap, false);
      i += width;
    }
    gap = GAP_JOINED;
  }
}

function isLetter(k: Kind): boolean {
  return k === Kind.Upper || k === Kind.Lower;
}

/**
 * camelCase words: a boundary before an upper-case letter that follows a lower-case one
 * (`gradient|Checkpointing`), and before the last capital of a run that starts a word
 * (`HTML|Parser`) — except a plural `s` (`LoRAs`, `GPUs` stay whole) and a one-letter lower-case
 * prefix (`vLLM`, `mAP`, `iPhone` are names, not `v` + `LLM`). The first part gets `gap`, the rest
 * are joined.
 */
function splitCamel(out: TokenSink, text: string, start: number, end: number, gap: number): void {
  let s = start;
  for (let k = start + 1; k < end; k++) {
    const prevUpper = kindOf(text.charCodeAt(k - 1)) === Kind.Upper;
    const upper = kindOf(text.charCodeAt(k)) === Kind.Upper;
    let boundary = !prevUpper && upper && k !== start + 1;
    if (prevUpper && upper && k + 1 < end && kindOf(text.charCodeAt(k + 1)) === Kind.Lower) {
      const pluralS = text.charCodeAt(k + 1) === S && (k + 2 === end || kindOf(text.charCodeAt(k + 2)) === Kind.Upper);
      boundary = !pluralS;
    }
    if (boundary) {
      pushWord(out, text, s, k, gap);
      gap = GAP_JOINED;
      s = k;
    }
  }
  pushWord(out, text, s, end, gap);
}

const S = 115; // `s`

function pushWord(out: TokenSink, text: string, start: number, end: number, gap: number): void {
  const acronymPlural = end - start >= 2 && text.charCodeAt(end - 1) === S && kindOf(text.charCodeAt(end - 2)) === Kind.Upper;
  out.push(start, end, TYPE_WORD, gap, acronymPlural);
}

export interface Stem {
  norm: string;
  /** Characters of the surface dropped by the stem (the plural suffix). */
  cut: number;
}

/**
 * Singular candidates for a plural word token, most likely first: `optimizers` → `optimizer`,
 * `strategies` → `strategy`, `batches` → `batch`/`batche`, `LLMs` → `llm`. The trie is keyed by the
 * glossary's own spelling, so a wrong candidate simply finds nothing.
 */
export function stemsOf(token: Token): Stem[] {
  const w = token.norm;
  if (token.type !== 'word' || !w.endsWith('s')) return [];
  if (token.acronymPlural) return [{ norm: w.slice(0, -1), cut: 1 }];
  if (w.length < 4 || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return [];
  if (w.endsWith('ies') && w.length >= 5) return [{ norm: w.slice(0, -3) + 'y', cut: 3 }, { norm: w.slice(0, -1), cut: 1 }];
  if (w.endsWith('es')) return [{ norm: w.slice(0, -1), cut: 1 }, { norm: w.slice(0, -2), cut: 2 }];
  return [{ norm: w.slice(0, -1), cut: 1 }];
}

/** Letters, digits and CJK characters of `s`, case kept: what case-sensitive aliases compare. */
export function significantChars(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const k = kindOf(s.charCodeAt(i));
    if (k === Kind.Upper || k === Kind.Lower || k === Kind.Digit || k === Kind.Cjk) out += s[i];
  }
  return out;
}

/** Whether significantChars keeps this UTF-16 unit. */
export function isSignificantChar(code: number): boolean {
  const k = kindOf(code);
  return k === Kind.Upper || k === Kind.Lower || k === Kind.Digit || k === Kind.Cjk;
}
