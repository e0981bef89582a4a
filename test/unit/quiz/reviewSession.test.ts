import assert from 'node:assert/strict';
import {
  cardPrompt,
  currentCard,
  endReviewSession,
  newCardsToLearn,
  rateCard,
  revealAnswer,
  reviewPosition,
  reviewSummary,
  skipCard,
  startReviewSession,
} from '../../../src/core/quiz/reviewSession';
import { fixtureBundle } from './fixtures';

const T0 = new Date('2025-03-01T09:00:00Z');
const later = (s: number): Date => new Date(T0.getTime() + s * 1000);

describe('review session', () => {
  const cards = ['entry:training-stability', 'term:dropout', 'entry:training-memory'];

  it('shows the question, reveals the answer, takes a rating, moves on', () => {
    let s = startReviewSession('r1', 'due', cards, T0);
    assert.equal(currentCard(s), cards[0]);
    assert.equal(s.phase, 'question');
    assert.equal(rateCard(s, 'good', later(1)), s, 'no rating before the answer is shown');
    s = revealAnswer(s);
    assert.equal(s.phase, 'answer');
    s = rateCard(s, 'good', later(5));
    assert.equal(currentCard(s), cards[1]);
    assert.equal(s.phase, 'question');
    assert.deepEqual(reviewPosition(s), { step: 2, total: 3 });
    s = skipCard(s, later(6));
    s = rateCard(revealAnswer(s), 'again', later(20));
    assert.equal(s.phase, 'finished');
    assert.deepEqual(s.ratings, [
      { cardId: cards[0], rating: 'good' },
      { cardId: cards[2], rating: 'again' },
    ]);
    assert.deepEqual(s.skipped, [cards[1]]);
    assert.deepEqual(reviewSummary(s), { rated: 2, skipped: 1, byRating: { again: 1, hard: 0, good: 1, easy: 0 }, durationMs: 20_000 });
  });

  it('ends early keeping the ratings, and an empty review is finished at once', () => {
    const s = rateCard(revealAnswer(startReviewSession('r2', 'new', cards, T0)), 'easy', later(3));
    const ended = endReviewSession(s, later(4));
    assert.equal(ended.phase, 'finished');
    assert.equal(ended.ratings.length, 1);
    assert.equal(endReviewSession(ended, later(9)), ended);
    assert.equal(startReviewSession('r3', 'due', [], T0).phase, 'finished');
    assert.deepEqual(startReviewSession('r4', 'due', ['entry:a', 'entry:a'], T0).cards, ['entry:a']);
  });

  it('asks an entry its interview question and a term what it is, in both languages', () => {
    const bundle = fixtureBundle();
    assert.deepEqual(cardPrompt('entry:training-stability', bundle), bundle.entries[0].question);
    assert.deepEqual(cardPrompt('term:dropout', bundle), { zh: '「随机失活」是什么？', en: 'What is Dropout?' });
    assert.equal(cardPrompt('entry:gone', bundle), undefined);
    assert.equal(cardPrompt('nonsense', bundle), undefined);
  });

  it('learns favourites first, then recently viewed, then the rest in content order', () => {
    const fresh = ['entry:a', 'entry:b', 'entry:c', 'term:x', 'term:y'];
    assert.deepEqual(newCardsToLearn(fresh, { favourites: ['c'], recent: ['b', 'c', 'reviewed-already'] }, 4), ['entry:c', 'entry:b', 'entry:a', 'term:x']);
    assert.deepEqual(newCardsToLearn(fresh, { favourites: [], recent: [] }, 0), []);
    assert.deepEqual(newCardsToLearn(fresh, { favourites: [], recent: [] }, 99), fresh);
  });
});
