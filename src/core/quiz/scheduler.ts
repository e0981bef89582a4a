// Spaced-repetition scheduling with FSRS (ts-fsrs). Reviews and quiz answers feed one schedule:
// every answer becomes a record in the progress log, and a card's state is the log replayed.
import { createEmptyCard, fsrs, Rating, type FSRS, type Grade, type StepUnit } from 'ts-fsrs';
import { parseCardId } from './cardIds';
import { compareRecords, type Progress, type ReviewRating, type ReviewRecord, type ReviewSource, type StoredCard } from './progressState';
import { toStoredCard } from './storedCard';

export interface SchedulerSettings {
  /** Target probability of recalling a card when it comes due (FSRS request_retention). */
  requestRetention: number;
  maximumIntervalDays: number;
  /**
   * Spreads cards learned together over a few days. ts-fsrs seeds the fuzz from the review time
   * and card state, so replaying a log still gives the same schedule; tests turn it off to get
   * round numbers.
   */
  enableFuzz: boolean;
  learningSteps: StepUnit[];
  relearningSteps: StepUnit[];
}

/**
 * One 10-minute step: a wrong answer comes back in the same sitting, a right answer on a new card
 * graduates straight to a multi-day interval (a quiz answer is rarely repeated within minutes).
 * Intervals are capped at a year so nothing disappears from an interview-prep deck for longer.
 */
export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = {
  requestRetention: 0.9,
  maximumIntervalDays: 365,
  enableFuzz: true,
  learningSteps: ['10m'],
  relearningSteps: ['10m'],
};

/** The retention range offered to users; outside it FSRS schedules become absurd (daily or yearly). */
export const RETENTION_RANGE = { min: 0.7, max: 0.97 } as const;

export interface ReviewMeta {
  /** The record id (see createReviewRecordIds). */
  id: string;
  source?: ReviewSource;
  correct?: boolean;
  sessionId?: string;
}

export interface ReviewOutcome {
  progress: Progress;
  record: ReviewRecord;
  /** The reviewed card's new state. */
  card: StoredCard;
}

export interface Scheduler {
  readonly settings: SchedulerSettings;
  /** Records one review of a card and reschedules it. The input progress is not changed. */
  review(progress: Progress, cardId: string, rating: ReviewRating, now: Date, meta: ReviewMeta): ReviewOutcome;
  /** A quiz answer as a review of the question's card: wrong is Again, right is Good. */
  answerQuestion(progress: Progress, question: { cardId: string }, correct: boolean, now: Date, meta: { id: string; sessionId?: string }): ReviewOutcome;
  /** Card states from a log, in any order. */
  replay(log: readonly ReviewRecord[]): Record<string, StoredCard>;
  /** The progress with its log in canonical order and its cards recomputed from the log. */
  rebuild(progress: Progress): Progress;
}

const GRADES: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

export const quizRating = (correct: boolean): ReviewRating => (correct ? 'good' : 'again');

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

export function createScheduler(settings: Partial<SchedulerSettings> = {}): Scheduler {
  const merged = { ...DEFAULT_SCHEDULER_SETTINGS, ...settings };
  const resolved: SchedulerSettings = {
    ...merged,
    requestRetention: Number.isFinite(merged.requestRetention)
      ? clamp(merged.requestRetention, RETENTION_RANGE.min, RETENTION_RANGE.max)
      : DEFAULT_SCHEDULER_SETTINGS.requestRetention,
    maximumIntervalDays: Number.isFinite(merged.maximumIntervalDays) && merged.maximumIntervalDays >= 1
      ? Math.floor(merged.maximumIntervalDays)
      : DEFAULT_SCHEDULER_SETTINGS.maximumIntervalDays,
  };
  const engine: FSRS = fsrs({
    request_retention: resolved.requestRetention,
    maximum_interval: resolved.maximumIntervalDays,
    enable_fuzz: resolved.enableFuzz,
    enable_short_term: true,
    learning_steps: resolved.learningSteps,
    relearning_steps: resolved.relearningSteps,
  });

  /** One card's state from its records, oldest first. */
  const replayCard = (records: readonly ReviewRecord[]): StoredCard => {
    let card = createEmptyCard(new Date(records[0].at));
    for (const record of records) {
      // Never step back in time: ts-fsrs rejects a review before the last one.
      const at = Math.max(Date.parse(record.at), card.last_review?.getTime() ?? -Infinity);
      card = engine.next(card, new Date(at), GRADES[record.rating]).card;
    }
    return toStoredCard(card);
  };

  const replay = (log: readonly ReviewRecord[]): Record<string, StoredCard> => {
    const byCard = new Map<string, ReviewRecord[]>();
    for (const record of [...log].sort(compareRecords)) {
      const records = byCard.get(record.cardId);
      if (records) records.push(record);
      else byCard.set(record.cardId, [record]);
    }
    const cards: Record<string, StoredCard> = {};
    for (const [cardId, records] of [...byCard].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) cards[cardId] = replayCard(records);
    return cards;
  };

  const review: Scheduler['review'] = (progress, cardId, rating, now, meta) => {
    if (!parseCardId(cardId)) throw new Error(`not a card id: "${cardId}"`);
    if (!Number.isFinite(now.getTime())) throw new Error('review time is not a valid date');
    if (!GRADES[rating]) throw new Error(`not a rating: "${String(rating)}"`);
    const record: ReviewRecord = { id: meta.id, cardId, rating, at: now.toISOString(), source: meta.source ?? 'review' };
    if (meta.correct !== undefined) record.correct = meta.correct;
    if (meta.sessionId !== undefined) record.sessionId = meta.sessionId;
    const replaced = progress.log.some((r) => r.id === record.id);
    const log = [...progress.log.filter((r) => r.id !== record.id), record].sort(compareRecords);
    if (replaced) {
      // A reused id replaced an earlier record, perhaps of another card: recompute everything.
      const cards = replay(log);
      return { progress: { ...progress, cards, log }, record, card: cards[cardId] };
    }
    // Replaying this card's records (not stepping from its stored state) keeps cards equal to a
    // replay of the log even when a clock skew puts this answer before an earlier one.
    const card = replayCard(log.filter((r) => r.cardId === cardId));
    return { progress: { ...progress, cards: { ...progress.cards, [cardId]: card }, log }, record, card };
  };

  return {
    settings: resolved,
    review,
    answerQuestion: (progress, question, correct, now, meta) =>
      review(progress, question.cardId, quizRating(correct), now, { ...meta, source: 'quiz', correct }),
    replay,
    rebuild: (progress) => {
      const log = [...progress.log].sort(compareRecords);
      return { ...progress, cards: replay(log), log };
    },
  };
}
