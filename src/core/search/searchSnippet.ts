// A short excerpt of a search hit's text around the first matched term, with the matches'
// positions (found by the search tokenizer itself, so highlights agree with what matched), so a result list can show where (and why) something matched.
import { placeSearchTokens } from './cjkTokenizer';

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
  const matches = mergeRanges(placeSearchTokens(text).filter((t) => wanted.has(t.token)).map((t): [number, number] => [t.start, t.end]));
  if (matches.length === 0) return undefined;

  let start = Math.max(0, matches[0][0] - before);
  // Do not start in the middle of a Latin word when a space is near.
  if (start > 0 && /\w/.test(text[start - 1] ?? '')) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < matches[0][0]) start = space + 1;
  }
  const end = Math.min(text.length, start + length);
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const highlights = matches
    .filter(([s, e]) => s < end && e > start)
    .map(([s, e]): [number, number] => [Math.max(s, start) - start + prefix.length, Math.min(e, end) - start + prefix.length]);
  return { text: prefix + text.slice(start, end) + suffix, highlights };
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
