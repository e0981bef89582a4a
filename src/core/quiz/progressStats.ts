// Figures for the progress view: activity per day, retention per week, mastery per topic.
// Days are the learner's local days, so the clock carries the UTC offset (the core does not
// read the machine's time zone).
import type { ContentBundle } from '../knowledge/model';
import { allCardIds } from './cardIds';
import { dueCards } from './dueCards';
import { emptyMasteryCounts, masteryByTopic, type MasteryCounts, type TopicMastery } from './mastery';
import type { Progress, ReviewRecord } from './progressState';

export interface StatsClock {
  now: Date;
  /** Local time minus UTC in minutes (in a host: `-new Date().getTimezoneOffset()`). */
  utcOffsetMinutes: number;
}

export interface DayActivity {
  /** Local date, YYYY-MM-DD. */
  date: string;
  reviews: number;
}

export interface WeekRetention {
  /** Local date of the week's Monday, YYYY-MM-DD. */
  weekStart: string;
  reviews: number;
  /** Reviews not rated Again (quiz: answered right). */
  retained: number;
  /** retained / reviews, or null for a week without reviews (a gap in the line). */
  retention: number | null;
}

export interface ProgressView {
  reviewsPerDay: DayActivity[];
  retentionByWeek: WeekRetention[];
  masteryByTopic: TopicMastery[];
  /** Mastery over all cards of the bundle. */
  totals: MasteryCounts;
  due: number;
  newCards: number;
  /** Consecutive local days with at least one review, up to today (or yesterday, if none yet today). */
  streakDays: number;
}

const DAY_MS = 86_400_000;
export const ACTIVITY_DAYS = 30;
export const RETENTION_WEEKS = 12;

/** Days since 1970-01-01 in local time. */
const localDay = (ms: number, clock: StatsClock): number => Math.floor((ms + clock.utcOffsetMinutes * 60_000) / DAY_MS);
const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** 1970-01-01 was a Thursday: shift by three to land on the Monday of the week. */
const mondayOf = (day: number): number => day - ((((day + 3) % 7) + 7) % 7);

function countByDay(log: readonly ReviewRecord[], clock: StatsClock): Map<number, number> {
  const byDay = new Map<number, number>();
  for (const record of log) {
    const day = localDay(Date.parse(record.at), clock);
    byDay.set(day, (byDay.get(day) ?? 0) + 1);
  }
  return byDay;
}

/** The last `days` local days, oldest first, today included. */
export function reviewsPerDay(log: readonly ReviewRecord[], clock: StatsClock, days = ACTIVITY_DAYS): DayActivity[] {
  const byDay = countByDay(log, clock);
  const today = localDay(clock.now.getTime(), clock);
  return Array.from({ length: days }, (_, i) => {
    const day = today - days + 1 + i;
    return { date: dateOfDay(day), reviews: byDay.get(day) ?? 0 };
  });
}

/** The last `weeks` Monday-based local weeks, oldest first, this week included. */
export function retentionByWeek(log: readonly ReviewRecord[], clock: StatsClock, weeks = RETENTION_WEEKS): WeekRetention[] {
  const thisWeek = mondayOf(localDay(clock.now.getTime(), clock));
  const rows = Array.from({ length: weeks }, (_, i) => ({ weekStart: thisWeek - (weeks - 1 - i) * 7, reviews: 0, retained: 0 }));
  const first = rows[0]?.weekStart ?? thisWeek;
  for (const record of log) {
    const index = (mondayOf(localDay(Date.parse(record.at), clock)) - first) / 7;
    const row = rows[index];
    if (!row) continue;
    row.reviews++;
    if (record.rating !== 'again') row.retained++;
  }
  return rows.map((r) => ({
    weekStart: dateOfDay(r.weekStart),
    reviews: r.reviews,
    retained: r.retained,
    retention: r.reviews > 0 ? r.retained / r.reviews : null,
  }));
}

export function streakDays(log: readonly ReviewRecord[], clock: StatsClock): number {
  const days = new Set(log.map((r) => localDay(Date.parse(r.at), clock)));
  let day = localDay(clock.now.getTime(), clock);
  if (!days.has(day)) day--;
  let streak = 0;
  while (days.has(day - streak)) streak++;
  return streak;
}

export function progressView(progress: Progress, bundle: ContentBundle, clock: StatsClock): ProgressView {
  const byTopic = masteryByTopic(progress, bundle);
  const totals = emptyMasteryCounts();
  for (const topic of byTopic) {
    for (const key of Object.keys(totals) as (keyof MasteryCounts)[]) totals[key] += topic[key];
  }
  const { due, newCards } = dueCards(progress, allCardIds(bundle), clock.now);
  return {
    reviewsPerDay: reviewsPerDay(progress.log, clock),
    retentionByWeek: retentionByWeek(progress.log, clock),
    masteryByTopic: byTopic,
    totals,
    due: due.length,
    newCards: newCards.length,
    streakDays: streakDays(progress.log, clock),
  };
}
