// How an allowed link looks in the panel's HTML. The webview script relies on this contract:
// in-extension links carry data-entry / data-term (their href is only "#", so nothing navigates
// if the script is missing); external links are plain https anchors with rel="noopener".
import { escapeHtml } from './htmlEscape';
import type { LinkTarget } from './linkPolicy';

export const EXTERNAL_LINK_CLASS = 'external-link';
export const ENTRY_LINK_CLASS = 'internal-link entry-link';
export const TERM_LINK_CLASS = 'internal-link term-link';

/** Attribute name/value pairs (unescaped) for an anchor to the target. */
export function linkAttributes(target: LinkTarget): Array<[string, string]> {
  switch (target.kind) {
    case 'external':
      // title shows where the link goes: the webview has no status bar.
      return [['href', target.url], ['class', EXTERNAL_LINK_CLASS], ['rel', 'noopener'], ['title', target.url]];
    case 'entry':
      return [['href', '#'], ['class', ENTRY_LINK_CLASS], ['data-entry', target.id]];
    case 'term':
      return [['href', '#'], ['class', TERM_LINK_CLASS], ['data-term', target.id]];
  }
}

export interface LinkHtmlOptions {
  /** Classes added to the link's own. */
  className?: string;
  /** Extra attributes, unescaped values. */
  attributes?: Array<[string, string]>;
}

/** An anchor around already-escaped inner HTML. */
export function linkHtml(target: LinkTarget, innerHtml: string, options: LinkHtmlOptions = {}): string {
  const own = linkAttributes(target).map(([name, value]): [string, string] =>
    name === 'class' && options.className ? [name, `${value} ${options.className}`] : [name, value],
  );
  const attrs = [...own, ...(options.attributes ?? [])].map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  return `<a${attrs}>${innerHtml}</a>`;
}
