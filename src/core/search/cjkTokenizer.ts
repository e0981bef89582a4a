// Search tokens for mixed Chinese/English text. Chinese has no spaces between words and a
// dictionary segmenter would be heavy, so CJK runs become overlapping character bigrams
// ("混合精度" → 混合 合精 精度): a query's bigrams then match wherever its words occur. Latin
// runs become lower-cased words; mixed-case identifiers also yield their camelCase parts
// ("FlashAttention" → flashattention flash attention), but only when every part has at least
// three letters, so acronyms such as ZeRO, LoRA and QLoRA stay whole instead of shattering
// into noise ("ze", "ro"). Digits stay in their word: fp16, bf16 and int8 are different things.

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const CAMEL_PART = /\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+|\p{L}+/gu;
const MIN_CAMEL_PART = 3;
const CAPITALISED = /^[A-Z][a-z]*$/;

// Words too common to tell documents apart; dropping them keeps the index and snippets lean.
const STOP_WORDS = new Set(
  'a an and are as at be by can do does for from has have how in is it its of on or that the their this to was what when which with'.split(' '),
);

export function isCjkToken(token: string): boolean {
  return CJK_CHAR.test(token);
}

/** A token and where it came from in the original text ([start, end) UTF-16 offsets). */
export interface PlacedToken {
  token: string;
  start: number;
  end: number;
}

/** Tokens for indexing and for queries alike. */
export function tokenizeForSearch(text: string): string[] {
  const tokens: string[] = [];
  scanTokens(text, (token) => void tokens.push(token));
  return tokens;
}

/** The same tokens with their places, for highlighting matches in a snippet. */
export function placeSearchTokens(text: string): PlacedToken[] {
  const tokens: PlacedToken[] = [];
  scanTokens(text, (token, start, end) => void tokens.push({ token, start, end }));
  return tokens;
}

/**
 * Calls `visit` with each token and its place, in order of `start`, until it returns false: a
 * snippet needs the text only up to the end of its excerpt. `from` is where to start, the
 * start of a word (see wordStart): no token spans two words.
 */
export function visitSearchTokens(text: string, visit: (token: string, start: number, end: number) => boolean | void, from = 0): void {
  scanTokens(text, (token, start, end) => visit(token, start, end) !== false, from);
}

/** Where the word (run of letters, digits and marks) that `at` is in, or ends at, starts. */
export function wordStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && isWordCharBefore(text, start)) start -= isLowSurrogate(text.charCodeAt(start - 1)) && start > 1 ? 2 : 1;
  return start;
}

/**
 * True when every letter and digit in the text is ASCII, a Latin-1 or Greek letter, or a common
 * Han ideograph, and it has no marks: NFKC then changes none of its words, so each token is the
 * text's lower-cased substring where it stands (and a case-insensitive pattern finds it). A
 * search for a token can look for substrings first and tokenize only the words where they occur.
 */
export function hasOnlyPlainWords(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || isPlainHan(code) || isPlainLetter(code) || isCommonPunctuation(code)) continue;
    if (isWordCharAt(text, i)) return false;
  }
  return true;
}

/** The terms a plain-text search looks for (see visitPlainMatches), prepared once. */
export interface PlainTermFinder {
  /** The Latin terms, once each… */
  latinTerms: readonly string[];
  /** …all of them, case-insensitively (its lastIndex is moved by searches)… */
  latin: RegExp | undefined;
  /** …and the CJK terms, once each. */
  cjk: readonly string[];
}

/** The hits of one search mostly share their terms: the last finder is kept. */
let lastTerms = '';
let lastFinder: PlainTermFinder | undefined;

export function plainTermFinder(terms: readonly string[]): PlainTermFinder {
  const key = terms.join('\u0000');
  if (lastFinder && key === lastTerms) return lastFinder;
  const latinTerms: string[] = [];
  const cjk: string[] = [];
  for (const term of terms) {
    const kind = isCjkToken(term) ? cjk : latinTerms;
    if (!kind.includes(term)) kind.push(term);
  }
  // Tokens are letters, digits and marks: nothing to escape in a pattern.
  const latin = latinTerms.length ? new RegExp(latinTerms.join('|'), 'gi') : undefined;
  lastTerms = key;
  return (lastFinder = { latinTerms, latin, cjk });
}

