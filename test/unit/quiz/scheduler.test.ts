import assert from 'node:assert/strict';
import { dueCards, nextDueAt } from '../../../src/core/quiz/dueCards';
import { mastery, masteryByTopic, MASTERED_STABILITY_DAYS } from '../../../src/core/quiz/mastery';
import { emptyProgress, type Progress, type ReviewRating } from '../../../src/core/quiz/progressState';
import { createReviewRecordIds } from '../../../src/core/quiz/reviewRecordIds';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS, quizRating, RETENTION_RANGE } from '../../../src/core/quiz/scheduler';
import { fixtureBundle } from './fixtures';

const T0 = new Date('2025-03-01T09:00:00.000Z');
const MIN = 60_000;
const DAY = 86_400_000;
const at = (ms: number): Date => new Date(T0.getTime() + ms);

describe('scheduler', () => {
  const scheduler = createScheduler({ enableFuzz: false });
  const nextId = createReviewRecordIds('test');
  const review = (p: Progress, cardId: string, rating: ReviewRating, when: Date): Progress =>
    scheduler.review(p, cardId, rating, when, { id: nextId(when) }).progress;

  it('a card answered Good leaves the due list for days', () => {
    const cards = ['entry:a', 'entry:b'];
    let p = review(emptyProgress(), 'entry:a', 'good', T0);
    p = review(p, 'entry:b', 'good', T0);
    assert.deepEqual(dueCards(p, cards, at(MIN)).due, []);
    assert.deepEqual(dueCards(p, cards, at(1 * DAY)).due, []);
    assert.deepEqual(dueCards(p, cards, at(30 * DAY)).due, cards);
    assert.equal(p.cards['entry:a'].state, 'Review');
  });

  it('a card answered Again comes back within the hour', () => {
    const p = review(emptyProgress(), 'entry:a', 'again', T0);
    const card = p.cards['entry:a'];
    assert.equal(card.state, 'Learning');
    const dueIn = Date.parse(card.due) - T0.getTime();
    assert.ok(dueIn > 0 && dueIn <= 60 * MIN, `due in ${dueIn / MIN} minutes`);
    assert.deepEqual(dueCards(p, ['entry:a'], at(dueIn)).due, ['entry:a']);
  });

  it('a lapse in review sends the card back soon and counts the lapse', () => {
    let p = review(emptyProgress(), 'term:x', 'good', T0);
    const due = Date.parse(p.cards['term:x'].due);
    p = review(p, 'term:x', 'again', new Date(due));
    assert.equal(p.cards['term:x'].state, 'Relearning');
    assert.equal(p.cards['term:x'].lapses, 1);
    assert.ok(Date.parse(p.cards['term:x'].due) - due <= 60 * MIN);
  });

  it('intervals grow with successive Good answers', () => {
    let p = emptyProgress();
    let when = T0;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      p = review(p, 'entry:a', 'good', when);
      const due = new Date(p.cards['entry:a'].due);
      intervals.push(due.getTime() - when.getTime());
      when = due;
    }
    for (let i = 1; i < intervals.length; i++) assert.ok(intervals[i] > intervals[i - 1], intervals.map((x) => x / DAY).join(', '));
  });

  it('a higher target retention schedules sooner', () => {
    const strict = createScheduler({ enableFuzz: false, requestRetention: 0.95 });
    const lax = createScheduler({ enableFuzz: false, requestRetention: 0.8 });
    const dueWith = (s: typeof strict): number => {
      let p = s.review(emptyProgress(), 'entry:a', 'good', T0, { id: 'a' }).progress;
      p = s.review(p, 'entry:a', 'good', new Date(p.cards['entry:a'].due), { id: 'b' }).progress;
      return Date.parse(p.cards['entry:a'].due);
    };
    assert.ok(dueWith(strict) < dueWith(lax));
  });

  it('clamps the target retention into the offered range', () => {
    assert.equal(createScheduler({ requestRetention: 1.5 }).settings.requestRetention, RETENTION_RANGE.max);
    assert.equal(createScheduler({ requestRetention: 0.1 }).settings.requestRetention, RETENTION_RANGE.min);
    assert.equal(createScheduler({ requestRetention: Number.NaN }).settings.requestRetention, DEFAULT_SCHEDULER_SETTINGS.requestRetention);
  });

  it('quiz answers feed the same schedule: wrong is Again, right is Good', () => {
    assert.equal(quizRating(true), 'good');
    assert.equal(quizRating(false), 'again');
    const question = { cardId: 'term:dropout' };
    const right = scheduler.answerQuestion(emptyProgress(), question, true, T0, { id: 'q1', sessionId: 's1' });
    assert.deepEqual(right.record, { id: 'q1', cardId: 'term:dropout', rating: 'good', at: T0.toISOString(), source: 'quiz', correct: true, sessionId: 's1' });
    const viaReview = scheduler.review(emptyProgress(), 'term:dropout', 'good', T0, { id: 'r1' });
    assert.deepEqual(right.card, viaReview.card);
    const wrong = scheduler.answerQuestion(right.progress, question, false, at(3 * DAY), { id: 'q2' });
    assert.equal(wrong.record.rating, 'again');
    assert.equal(wrong.progress.log.length, 2);
  });

  it('does not change the progress it is given', () => {
    const before = review(emptyProgress(), 'entry:a', 'good', T0);
    const snapshot = JSON.stringify(before);
    review(before, 'entry:a', 'again', at(DAY));
    assert.equal(JSON.stringify(before), snapshot);
  });

  it('keeps cards equal to a replay of the log, even when a clock puts an answer in the past', () => {
    let p = review(emptyProgress(), 'entry:a', 'good', at(5 * DAY));
    p = review(p, 'entry:a', 'again', T0); // another window's clock was behind
    p = review(p, 'entry:b', 'hard', at(DAY));
    assert.deepEqual(p.cards, scheduler.replay(p.log));
    assert.deepEqual(p.log.map((r) => r.at), [...p.log.map((r) => r.at)].sort());
  });

  it('replaces a record whose id is reused, keeping cards equal to the replay', () => {
    const first = scheduler.review(emptyProgress(), 'entry:a', 'good', T0, { id: 'same' }).progress;
    const second = scheduler.review(first, 'entry:b', 'again', at(MIN), { id: 'same' }).progress;
    assert.deepEqual(second.log.map((r) => r.cardId), ['entry:b']);
    assert.deepEqual(second.cards, scheduler.replay(second.log));
  });

  it('rejects a malformed card id instead of storing it', () => {
    assert.throws(() => scheduler.review(emptyProgress(), 'dropout', 'good', T0, { id: 'x' }), /not a card id/);
  });

  it('record ids from one generator never repeat, even within a millisecond', () => {
    const ids = createReviewRecordIds('dev');
    assert.notEqual(ids(T0), ids(T0));
    assert.match(ids(T0), /^dev-1740819600000-\d+$/);
  });
});

