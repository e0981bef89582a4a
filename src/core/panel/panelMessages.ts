// What the answer panel's webview may say to the extension, and the state it persists. The
// webview renders content from user packs, so everything it sends is treated as untrusted:
// parsed strictly, field by field, and rejected with a reason rather than half-used.
import type { Lang } from '../knowledge/model';

/** Pages of the knowledge base: an entry or a glossary term card. */
export type ContentTargetKind = 'entry' | 'term';
/** Study pages: a quiz session's results (id: the session) and the progress overview (id: `overview`). */
export type StudyTargetKind = 'results' | 'progress';
export type PanelTargetKind = ContentTargetKind | StudyTargetKind;

export interface PanelTarget {
  kind: PanelTargetKind;
  id: string;
}

export interface ContentTarget extends PanelTarget {
  kind: ContentTargetKind;
}

export const CONTENT_TARGET_KINDS: readonly ContentTargetKind[] = ['entry', 'term'];
export const PANEL_TARGET_KINDS: readonly PanelTargetKind[] = ['entry', 'term', 'results', 'progress'];

export const isContentTarget = (target: PanelTarget): target is ContentTarget => (CONTENT_TARGET_KINDS as readonly string[]).includes(target.kind);

export type PanelMessage =
  | { type: 'open'; target: PanelTarget }
  | { type: 'openToSide'; target: PanelTarget }
  | { type: 'reveal'; id: string }
  | { type: 'setLanguage'; lang: Lang }
  | { type: 'quiz'; target: ContentTarget }
  | { type: 'copyMarkdown'; id: string }
  | { type: 'startQuiz' }
  | { type: 'startReview' }
  | { type: 'ready' };

export type PanelMessageType = PanelMessage['type'];

/** What the webview keeps with getState/setState, and what a restored panel starts from. */
export interface PanelState {
  view: PanelTarget;
  lang: Lang;
  /** Vertical scroll offset in CSS pixels. */
  scrollY: number;
}

export interface ParseError {
  error: string;
}

export const PANEL_MESSAGE_TYPES: readonly PanelMessageType[] = ['open', 'openToSide', 'reveal', 'setLanguage', 'quiz', 'copyMarkdown', 'startQuiz', 'startReview', 'ready'];
export const PANEL_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const MAX_PANEL_STRING_LENGTH = 200;
/** Far beyond any real page; bounds what a tampered state can ask the page to scroll to. */
export const MAX_SCROLL_Y = 10_000_000;

export function isParseError(value: unknown): value is ParseError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** A message from the webview, or why it was rejected. */
export function parsePanelMessage(raw: unknown): PanelMessage | ParseError {
  try {
    return parseMessage(raw);
  } catch (e) {
    if (e instanceof Rejection) return { error: e.message };
    throw e;
  }
}

/** Persisted webview state, or why it cannot be used. A state saved before the first scroll may lack scrollY (0). */
export function parsePanelState(raw: unknown): PanelState | ParseError {
  try {
    const o = record(raw, 'state', ['view', 'lang', 'scrollY']);
    const scrollY = o.scrollY === undefined ? 0 : scrollOffset(o.scrollY, 'state.scrollY');
    return { view: target(o.view, 'state.view', PANEL_TARGET_KINDS), lang: language(o.lang, 'state.lang'), scrollY };
  } catch (e) {
    if (e instanceof Rejection) return { error: e.message };
    throw e;
  }
}

class Rejection extends Error {}

function reject(message: string): never {
  throw new Rejection(message);
}

function parseMessage(raw: unknown): PanelMessage {
  const type = record(raw, 'message', undefined).type;
  const t = boundedString(type, 'message.type');
  if (!(PANEL_MESSAGE_TYPES as readonly string[]).includes(t)) reject(`unknown message type ${quote(t)}`);
  const messageType = t as PanelMessageType;
  switch (messageType) {
    case 'open':
    case 'openToSide': {
      const o = record(raw, 'message', ['type', 'target']);
      return { type: messageType, target: target(o.target, 'message.target', PANEL_TARGET_KINDS) };
    }
    case 'quiz': {
      // Only knowledge-base pages can be quizzed on.
      const o = record(raw, 'message', ['type', 'target']);
      return { type: 'quiz', target: target(o.target, 'message.target', CONTENT_TARGET_KINDS) as ContentTarget };
    }
    case 'reveal':
    case 'copyMarkdown': {
      const o = record(raw, 'message', ['type', 'id']);
      return { type: messageType, id: contentId(o.id, 'message.id') };
    }
    case 'setLanguage': {
      const o = record(raw, 'message', ['type', 'lang']);
      return { type: 'setLanguage', lang: language(o.lang, 'message.lang') };
    }
    case 'startQuiz':
    case 'startReview':
    case 'ready':
      record(raw, 'message', ['type']);
      return { type: messageType };
  }
}

/**
 * A plain object with only the allowed own keys (all keys when `allowed` is undefined).
 * Only own properties are read, so nothing comes from a prototype.
 */
function record(raw: unknown, what: string, allowed: readonly string[] | undefined): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) reject(`${what} must be an object, not ${describe(raw)}`);
  const o = raw as Record<string, unknown>;
  const keys = Object.keys(o);
  if (allowed) {
    const extra = keys.find((k) => !allowed.includes(k));
    if (extra !== undefined) reject(`${what} has an unexpected field ${quote(extra)}`);
  }
  const own: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const k of keys) own[k] = o[k];
  return own;
}

function target(raw: unknown, what: string, kinds: readonly PanelTargetKind[]): PanelTarget {
  const o = record(raw, what, ['kind', 'id']);
  const kind = boundedString(o.kind, `${what}.kind`);
  if (!(kinds as readonly string[]).includes(kind)) reject(`${what}.kind must be ${kinds.map((k) => `"${k}"`).join(', ').replace(/, ([^,]*)$/, ' or $1')}, not ${quote(kind)}`);
  return { kind: kind as PanelTargetKind, id: contentId(o.id, `${what}.id`) };
}

function contentId(raw: unknown, what: string): string {
  const id = boundedString(raw, what);
  if (!PANEL_ID_PATTERN.test(id)) reject(`${what} ${quote(id)} is not an id (lower-case letters, digits and dashes)`);
  return id;
}

function language(raw: unknown, what: string): Lang {
  const lang = boundedString(raw, what);
  if (lang !== 'zh' && lang !== 'en') reject(`${what} must be "zh" or "en", not ${quote(lang)}`);
  return lang;
}

function boundedString(raw: unknown, what: string): string {
  if (typeof raw !== 'string') reject(`${what} must be a string, not ${describe(raw)}`);
  if (raw.length === 0) reject(`${what} is empty`);
  if (raw.length > MAX_PANEL_STRING_LENGTH) reject(`${what} is too long (${raw.length} > ${MAX_PANEL_STRING_LENGTH} characters)`);
  return raw;
}

function scrollOffset(raw: unknown, what: string): number {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) reject(`${what} must be a finite number, not ${describe(raw)}`);
  if (raw < 0 || raw > MAX_SCROLL_Y) reject(`${what} is out of range (0 … ${MAX_SCROLL_Y})`);
  return raw;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A value for an error message: quoted, and cut short so a huge string is not echoed to the log. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