/**
 * Calls `visit` with the place of each token that is one of the finder's terms, in order of
 * start, from `from` (the start of a word, or of such a token) on, until it returns false. Only
 * for text where hasOnlyPlainWords holds: each token is then its term's case-insensitive
 * occurrence where it stands, so the text is searched for the terms and only the words where one
 * occurs are read. A CJK bigram that occurs is always a token; a lone CJK character is one
 * between two characters that are not Han.
 */
export function visitPlainMatches(text: string, finder: PlainTermFinder, from: number, visit: (start: number, end: number) => boolean | void): void {
  const { latinTerms, latin, cjk } = finder;
  // The next word (its Latin part) where a Latin term occurs, from where the pattern was last run.
  let latinStart = -1;
  let latinEnd = -1;
  // Where each CJK term next occurs (-1: not looked for yet).
  const cjkAt = cjk.length ? new Array<number>(cjk.length).fill(-1) : undefined;
  for (let at = from; ; ) {
    if (latin && latinEnd <= at && latinStart !== Infinity) {
      latin.lastIndex = at;
      if (latin.test(text)) {
        // A term matches letters and digits only: the word is around the match's last one.
        latinStart = latinEnd = latin.lastIndex - 1;
        while (latinStart > 0 && isPlainLatinWordCode(text.charCodeAt(latinStart - 1))) latinStart--;
        while (latinEnd < text.length && isPlainLatinWordCode(text.charCodeAt(latinEnd))) latinEnd++;
      } else latinStart = latinEnd = Infinity;
    }
    let candidate = latin ? latinStart : Infinity;
    let cjkIndex = -1;
    for (let i = 0; cjkAt && i < cjk.length; i++) {
      if (cjkAt[i] < at) {
        const found = text.indexOf(cjk[i], at);
        cjkAt[i] = found < 0 ? Infinity : found;
      }
      if (cjkAt[i] < candidate) {
        candidate = cjkAt[i];
        cjkIndex = i;
      }
    }
    if (candidate === Infinity) return;
    if (cjkIndex >= 0) {
      const term = cjk[cjkIndex];
      const token = term.length > 1 || (!isPlainHan(text.charCodeAt(candidate - 1)) && !isPlainHan(text.charCodeAt(candidate + 1)));
      if (token && visit(candidate, candidate + term.length) === false) return;
      // Other terms may occur at the same place (精 and 精度): only this one moves on.
      const next = text.indexOf(term, candidate + 1);
      cjkAt![cjkIndex] = next < 0 ? Infinity : next;
      at = candidate;
      continue;
    }
    // A Latin term occurs in the word [latinStart, latinEnd): read its tokens.
    const start = latinStart;
    const end = latinEnd;
    let lowerAscii = true;
    for (let i = start; i < end && lowerAscii; i++) {
      const code = text.charCodeAt(i);
      lowerAscii = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
    }
    if (lowerAscii) {
      // A lower-case ASCII word is its only token.
      for (const term of latinTerms) {
        if (term.length === end - start && text.startsWith(term, start)) {
          if (term.length >= 2 && !STOP_WORDS.has(term) && visit(start, end) === false) return;
          break;
        }
      }
    } else {
      let stopped = false;
      scanTokens(
        text,
        (token, s, e) => {
          if (s >= end) return false;
          if (latinTerms.includes(token) && visit(s, e) === false) return !(stopped = true);
        },
        start,
      );
      if (stopped) return;
    }
    at = end;
  }
}

/** Letters and digits of a plain text (hasOnlyPlainWords) that are not Han. */
function isPlainLatinWordCode(code: number): boolean {
  return code < 0x80 ? isAsciiWordChar(code) : isPlainLetter(code);
}

/** Latin-1 and basic Greek letters (α, β, ε in formulas): NFKC leaves them, and each has a one-character lower case. */
function isPlainLetter(code: number): boolean {
  return (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7) || (code >= 0x391 && code <= 0x3a9 && code !== 0x3a2) || (code >= 0x3b1 && code <= 0x3c9);
}

/** Returns false to stop the scan. */
type TokenSink = (token: string, start: number, end: number) => boolean | void;

