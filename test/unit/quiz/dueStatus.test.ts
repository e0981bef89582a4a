import assert from 'node:assert/strict';
import { dueStatus, MAX_TIMER_MS, minutesAndSeconds, refreshDelayMs, showDueCounter, timeSpan } from '../../../src/core/quiz/dueStatus';
import { emptyProgress, type Progress, type ReviewRating } from '../../../src/core/quiz/progressState';
import { createReviewRecordIds } from '../../../src/core/quiz/reviewRecordIds';
import { createScheduler } from '../../../src/core/quiz/scheduler';
import { fixtureBundle } from './fixtures';

const T0 = new Date('2025-03-01T09:00:00.000Z');
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const at = (ms: number): Date => new Date(T0.getTime() + ms);

describe('due status', () => {
  const bundle = fixtureBundle();
  const scheduler = createScheduler({ enableFuzz: false });
  const nextId = createReviewRecordIds('t');
  const review = (p: Progress, cardId: string, rating: ReviewRating, when: Date): Progress => scheduler.review(p, cardId, rating, when, { id: nextId(when) }).progress;

  it('counts nothing and shows no counter before the first answer', () => {
    const status = dueStatus(emptyProgress(), bundle, T0);
    assert.equal(status.due, 0);
    assert.equal(status.newCards, bundle.entries.length + bundle.terms.length);
    assert.equal(status.started, false);
    assert.equal(status.nextDue, undefined);
    assert.equal(showDueCounter(status), false);
  });

  it('counts due cards per topic and knows when the next one falls due', () => {
    let p = review(emptyProgress(), 'entry:training-stability', 'good', T0);
    p = review(p, 'term:dropout', 'good', T0);
    p = review(p, 'term:quantization', 'good', T0);
    p = review(p, 'term:jailbreak', 'again', at(40 * DAY));
    const now = at(40 * DAY + MIN);
    const status = dueStatus(p, bundle, now);
    assert.equal(status.due, 3);
    assert.deepEqual(Object.fromEntries(status.dueByTopic), { training: 2, efficiency: 1 });
    assert.equal(status.started, true);
    assert.ok(status.nextDue && status.nextDue > now && status.nextDue.getTime() - now.getTime() <= HOUR, 'the jailbreak card comes back within the hour');
    assert.equal(showDueCounter(status), true);
  });

  it('keeps showing the counter at zero once started, for the next due time in its tooltip', () => {
    const p = review(emptyProgress(), 'entry:training-stability', 'good', T0);
    const status = dueStatus(p, bundle, at(MIN));
    assert.equal(status.due, 0);
    assert.equal(showDueCounter(status), true);
    assert.ok(status.nextDue && status.nextDue.getTime() > at(DAY).getTime());
  });

  it('ignores progress of content that is gone', () => {
    const p = review(emptyProgress(), 'entry:removed-entry', 'good', T0);
    const status = dueStatus(p, bundle, at(90 * DAY));
    assert.equal(status.due, 0);
    assert.equal(status.started, false);
  });

  it('waits until just after the next card falls due, within setTimeout limits', () => {
    assert.equal(refreshDelayMs(undefined, T0), undefined);
    assert.equal(refreshDelayMs(at(10 * MIN), T0), 10 * MIN + 1000);
    assert.equal(refreshDelayMs(at(-5 * MIN), T0), 1000, 'already past: count again soon, not in a busy loop');
    assert.equal(refreshDelayMs(at(400 * DAY), T0), MAX_TIMER_MS);
  });

  it('says durations in the largest sensible unit', () => {
    assert.deepEqual(timeSpan(0), { value: 1, unit: 'minute' });
    assert.deepEqual(timeSpan(10 * MIN), { value: 10, unit: 'minute' });
    assert.deepEqual(timeSpan(59 * MIN), { value: 59, unit: 'minute' });
    assert.deepEqual(timeSpan(59 * MIN + 45_000), { value: 1, unit: 'hour' });
    assert.deepEqual(timeSpan(3 * HOUR + 10 * MIN), { value: 3, unit: 'hour' });
    assert.deepEqual(timeSpan(23 * HOUR + 40 * MIN), { value: 1, unit: 'day' });
    assert.deepEqual(timeSpan(12 * DAY), { value: 12, unit: 'day' });
    assert.deepEqual(timeSpan(90 * DAY), { value: 3, unit: 'month' });
    assert.deepEqual(timeSpan(800 * DAY), { value: 2, unit: 'year' });
    assert.deepEqual(timeSpan(Number.NaN), { value: 1, unit: 'minute' });
  });

  it('splits a session length into minutes and seconds', () => {
    assert.deepEqual(minutesAndSeconds(133_400), { minutes: 2, seconds: 13 });
    assert.deepEqual(minutesAndSeconds(59_600), { minutes: 1, seconds: 0 });
    assert.deepEqual(minutesAndSeconds(-5), { minutes: 0, seconds: 0 });
    assert.deepEqual(minutesAndSeconds(2 * HOUR), { minutes: 120, seconds: 0 });
  });
});
