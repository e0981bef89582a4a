// A card is the unit the scheduler tracks: every entry and every glossary term is one card, and
// all questions about it (curated or generated) review that same card.
import type { ContentBundle } from '../knowledge/model';

export type CardKind = 'entry' | 'term';

export const entryCardId = (entryId: string): string => `entry:${entryId}`;
export const termCardId = (termId: string): string => `term:${termId}`;

export function cardIdOf(owner: { kind: CardKind; id: string }): string {
  return owner.kind === 'entry' ? entryCardId(owner.id) : termCardId(owner.id);
}

/** The owner a card id names, or undefined when it is not of the form `entry:<id>` / `term:<id>`. */
export function parseCardId(cardId: string): { kind: CardKind; id: string } | undefined {
  const match = /^(entry|term):(.+)$/.exec(cardId);
  return match ? { kind: match[1] as CardKind, id: match[2] } : undefined;
}

/** Every card of the bundle, entries first, in bundle order. */
export function allCardIds(bundle: ContentBundle): string[] {
  return [...bundle.entries.map((e) => entryCardId(e.id)), ...bundle.terms.map((t) => termCardId(t.id))];
}

/** The topic of every card in the bundle (cards of removed content are simply absent). */
export function cardTopics(bundle: ContentBundle): Map<string, string> {
  const topics = new Map<string, string>();
  for (const e of bundle.entries) topics.set(entryCardId(e.id), e.topic);
  for (const t of bundle.terms) topics.set(termCardId(t.id), t.topic);
  return topics;
}
