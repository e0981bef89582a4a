import assert from 'node:assert/strict';
import { emptyProgress } from '../../../src/core/quiz/progressState';
import { ratingPreview } from '../../../src/core/quiz/ratingPreview';
import { createScheduler } from '../../../src/core/quiz/scheduler';

const T0 = new Date('2025-03-01T09:00:00.000Z');
const MIN = 60_000;
const DAY = 86_400_000;

describe('ratingPreview', () => {
  const scheduler = createScheduler({ enableFuzz: false });

  it('shows later due times for better ratings, without changing the progress', () => {
    let progress = emptyProgress();
    progress = scheduler.review(progress, 'entry:a', 'good', T0, { id: 'r1' }).progress;
    const before = JSON.stringify(progress);
    const now = new Date(T0.getTime() + 10 * DAY);
    const due = ratingPreview(scheduler, progress, 'entry:a', now);
    assert.ok(due.again < due.hard && due.hard < due.good && due.good < due.easy, JSON.stringify(due));
    assert.ok(due.again.getTime() - now.getTime() <= 10 * MIN, 'Again comes back in the same sitting');
    assert.equal(JSON.stringify(progress), before);
  });

  it('previews a card never seen', () => {
    const due = ratingPreview(scheduler, emptyProgress(), 'term:x', T0);
    assert.ok(due.good.getTime() - T0.getTime() >= DAY, 'a right first answer graduates to days');
  });
});
