// Search tokens for mixed Chinese/English text. Chinese has no spaces between words and a
// dictionary segmenter would be heavy, so CJK runs become overlapping character bigrams
// ("混合精度" → 混合 合精 精度): a query's bigrams then match wherever its words occur. Latin
// runs become lower-cased words; mixed-case identifiers also yield their camelCase parts
// ("FlashAttention" → flashattention flash attention), but only when every part has at least
// three letters, so acronyms such as ZeRO, LoRA and QLoRA stay whole instead of shattering
// into noise ("ze", "ro"). Digits stay in their word: fp16, bf16 and int8 are different things.

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_OR_OTHER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;
const CAMEL_PART = /\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+|\p{L}+/gu;
const MIN_CAMEL_PART = 3;

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
  scanTokens(text, (token) => tokens.push(token));
  return tokens;
}

/** The same tokens with their places, for highlighting matches in a snippet. */
export function placeSearchTokens(text: string): PlacedToken[] {
  const tokens: PlacedToken[] = [];
  scanTokens(text, (token, start, end) => tokens.push({ token, start, end }));
  return tokens;
}

type TokenSink = (token: string, start: number, end: number) => void;

const ASCII_ONLY = /^[\p{ASCII}]*$/u;

function scanTokens(text: string, sink: TokenSink): void {
  for (const run of text.matchAll(WORD_RUN)) {
    const runText = run[0];
    // Most runs are plain ASCII words: skip the script split and normalisation for them.
    if (ASCII_ONLY.test(runText)) {
      pushLatin(runText, runText, run.index, sink);
      continue;
    }
    for (const segment of runText.matchAll(CJK_OR_OTHER)) {
      const start = run.index + segment.index;
      if (CJK_CHAR.test(segment[0])) pushCjk(segment[0], start, sink);
      else pushLatin(segment[0], segment[0].normalize('NFKC'), start, sink);
    }
  }
}

function pushCjk(segment: string, start: number, sink: TokenSink): void {
  const chars = Array.from(segment.normalize('NFKC'));
  if (chars.length === 1) {
    sink(chars[0], start, start + segment.length);
    return;
  }
  // Offsets follow the original characters; NFKC keeps one code point per CJK character.
  const original = Array.from(segment);
  const aligned = original.length === chars.length;
  let at = start;
  for (let i = 0; i + 1 < chars.length; i++) {
    if (aligned) {
      sink(chars[i] + chars[i + 1], at, at + original[i].length + original[i + 1].length);
      at += original[i].length;
    } else {
      sink(chars[i] + chars[i + 1], start, start + segment.length);
    }
  }
}

/** `original` is the text as found, `word` its NFKC form. */
function pushLatin(original: string, word: string, start: number, sink: TokenSink): void {
  const end = start + original.length;
  const lower = word.toLowerCase();
  if (lower.length >= 2 && !STOP_WORDS.has(lower)) sink(lower, start, end);
  if (lower === word || word.toUpperCase() === word) return;
  const parts = Array.from(word.matchAll(CAMEL_PART));
  if (parts.length < 2 || parts.some((p) => p[0].length < MIN_CAMEL_PART)) return;
  // Parts are placed inside the word when normalisation kept its length, else on the whole word.
  const aligned = word.length === original.length;
  for (const part of parts) {
    const p = part[0].toLowerCase();
    if (STOP_WORDS.has(p)) continue;
    if (aligned) sink(p, start + part.index, start + part.index + part[0].length);
    else sink(p, start, end);
  }
}
