// A flashcard review, step by step: show a card's question, reveal the answer, take a rating, go on
// to the next card. Like the quiz session, immutable state and plain transitions; the glue records
// each rating through the scheduler as it is given.
import type { Bilingual, ContentBundle } from '../knowledge/model';
import { entryCardId, parseCardId } from './cardIds';
import type { ReviewRating } from './progressState';

export type ReviewPhase = 'question' | 'answer' | 'finished';

/** Due cards, or never-seen cards being learned. */
export type ReviewKind = 'due' | 'new';

export interface ReviewSession {
  readonly id: string;
  readonly kind: ReviewKind;
  readonly cards: readonly string[];
  readonly index: number;
  readonly phase: ReviewPhase;
  readonly ratings: readonly { cardId: string; rating: ReviewRating }[];
  readonly skipped: readonly string[];
  readonly startedAt: Date;
  readonly finishedAt?: Date;
}

export function startReviewSession(id: string, kind: ReviewKind, cards: readonly string[], now: Date): ReviewSession {
  const unique = [...new Set(cards)];
  const session: ReviewSession = { id, kind, cards: unique, index: 0, phase: 'question', ratings: [], skipped: [], startedAt: now };
  return unique.length === 0 ? { ...session, phase: 'finished', finishedAt: now } : session;
}

export function currentCard(session: ReviewSession): string | undefined {
  return session.phase === 'finished' ? undefined : session.cards[session.index];
}

export function reviewPosition(session: ReviewSession): { step: number; total: number } {
  return { step: Math.min(session.index + 1, session.cards.length), total: session.cards.length };
}

export function revealAnswer(session: ReviewSession): ReviewSession {
  return session.phase === 'question' ? { ...session, phase: 'answer' } : session;
}

function moveOn(session: ReviewSession, now: Date): ReviewSession {
  if (session.index >= session.cards.length - 1) return { ...session, phase: 'finished', finishedAt: now };
  return { ...session, phase: 'question', index: session.index + 1 };
}

/** Rates the current card once its answer is shown. */
export function rateCard(session: ReviewSession, rating: ReviewRating, now: Date): ReviewSession {
  const cardId = currentCard(session);
  if (!cardId || session.phase !== 'answer') return session;
  return moveOn({ ...session, ratings: [...session.ratings, { cardId, rating }] }, now);
}

/** Leaves the current card for another time (question or answer shown). */
export function skipCard(session: ReviewSession, now: Date): ReviewSession {
  const cardId = currentCard(session);
  if (!cardId) return session;
  return moveOn({ ...session, skipped: [...session.skipped, cardId] }, now);
}

export function endReviewSession(session: ReviewSession, now: Date): ReviewSession {
  return session.phase === 'finished' ? session : { ...session, phase: 'finished', finishedAt: now };
}

export interface ReviewSummary {
  rated: number;
  skipped: number;
  byRating: Record<ReviewRating, number>;
  durationMs: number;
}

export function reviewSummary(session: ReviewSession, now: Date = session.finishedAt ?? session.startedAt): ReviewSummary {
  const byRating: Record<ReviewRating, number> = { again: 0, hard: 0, good: 0, easy: 0 };
  for (const r of session.ratings) byRating[r.rating]++;
  return {
    rated: session.ratings.length,
    skipped: session.skipped.length,
    byRating,
    durationMs: Math.max(0, (session.finishedAt ?? now).getTime() - session.startedAt.getTime()),
  };
}

/**
 * The question a flashcard asks: an entry's interview question, or "what is <term>?" for a term.
 * Undefined for a card whose content is gone.
 */
export function cardPrompt(cardId: string, bundle: ContentBundle): Bilingual | undefined {
  const owner = parseCardId(cardId);
  if (!owner) return undefined;
  if (owner.kind === 'entry') {
    const entry = bundle.entries.find((e) => e.id === owner.id);
    return entry && { ...entry.question };
  }
  const term = bundle.terms.find((t) => t.id === owner.id);
  return term && { zh: `「${term.term.zh}」是什么？`, en: `What is ${term.term.en}?` };
}

/**
 * Which never-seen cards to learn first: favourite entries, then recently viewed ones, then the
 * rest in content order (entries before terms), at most `limit`.
 */
export function newCardsToLearn(
  newCards: readonly string[],
  preferred: { favourites: readonly string[]; recent: readonly string[] },
  limit: number,
): string[] {
  const isNew = new Set(newCards);
  const first = [...preferred.favourites, ...preferred.recent].map(entryCardId).filter((id) => isNew.has(id));
  return [...new Set([...first, ...newCards])].slice(0, Math.max(0, Math.floor(limit)));
}
