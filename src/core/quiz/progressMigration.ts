// Version 1 progress, from before the review log had ids and sources:
//   { version: 1, reviews: [{ card: "entry:<id>", grade: 1..4, time: <epoch ms> }] }
// Each review becomes a log record. Ids are derived from the data, so two windows migrating the
// same stored value produce the same records and merging them does not double the history.
import { parseCardId } from './cardIds';
import { childPath, describeValue, isPlainObject, type ProgressProblem } from './jsonShape';
import { REVIEW_RATINGS, type ReviewRecord } from './progressState';

export interface MigratedLog {
  /** Undefined when the document is unusable as a whole. */
  log?: ReviewRecord[];
  problems: ProgressProblem[];
}

export function migrateV1(value: Record<string, unknown>): MigratedLog {
  if (!Array.isArray(value.reviews)) {
    return { problems: [{ path: '$.reviews', message: `expected an array of reviews, found ${describeValue(value.reviews)}` }] };
  }
  const problems: ProgressProblem[] = [];
  const log: ReviewRecord[] = [];
  value.reviews.forEach((review: unknown, index) => {
    const path = childPath('$.reviews', index);
    if (!isPlainObject(review)) {
      problems.push({ path, message: `expected a review object, found ${describeValue(review)}` });
      return;
    }
    const { card, grade, time } = review;
    const bad = (key: string, expected: string): void => {
      problems.push({ path: childPath(path, key), message: `expected ${expected}, found ${describeValue(review[key])}` });
    };
    if (typeof card !== 'string' || !parseCardId(card)) return bad('card', 'a card id like "entry:<id>" or "term:<id>"');
    if (typeof grade !== 'number' || !Number.isInteger(grade) || grade < 1 || grade > 4) return bad('grade', 'an integer from 1 to 4');
    if (typeof time !== 'number' || !Number.isFinite(time) || time < 0 || time > 8.64e15) return bad('time', 'milliseconds since 1970');
    log.push({ id: `v1-${time}-${index}`, cardId: card, rating: REVIEW_RATINGS[grade - 1], at: new Date(time).toISOString(), source: 'review' });
  });
  return { log, problems };
}
