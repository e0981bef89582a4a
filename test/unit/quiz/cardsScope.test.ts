import assert from 'node:assert/strict';
import { buildQuiz } from '../../../src/core/quiz/questionGenerator';
import { fixtureBundle } from './fixtures';

describe('buildQuiz with a cards scope ("quiz me on this")', () => {
  const bundle = fixtureBundle();

  it('asks only about the named entry: its curated items', () => {
    const quiz = buildQuiz({ bundle, scope: { kind: 'cards', cardIds: ['entry:training-stability'] }, length: 5, seed: 1 });
    assert.deepEqual(quiz.map((q) => q.id).sort(), ['training-stability-q1', 'training-stability-q2']);
  });

  it('asks about a term with its curated item and both generated questions', () => {
    const quiz = buildQuiz({ bundle, scope: { kind: 'cards', cardIds: ['term:gradient-clipping'] }, length: 5, seed: 1 });
    assert.deepEqual(quiz.map((q) => q.source).sort(), ['curated', 'definition-to-term', 'term-to-definition']);
    assert.ok(quiz.every((q) => q.cardId === 'term:gradient-clipping'));
  });

  it('asks nothing about unknown cards', () => {
    assert.deepEqual(buildQuiz({ bundle, scope: { kind: 'cards', cardIds: ['entry:nope'] }, length: 5, seed: 1 }), []);
  });
});
