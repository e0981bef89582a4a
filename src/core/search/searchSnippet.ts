// A short excerpt of a search hit's text around the first matched term, with the matches'
// positions (found by the search tokenizer itself, so highlights agree with what matched): a
// result list can show where, and why, something matched.
import { hasOnlyPlainWords, plainTermFinder, visitPlainMatches, visitSearchTokens, wordStart } from './cjkTokenizer';

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
  /** Whether hasOnlyPlainWords(text) holds, when the caller knows it already. */
  plainWords?: boolean;
}

const ELLIPSIS = '…';

/** Undefined when none of the terms occurs in the text. */
export function makeSnippet(text: string, terms: readonly string[], options: SnippetOptions = {}): SearchSnippet | undefined {
  const before = options.before ?? 30;
  const length = options.length ?? 140;
  // In plain text, search for the terms and read only the words where they occur; else read
  // every token up to the excerpt's end.
  const finder = (options.plainWords ?? hasOnlyPlainWords(text)) ? plainTermFinder(terms) : undefined;
  const wanted = finder ? undefined : new Set(terms);
  let first: number | undefined;
  const firstFound = (s: number) => {
    first = s;
    return false;
  };
  if (finder) visitPlainMatches(text, finder, 0, firstFound);
  else visitSearchTokens(text, (token, s) => (wanted!.has(token) ? firstFound(s) : undefined));
  if (first === undefined) return undefined;

  let start = Math.max(0, first - before);
  // Do not start in the middle of a Latin word when a space is near.
  if (start > 0 && isAsciiWordCode(text.charCodeAt(start - 1))) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  const end = Math.min(text.length, start + length);
  const prefix = start > 0 ? ELLIPSIS : '';
  // The matches from the first to the excerpt's end, merged where they overlap (bigrams) or
  // touch, clipped to the excerpt and placed in it; they come in order of start.
  const highlights: Array<[number, number]> = [];
  const highlight = (s: number, e: number) => {
    if (s >= end) return false;
    const from = s - start + prefix.length;
    const to = Math.min(e, end) - start + prefix.length;
    const last = highlights[highlights.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else highlights.push([from, to]);
  };
  if (finder) visitPlainMatches(text, finder, first, highlight);
  else visitSearchTokens(text, (token, s, e) => (s >= end ? false : wanted!.has(token) ? highlight(s, e) : undefined), wordStart(text, first));
  const suffix = end < text.length ? ELLIPSIS : '';
  return { text: prefix + text.slice(start, end) + suffix, highlights };
}

/** What `/\w/` matches, by code. */
function isAsciiWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}
