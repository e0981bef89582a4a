// The learner's progress as stored: an append-only review log plus each card's scheduling state.
// The log is the truth; card states are what replaying it gives (see scheduler.replay), kept in the
// stored form so the schedule is readable without recomputing.

export const PROGRESS_VERSION = 2;

export type ReviewRating = 'again' | 'hard' | 'good' | 'easy';
export const REVIEW_RATINGS: readonly ReviewRating[] = ['again', 'hard', 'good', 'easy'];

export type ReviewSource = 'review' | 'quiz';

export interface ReviewRecord {
  /** Unique across devices and windows, e.g. `${deviceId}-${timestamp}-${counter}`; merging dedupes on it. */
  id: string;
  cardId: string;
  rating: ReviewRating;
  /** ISO 8601 time of the answer. */
  at: string;
  source: ReviewSource;
  /** Quiz answers: whether the chosen option was right. */
  correct?: boolean;
  sessionId?: string;
}

export type CardStateName = 'New' | 'Learning' | 'Review' | 'Relearning';
export const CARD_STATE_NAMES: readonly CardStateName[] = ['New', 'Learning', 'Review', 'Relearning'];

/** A ts-fsrs Card as plain JSON: dates as ISO strings, the state by name. */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: CardStateName;
  last_review?: string;
}

/**
 * Which history a progress value belongs to. A reset starts a new one, so that merging with a window
 * that has not seen the reset yet cannot bring the erased reviews back. Absent: the original history.
 */
export interface ProgressEpoch {
  id: string;
  /** ISO time the history started; reviews after it from an older history still count. */
  at: string;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  epoch?: ProgressEpoch;
  cards: Record<string, StoredCard>;
  /** Sorted by time, then id. */
  log: ReviewRecord[];
}

/** No reviews yet: what a first run starts from. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, cards: {}, log: [] };
}

/**
 * Forgets every review. `epochId` must be unique (use the same generator as record ids); the glue
 * writes this value as is instead of merging it with the stored one.
 */
export function resetProgress(now: Date, epochId: string): Progress {
  return { ...emptyProgress(), epoch: { id: epochId, at: now.toISOString() } };
}

/** The canonical log order: by time, then id, so every window replays the same sequence. */
export function compareRecords(a: ReviewRecord, b: ReviewRecord): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
