// Which link targets the answer panel may show. Everything not allowed here is rendered as
// plain text: the webview must never navigate to javascript:, data:, file:, command: or
// plain-http URLs, whatever the content (user packs included) says.

/** Ids as the content format allows them; also what panel messages accept. */
export const CONTENT_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const MAX_ID_LENGTH = 200;

export type InternalLinkKind = 'entry' | 'term';

export type LinkTarget = { kind: 'external'; url: string } | { kind: InternalLinkKind; id: string };

const INTERNAL_HREF = /^llmfg:(entry|term)\/(.+)$/;
// No whitespace, quotes or angle brackets: a URL that needs them is not one we trust.
const HTTPS_URL = /^https:\/\/[^\s"'<>`]+$/i;

export function isContentId(id: string): boolean {
  return id.length <= MAX_ID_LENGTH && CONTENT_ID_PATTERN.test(id);
}

/** The target of an allowed href (`https://…`, `llmfg:entry/<id>`, `llmfg:term/<id>`), else undefined. */
export function classifyHref(href: string): LinkTarget | undefined {
  const internal = INTERNAL_HREF.exec(href);
  if (internal) {
    const id = internal[2];
    return isContentId(id) ? { kind: internal[1] as InternalLinkKind, id } : undefined;
  }
  if (href.length <= 2048 && HTTPS_URL.test(href)) return { kind: 'external', url: href };
  return undefined;
}

/** The in-extension href for an entry or term, as content authors write it. */
export function internalHref(kind: InternalLinkKind, id: string): string {
  return `llmfg:${kind}/${id}`;
}
