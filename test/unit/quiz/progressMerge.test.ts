import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergeImported, mergeProgress } from '../../../src/core/quiz/progressMerge';
import { emptyProgress, resetProgress, type Progress, type ReviewRating } from '../../../src/core/quiz/progressState';
import { createReviewRecordIds } from '../../../src/core/quiz/reviewRecordIds';
import { createScheduler } from '../../../src/core/quiz/scheduler';

const scheduler = createScheduler({ enableFuzz: false });
const T0 = Date.parse('2025-03-01T09:00:00.000Z');
const MIN = 60_000;

type Answer = [cardId: string, rating: ReviewRating, minute: number];

function answer(p: Progress, ids: (at: Date) => string, answers: Answer[]): Progress {
  for (const [cardId, rating, minute] of answers) {
    const at = new Date(T0 + minute * MIN);
    p = scheduler.review(p, cardId, rating, at, { id: ids(at) }).progress;
  }
  return p;
}

describe('mergeProgress', () => {
  it('loses no review when two windows answered at the same time', () => {
    const shared = answer(emptyProgress(), createReviewRecordIds('w0'), [['entry:a', 'good', 0]]);
    const left = answer(shared, createReviewRecordIds('w1'), [['entry:a', 'again', 3000], ['term:b', 'good', 3000]]);
    const right = answer(shared, createReviewRecordIds('w2'), [['entry:a', 'good', 3000], ['term:c', 'hard', 3001]]);
    const merged = mergeProgress(left, right, scheduler);
    assert.equal(merged.log.length, 5);
    assert.deepEqual(new Set(merged.log.map((r) => r.id)), new Set([...left.log, ...right.log].map((r) => r.id)));
    assert.deepEqual(merged.cards, scheduler.replay(merged.log), 'cards are the merged log replayed');
    assert.equal(merged.cards['entry:a'].reps, 3, 'both answers to entry:a count');
    assert.deepEqual(mergeProgress(right, left, scheduler), merged, 'order of arguments does not matter');
    assert.deepEqual(mergeProgress(merged, left, scheduler), merged, 'merging again changes nothing');
  });

  it('gives the same result as if all answers had been made in one window (property)', () => {
    const answers = fc.array(
      fc.tuple(fc.constantFrom('entry:a', 'entry:b', 'term:c'), fc.constantFrom<ReviewRating>('again', 'hard', 'good', 'easy'), fc.integer({ min: 0, max: 60 * 24 * 60 })),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(answers, answers, (a, b) => {
        const left = answer(emptyProgress(), createReviewRecordIds('L'), a);
        const right = answer(emptyProgress(), createReviewRecordIds('R'), b);
        const merged = mergeProgress(left, right, scheduler);
        assert.equal(merged.log.length, a.length + b.length);
        assert.deepEqual(merged, mergeProgress(right, left, scheduler));
        assert.deepEqual(merged.cards, scheduler.rebuild({ ...emptyProgress(), log: [...left.log, ...right.log] }).cards);
      }),
      { numRuns: 60 },
    );
  });

  it('does not bring back reviews erased by a reset in another window', () => {
    const before = answer(emptyProgress(), createReviewRecordIds('w1'), [['entry:a', 'good', 0], ['term:b', 'good', 1]]);
    const reset = resetProgress(new Date(T0 + 10 * MIN), 'w2-reset');
    // The other window has not seen the reset and answers once more after it.
    const stale = answer(before, createReviewRecordIds('w1'), [['term:c', 'again', 20]]);
    for (const merged of [mergeProgress(reset, stale, scheduler), mergeProgress(stale, reset, scheduler)]) {
      assert.deepEqual(merged.epoch, reset.epoch);
      assert.deepEqual(merged.log.map((r) => r.cardId), ['term:c'], 'only the answer after the reset survives');
      assert.deepEqual(Object.keys(merged.cards), ['term:c']);
    }
  });
});

describe('mergeImported', () => {
  it('adds an imported history, even one older than a reset, and keeps the current epoch', () => {
    const backup = answer(emptyProgress(), createReviewRecordIds('old'), [['entry:a', 'good', 0]]);
    const current = answer(resetProgress(new Date(T0 + 5 * MIN), 'reset'), createReviewRecordIds('new'), [['term:b', 'good', 10]]);
    const merged = mergeImported(current, backup, scheduler);
    assert.deepEqual(merged.epoch, current.epoch);
    assert.deepEqual(merged.log.map((r) => r.cardId), ['entry:a', 'term:b']);
    // A window still holding the pre-import state merges without undoing the import.
    assert.deepEqual(mergeProgress(merged, current, scheduler), merged);
  });
});
