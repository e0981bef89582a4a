// What the status bar, the Topics tree and the "nothing is due" message say about the schedule:
// how many cards are due (overall and per topic), when the next one falls due, and when to look
// again. Times are left as numbers and units; the glue puts them into words.
import type { ContentBundle } from '../knowledge/model';
import { allCardIds, cardTopics } from './cardIds';
import { dueCards, nextDueAt } from './dueCards';
import type { Progress } from './progressState';

export interface DueStatus {
  due: number;
  newCards: number;
  /** When the next card that is not yet due falls due. */
  nextDue?: Date;
  /** Due cards per topic id (topics without due cards are absent). */
  dueByTopic: Map<string, number>;
  /** Whether the learner has answered anything yet (in this content). */
  started: boolean;
}

export function dueStatus(progress: Progress, bundle: ContentBundle, now: Date): DueStatus {
  const ids = allCardIds(bundle);
  const { due, newCards } = dueCards(progress, ids, now);
  const topicOf = cardTopics(bundle);
  const dueByTopic = new Map<string, number>();
  for (const id of due) {
    const topic = topicOf.get(id);
    if (topic !== undefined) dueByTopic.set(topic, (dueByTopic.get(topic) ?? 0) + 1);
  }
  const status: DueStatus = { due: due.length, newCards: newCards.length, dueByTopic, started: newCards.length < new Set(ids).size };
  const next = nextDueAt(progress, ids, now);
  if (next) status.nextDue = next;
  return status;
}

/**
 * The status-bar item shows once there is something to say: cards are due, or the learner has
 * started (then "0 due" with the next due time in the tooltip). Someone who only browses the
 * knowledge base is not shown a counter they never asked for.
 */
export const showDueCounter = (status: DueStatus): boolean => status.due > 0 || status.started;

/** setTimeout's limit (about 24.8 days); a longer wait is done in several hops. */
export const MAX_TIMER_MS = 2_147_483_647;

/**
 * How long to wait before counting again so the counter changes the moment the next card falls
 * due (a second late, to be safely past it); undefined when nothing is scheduled.
 */
export function refreshDelayMs(nextDue: Date | undefined, now: Date): number | undefined {
  if (!nextDue) return undefined;
  const wait = nextDue.getTime() - now.getTime() + 1000;
  return Math.min(MAX_TIMER_MS, Math.max(1000, wait));
}

export type TimeUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

export interface TimeSpan {
  value: number;
  unit: TimeUnit;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A duration as people say it: rounded to the largest sensible unit ("in 3 hours", "in 12 days").
 * Under a minute counts as one minute, so a short wait never reads "0 minutes".
 */
export function timeSpan(ms: number): TimeSpan {
  const t = Math.max(0, Number.isFinite(ms) ? ms : 0);
  if (t < HOUR - MINUTE / 2) return { value: Math.max(1, Math.round(t / MINUTE)), unit: 'minute' };
  if (t < DAY - HOUR / 2) return { value: Math.max(1, Math.round(t / HOUR)), unit: 'hour' };
  if (t < 60 * DAY) return { value: Math.max(1, Math.round(t / DAY)), unit: 'day' };
  if (t < 365 * DAY) return { value: Math.round(t / (30 * DAY)), unit: 'month' };
  return { value: Math.max(1, Math.round(t / (365 * DAY))), unit: 'year' };
}

/** A session's length for the results page: minutes and seconds (hours fold into minutes). */
export function minutesAndSeconds(ms: number): { minutes: number; seconds: number } {
  const total = Math.round(Math.max(0, Number.isFinite(ms) ? ms : 0) / 1000);
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