function scanTokens(text: string, sink: TokenSink, from = 0): void {
  for (let at = from; at < text.length; ) {
    // A run of letters, digits and marks; most are plain ASCII words.
    let ascii = true;
    let end = at;
    while (end < text.length && isWordCharAt(text, end)) {
      if (text.charCodeAt(end) >= 0x80) ascii = false;
      end += text.codePointAt(end)! > 0xffff ? 2 : 1;
    }
    if (end === at) {
      at += text.codePointAt(at)! > 0xffff ? 2 : 1;
      continue;
    }
    const runText = text.slice(at, end);
    if (ascii) {
      if (!pushLatin(runText, runText, at, sink)) return;
    } else if (!pushMixedRun(runText, at, sink)) return;
    at = end;
  }
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

function isWordCharAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return isAsciiWordChar(code);
  return isPlainHan(code) || WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)!));
}

function isWordCharBefore(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1);
  if (code < 0x80) return isAsciiWordChar(code);
  return isPlainHan(code) || isWordCharAt(text, isLowSurrogate(code) && at > 1 ? at - 2 : at - 1);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Punctuation of Chinese and English prose (quotes, dashes, 。，、（）): not letters, digits or marks. */
function isCommonPunctuation(code: number): boolean {
  return (
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x3000 && code <= 0x3004) ||
    (code >= 0x3008 && code <= 0x3020) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65)
  );
}

/** A run with other scripts, split into CJK and other segments by code point. */
function pushMixedRun(runText: string, runStart: number, sink: TokenSink): boolean {
  for (let at = 0; at < runText.length; ) {
    const cjk = isCjkAt(runText, at);
    let end = at;
    while (end < runText.length && isCjkAt(runText, end) === cjk) end += runText.codePointAt(end)! > 0xffff ? 2 : 1;
    const segment = runText.slice(at, end);
    const start = runStart + at;
    const more = cjk ? pushCjk(segment, start, sink) : pushLatin(segment, segment.normalize('NFKC'), start, sink);
    if (!more) return false;
    at = end;
  }
  return true;
}

/** Common Han ideographs: one UTF-16 unit each, and unchanged by NFKC. */
function isPlainHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

function isCjkAt(text: string, at: number): boolean {
  const code = text.codePointAt(at)!;
  if (isPlainHan(code)) return true;
  // No Han, kana or Hangul below the Hangul Jamo block: skip the script test for Latin letters.
  return code >= 0x1100 && CJK_CHAR.test(String.fromCodePoint(code));
}

/** False when the sink asked to stop. */
function pushCjk(segment: string, start: number, sink: TokenSink): boolean {
  let plain = true;
  for (let i = 0; i < segment.length && plain; i++) plain = isPlainHan(segment.charCodeAt(i));
  if (plain) {
    if (segment.length === 1) return sink(segment, start, start + 1) !== false;
    for (let i = 0; i + 1 < segment.length; i++) if (sink(segment.slice(i, i + 2), start + i, start + i + 2) === false) return false;
    return true;
  }
  const chars = Array.from(segment.normalize('NFKC'));
  if (chars.length === 1) return sink(chars[0], start, start + segment.length) !== false;
  // Offsets follow the original characters; NFKC keeps one code point per CJK character.
  const original = Array.from(segment);
  const aligned = original.length === chars.length;
  let at = start;
  for (let i = 0; i + 1 < chars.length; i++) {
    if (aligned) {
      if (sink(chars[i] + chars[i + 1], at, at + original[i].length + original[i + 1].length) === false) return false;
      at += original[i].length;
    } else if (sink(chars[i] + chars[i + 1], start, start + segment.length) === false) return false;
  }
  return true;
}

/** `original` is the text as found, `word` its NFKC form. False when the sink asked to stop. */
function pushLatin(original: string, word: string, start: number, sink: TokenSink): boolean {
  const end = start + original.length;
  const lower = word.toLowerCase();
  if (lower.length >= 2 && !STOP_WORDS.has(lower) && sink(lower, start, end) === false) return false;
  // Parts need a case change inside the word ("FlashAttention"); a capitalised word has none.
  if (lower === word || CAPITALISED.test(word) || word.toUpperCase() === word) return true;
  const parts = Array.from(word.matchAll(CAMEL_PART));
  if (parts.length < 2 || parts.some((p) => p[0].length < MIN_CAMEL_PART)) return true;
  // Parts are placed inside the word when normalisation kept its length, else on the whole word.
  const aligned = word.length === original.length;
  for (const part of parts) {
    const p = part[0].toLowerCase();
    if (STOP_WORDS.has(p)) continue;
    const more = aligned ? sink(p, start + part.index, start + part.index + part[0].length) : sink(p, start, end);
    if (more === false) return false;
  }
  return true;
}
