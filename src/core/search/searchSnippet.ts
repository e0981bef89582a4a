// A short excerpt of a search hit's text around the first matched term, with the matches'
// positions (found by the search tokenizer itself, so highlights agree with what matched): a
// result list can show where, and why, something matched.
import { hasOnlyPlainWords, isCjkToken, visitSearchTokens, wordEnd, wordStart } from './cjkTokenizer';

export interface SearchSnippet {
  text: string;
  /** [start, end) offsets into `text`, sorted and non-overlapping. */
  highlights: Array<[number, number]>;
}

export interface SnippetOptions {
  /** Characters kept before the first match. */
  before?: number;
  /** Total length of the excerpt, ellipses excluded. */
  length?: number;
}

const ELLIPSIS = '…';

/** Undefined when none of the terms occurs in the text. */
export function makeSnippet(text: string, terms: readonly string[], options: SnippetOptions = {}): SearchSnippet | undefined {
  const before = options.before ?? 30;
  const length = options.length ?? 140;
  const wanted = new Set(terms);
  const first = firstMatch(text, wanted);
  if (first === undefined) return undefined;

  let start = Math.max(0, first - before);
  // Do not start in the middle of a Latin word when a space is near.
  if (start > 0 && /\w/.test(text[start - 1] ?? '')) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  const end = Math.min(text.length, start + length);
  // No match before the first: the text is read from there to the excerpt's end.
  const found: Array<[number, number]> = [];
  visitSearchTokens(
    text,
    (token, s, e) => {
      if (s >= end) return false;
      if (wanted.has(token)) found.push([s, e]);
    },
    wordStart(text, first),
  );
  const matches = mergeRanges(found);
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const highlights = matches
    .filter(([s, e]) => s < end && e > start)
    .map(([s, e]): [number, number] => [Math.max(s, start) - start + prefix.length, Math.min(e, end) - start + prefix.length]);
  return { text: prefix + text.slice(start, end) + suffix, highlights };
}

/** Where the first token of the text that is one of the terms starts. */
function firstMatch(text: string, wanted: ReadonlySet<string>): number | undefined {
  let first: number | undefined;
  if (!hasOnlyPlainWords(text)) {
    visitSearchTokens(text, (token, s) => {
      if (!wanted.has(token)) return;
      first = s;
      return false;
    });
    return first;
  }
  // Each token then stands where its term occurs in the text, ignoring case: tokenize only the
  // words where a term does, in order, until one of those is a token. (Tokens are letters,
  // digits and marks: nothing to escape in a pattern.)
  const latin = [...wanted].filter((term) => !isCjkToken(term));
  const latinAt = latin.length ? latinPattern(latin.join('|')) : undefined;
  const cjk = [...wanted].filter(isCjkToken).map((term) => ({ term, at: text.indexOf(term) }));
  let nextLatin = -1;
  for (let from = 0; first === undefined; ) {
    if (latinAt && nextLatin < from) {
      latinAt.lastIndex = from;
      nextLatin = latinAt.exec(text)?.index ?? Infinity;
    }
    let candidate = latinAt ? nextLatin : Infinity;
    for (const c of cjk) {
      if (c.at >= 0 && c.at < from) c.at = text.indexOf(c.term, from);
      if (c.at >= 0 && c.at < candidate) candidate = c.at;
    }
    if (candidate === Infinity) return undefined;
    const wordEnds = wordEnd(text, candidate);
    visitSearchTokens(
      text,
      (token, s) => {
        if (s >= wordEnds) return false;
        if (!wanted.has(token)) return;
        first = s;
        return false;
      },
      wordStart(text, candidate),
    );
    from = Math.max(wordEnds, candidate + 1);
  }
  return first;
}

/** The hits of one search share their terms: their pattern is compiled once. */
let lastPattern: RegExp | undefined;

function latinPattern(alternatives: string): RegExp {
  if (lastPattern?.source !== alternatives) lastPattern = new RegExp(alternatives, 'gi');
  return lastPattern;
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}