describe('dueCards', () => {
  const scheduler = createScheduler({ enableFuzz: false });

  it('counts never-reviewed cards as new, not due, and ignores cards of removed content', () => {
    let p = scheduler.review(emptyProgress(), 'entry:a', 'again', T0, { id: '1' }).progress;
    p = scheduler.review(p, 'entry:gone', 'again', T0, { id: '2' }).progress;
    const result = dueCards(p, ['entry:a', 'entry:b', 'term:c'], at(DAY));
    assert.deepEqual(result, { due: ['entry:a'], newCards: ['entry:b', 'term:c'] });
  });

  it('lists the most overdue card first', () => {
    let p = scheduler.review(emptyProgress(), 'entry:late', 'again', T0, { id: '1' }).progress;
    p = scheduler.review(p, 'entry:later', 'again', at(5 * MIN), { id: '2' }).progress;
    p = scheduler.review(p, 'entry:early', 'again', at(-5 * MIN), { id: '3' }).progress;
    assert.deepEqual(dueCards(p, ['entry:late', 'entry:later', 'entry:early'], at(DAY)).due, ['entry:early', 'entry:late', 'entry:later']);
  });

  it('tells when the next card falls due', () => {
    const p = scheduler.review(emptyProgress(), 'entry:a', 'again', T0, { id: '1' }).progress;
    assert.equal(nextDueAt(p, ['entry:a'], T0)?.toISOString(), p.cards['entry:a'].due);
    assert.equal(nextDueAt(p, ['entry:a'], at(DAY)), undefined, 'already due: nothing later');
    assert.equal(nextDueAt(emptyProgress(), ['entry:a'], T0), undefined);
  });
});

describe('mastery', () => {
  const scheduler = createScheduler({ enableFuzz: false });

  it('goes new → learning → review → mastered', () => {
    assert.equal(mastery(undefined), 'new');
    let p = scheduler.review(emptyProgress(), 'entry:a', 'again', T0, { id: '0' }).progress;
    assert.equal(mastery(p.cards['entry:a']), 'learning');
    let when = new Date(p.cards['entry:a'].due);
    const levels = new Set<string>();
    for (let i = 1; i < 10; i++) {
      p = scheduler.review(p, 'entry:a', 'good', when, { id: String(i) }).progress;
      levels.add(mastery(p.cards['entry:a']));
      when = new Date(p.cards['entry:a'].due);
    }
    assert.ok(levels.has('review') && levels.has('mastered'), [...levels].join(','));
    assert.ok(p.cards['entry:a'].stability >= MASTERED_STABILITY_DAYS);
  });

  it('counts levels per topic in topic order', () => {
    const bundle = fixtureBundle();
    let p = scheduler.review(emptyProgress(), 'term:dropout', 'good', T0, { id: '1' }).progress;
    p = scheduler.review(p, 'entry:prompt-attacks', 'again', T0, { id: '2' }).progress;
    const byTopic = masteryByTopic(p, bundle);
    assert.deepEqual(byTopic.map((t) => t.topicId), ['training', 'efficiency', 'safety']);
    assert.deepEqual(byTopic[0], { topicId: 'training', new: 5, learning: 0, review: 1, mastered: 0, total: 6 });
    assert.deepEqual(byTopic[2], { topicId: 'safety', new: 2, learning: 1, review: 0, mastered: 0, total: 3 });
  });
});
