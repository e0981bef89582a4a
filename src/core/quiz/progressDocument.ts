// Reads a version-2 progress document of unknown shape. Whole-document damage (not an object, no
// log) is fatal; a bad record or card is reported and dropped, so one corrupted entry does not
// cost the learner the rest of their history.
import { parseCardId } from './cardIds';
import { canonicalTime, childPath, describeValue, isPlainObject, type ProgressProblem } from './jsonShape';
import {
  CARD_STATE_NAMES,
  REVIEW_RATINGS,
  type CardStateName,
  type ProgressEpoch,
  type ReviewRating,
  type ReviewRecord,
  type StoredCard,
} from './progressState';

export interface ReadDocument {
  /** Undefined when the document is unusable as a whole. */
  log?: ReviewRecord[];
  epoch?: ProgressEpoch;
  problems: ProgressProblem[];
}

/**
 * Reads `{ version: 2, epoch?, cards, log }`. Cards are derived from the log, so they are only
 * checked when `checkCards` is set (imports, where a hand-edited file should be told it is wrong).
 */
export function readProgressDocument(value: Record<string, unknown>, checkCards: boolean): ReadDocument {
  const problems: ProgressProblem[] = [];
  if (!Array.isArray(value.log)) {
    return { problems: [{ path: '$.log', message: `expected an array of review records, found ${describeValue(value.log)}` }] };
  }
  const log = readLog(value.log, problems);
  const result: ReadDocument = { log, problems };
  if (value.epoch !== undefined) {
    const epoch = readEpoch(value.epoch, problems);
    if (epoch) result.epoch = epoch;
  }
  if (checkCards) checkCardMap(value.cards, problems);
  return result;
}

function readLog(items: unknown[], problems: ProgressProblem[]): ReviewRecord[] {
  const seen = new Set<string>();
  const log: ReviewRecord[] = [];
  items.forEach((item, index) => {
    const path = childPath('$.log', index);
    const record = readRecord(item, path, problems);
    if (!record) return;
    if (seen.has(record.id)) {
      problems.push({ path: childPath(path, 'id'), message: `duplicate record id ${describeValue(record.id)}` });
      return;
    }
    seen.add(record.id);
    log.push(record);
  });
  return log;
}

function readRecord(item: unknown, path: string, problems: ProgressProblem[]): ReviewRecord | undefined {
  if (!isPlainObject(item)) {
    problems.push({ path, message: `expected a review record object, found ${describeValue(item)}` });
    return undefined;
  }
  const fail = (key: string, expected: string): undefined => {
    problems.push({ path: childPath(path, key), message: `expected ${expected}, found ${describeValue(item[key])}` });
    return undefined;
  };
  const { id, cardId, rating, source, correct, sessionId } = item;
  const at = canonicalTime(item.at);
  if (typeof id !== 'string' || id.length === 0) return fail('id', 'a non-empty string');
  if (typeof cardId !== 'string' || !parseCardId(cardId)) return fail('cardId', 'a card id like "entry:<id>" or "term:<id>"');
  if (!REVIEW_RATINGS.includes(rating as ReviewRating)) return fail('rating', `one of ${REVIEW_RATINGS.join(', ')}`);
  if (at === undefined) return fail('at', 'an ISO 8601 date-time');
  if (source !== 'review' && source !== 'quiz') return fail('source', '"review" or "quiz"');
  if (correct !== undefined && typeof correct !== 'boolean') return fail('correct', 'true or false');
  if (sessionId !== undefined && typeof sessionId !== 'string') return fail('sessionId', 'a string');
  const record: ReviewRecord = { id, cardId, rating: rating as ReviewRating, at, source };
  if (correct !== undefined) record.correct = correct;
  if (sessionId !== undefined) record.sessionId = sessionId;
  return record;
}

function readEpoch(value: unknown, problems: ProgressProblem[]): ProgressEpoch | undefined {
  const at = isPlainObject(value) ? canonicalTime(value.at) : undefined;
  if (!isPlainObject(value) || typeof value.id !== 'string' || value.id.length === 0 || at === undefined) {
    problems.push({ path: '$.epoch', message: `expected { id, at } with an ISO 8601 time, found ${describeValue(value)}` });
    return undefined;
  }
  return { id: value.id, at };
}

const CARD_NUMBERS = ['stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses'] as const;

function checkCardMap(cards: unknown, problems: ProgressProblem[]): void {
  if (cards === undefined) return;
  if (!isPlainObject(cards)) {
    problems.push({ path: '$.cards', message: `expected an object of card states, found ${describeValue(cards)}` });
    return;
  }
  for (const [cardId, card] of Object.entries(cards)) {
    const path = childPath('$.cards', cardId);
    if (!parseCardId(cardId)) problems.push({ path, message: 'not a card id like "entry:<id>" or "term:<id>"' });
    else if (!isPlainObject(card)) problems.push({ path, message: `expected a card state object, found ${describeValue(card)}` });
    else checkCard(card, path, problems);
  }
}

function checkCard(card: Record<string, unknown>, path: string, problems: ProgressProblem[]): void {
  const bad = (key: keyof StoredCard, expected: string): void => {
    problems.push({ path: childPath(path, key), message: `expected ${expected}, found ${describeValue(card[key])}` });
  };
  if (canonicalTime(card.due) === undefined) bad('due', 'an ISO 8601 date-time');
  for (const key of CARD_NUMBERS) {
    const v = card[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) bad(key, 'a number ≥ 0');
  }
  if (!CARD_STATE_NAMES.includes(card.state as CardStateName)) bad('state', `one of ${CARD_STATE_NAMES.join(', ')}`);
  if (card.last_review !== undefined && canonicalTime(card.last_review) === undefined) bad('last_review', 'an ISO 8601 date-time');
}
