// A bibliographic reference as HTML: escaped text in which https URLs become external links.
import { escapeHtml } from './htmlEscape';
import { linkHtml } from './linkHtml';
import { classifyHref } from './linkPolicy';

// CJK and full-width punctuation end a URL: references mix URLs into Chinese sentences.
const HTTPS_IN_TEXT = /https:\/\/[^\s<>"'`\u3000-\u303f\uff00-\uffef]+/gi;
const TRAILING_PUNCTUATION = '.,;:!?)]}，。；：！？）」』》';

export function referenceHtml(text: string): string {
  let html = '';
  let last = 0;
  for (const m of text.matchAll(HTTPS_IN_TEXT)) {
    const start = m.index ?? 0;
    const url = trimTrailingPunctuation(m[0]);
    const target = classifyHref(url);
    if (!target) continue;
    html += escapeHtml(text.slice(last, start)) + linkHtml(target, escapeHtml(url));
    last = start + url.length;
  }
  return html + escapeHtml(text.slice(last));
}

/** Sentence punctuation after a URL belongs to the sentence; a ")" closing a "(" in the URL does not. */
function trimTrailingPunctuation(url: string): string {
  let end = url.length;
  while (end > 0 && TRAILING_PUNCTUATION.includes(url[end - 1])) {
    const head = url.slice(0, end);
    if (url[end - 1] === ')' && head.split('(').length > head.split(')').length - 1) break;
    end--;
  }
  return url.slice(0, end);
}
