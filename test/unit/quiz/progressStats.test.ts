import assert from 'node:assert/strict';
import { progressView, retentionByWeek, reviewsPerDay, streakDays, type StatsClock } from '../../../src/core/quiz/progressStats';
import { emptyProgress, type ReviewRating, type ReviewRecord } from '../../../src/core/quiz/progressState';
import { createScheduler } from '../../../src/core/quiz/scheduler';
import { fixtureBundle } from './fixtures';

let counter = 0;
const record = (at: string, rating: ReviewRating = 'good', cardId = 'entry:training-stability'): ReviewRecord => ({
  id: `r${counter++}`,
  cardId,
  rating,
  at: new Date(at).toISOString(),
  source: 'quiz',
});

// Wednesday 2025-03-12, 10:00 in UTC+8.
const clock: StatsClock = { now: new Date('2025-03-12T02:00:00Z'), utcOffsetMinutes: 480 };

describe('progress stats', () => {
  it('counts reviews per local day for the last 30 days, today last', () => {
    const log = [
      record('2025-03-12T01:00:00Z'), // 09:00 local today
      record('2025-03-11T17:30:00Z'), // 01:30 local today, though still the 11th in UTC
      record('2025-03-11T15:00:00Z'), // 23:00 local on the 11th
      record('2025-02-10T12:00:00Z'), // 30 days before today: outside the window
    ];
    const days = reviewsPerDay(log, clock);
    assert.equal(days.length, 30);
    assert.equal(days[0].date, '2025-02-11');
    assert.deepEqual(days.at(-1), { date: '2025-03-12', reviews: 2 });
    assert.deepEqual(days.at(-2), { date: '2025-03-11', reviews: 1 });
    assert.equal(days.reduce((n, d) => n + d.reviews, 0), 3);
  });

  it('computes retention per Monday-based week as the share of non-Again reviews', () => {
    const log = [
      record('2025-03-10T01:00:00Z', 'good'), // Monday this week
      record('2025-03-11T01:00:00Z', 'again'),
      record('2025-03-12T01:00:00Z', 'hard'),
      record('2025-03-09T01:00:00Z', 'again'), // Sunday: last week
    ];
    const weeks = retentionByWeek(log, clock, 3);
    assert.deepEqual(weeks, [
      { weekStart: '2025-02-24', reviews: 0, retained: 0, retention: null },
      { weekStart: '2025-03-03', reviews: 1, retained: 0, retention: 0 },
      { weekStart: '2025-03-10', reviews: 3, retained: 2, retention: 2 / 3 },
    ]);
  });

  it('counts a streak up to today, or up to yesterday before today’s first review', () => {
    const days = ['2025-03-09', '2025-03-10', '2025-03-11'].map((d) => record(`${d}T04:00:00Z`));
    assert.equal(streakDays(days, clock), 3);
    assert.equal(streakDays([...days, record('2025-03-12T03:00:00Z')], clock), 4);
    assert.equal(streakDays([record('2025-03-08T04:00:00Z')], clock), 0);
  });

  it('assembles the progress view over a bundle', () => {
    const scheduler = createScheduler({ enableFuzz: false });
    let p = emptyProgress();
    p = scheduler.review(p, 'term:dropout', 'good', new Date('2025-03-01T02:00:00Z'), { id: 'a' }).progress;
    p = scheduler.review(p, 'entry:prompt-attacks', 'again', new Date('2025-03-12T01:00:00Z'), { id: 'b' }).progress;
    const view = progressView(p, fixtureBundle(), clock);
    assert.equal(view.totals.total, 14);
    assert.deepEqual({ ...view.totals }, { new: 12, learning: 1, review: 1, mastered: 0, total: 14 });
    assert.equal(view.due, 2, 'dropout is due again after 11 days; prompt-attacks 10 minutes after Again');
    assert.equal(view.newCards, 12);
    assert.equal(view.masteryByTopic.length, 3);
    assert.equal(view.reviewsPerDay.at(-1)?.reviews, 1);
    assert.equal(view.retentionByWeek.length, 12);
    assert.equal(view.streakDays, 1);
  });
});
