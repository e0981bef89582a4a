// A titled list of links to entries or terms (related terms, related entries, entries using a
// term): a <nav> with a heading, so screen readers can list and jump to it.
import { escapeHtml } from './htmlEscape';
import { linkHtml } from './linkHtml';
import type { InternalLinkKind } from './linkPolicy';

export interface LinkListItem {
  kind: InternalLinkKind;
  id: string;
  /** Undefined when the id is not in the bundle: shown as text rather than a dead link. */
  label: string | undefined;
}

export interface LinkListOptions {
  className: string;
  headingId: string;
  heading: string;
  items: LinkListItem[];
}

export function linkListHtml({ className, headingId, heading, items }: LinkListOptions): string {
  if (items.length === 0) return '';
  const lis = items
    .map((item) =>
      item.label === undefined
        ? `<li><span class="missing-link">${escapeHtml(item.id)}</span></li>`
        : `<li>${linkHtml({ kind: item.kind, id: item.id }, escapeHtml(item.label))}</li>`,
    )
    .join('');
  return (
    `<nav class="${escapeHtml(className)}" aria-labelledby="${escapeHtml(headingId)}">` +
    `<h2 id="${escapeHtml(headingId)}">${escapeHtml(heading)}</h2><ul class="link-list">${lis}</ul></nav>`
  );
}
