import assert from 'node:assert/strict';
import { buildQuiz } from '../../../src/core/quiz/questionGenerator';
import type { QuizQuestion } from '../../../src/core/quiz/quizQuestion';
import { isCorrectAnswer, sessionResults } from '../../../src/core/quiz/sessionResults';
import { fixtureBundle } from './fixtures';

const rightIndex = (q: QuizQuestion): number => q.options.findIndex((o) => o.correct);
const wrongIndex = (q: QuizQuestion): number => q.options.findIndex((o) => !o.correct);

describe('sessionResults', () => {
  const questions = buildQuiz({ bundle: fixtureBundle(), scope: { kind: 'all' }, length: 6, seed: 9 });
  const startedAt = new Date('2025-03-01T09:00:00Z');
  const finishedAt = new Date('2025-03-01T09:04:30Z');

  it('scores a session: right, wrong and skipped answers, duration, missed questions', () => {
    const [q1, q2, q3, q4] = questions;
    const results = sessionResults({
      questions,
      answers: [
        { questionId: q1.id, chosenIndex: rightIndex(q1) },
        { questionId: q2.id, chosenIndex: wrongIndex(q2) },
        { questionId: q3.id, chosenIndex: rightIndex(q3) },
        { questionId: q4.id, chosenIndex: rightIndex(q4) },
        { questionId: q2.id, chosenIndex: rightIndex(q2) }, // a second try does not count
        { questionId: 'not-in-quiz', chosenIndex: 0 },
      ],
      startedAt,
      finishedAt,
    });
    assert.equal(results.asked, 6);
    assert.equal(results.answered, 4);
    assert.equal(results.correct, 3);
    assert.equal(results.skipped, 2);
    assert.equal(results.score, 3 / 6);
    assert.equal(results.accuracy, 3 / 4);
    assert.equal(results.durationMs, 270_000);
    assert.deepEqual(results.missed.map((q) => q.id), [q2.id]);
  });

  it('breaks accuracy down by topic, in order of first appearance', () => {
    const answers = questions.map((q, i) => ({ questionId: q.id, chosenIndex: i % 2 ? wrongIndex(q) : rightIndex(q) }));
    const results = sessionResults({ questions, answers, startedAt, finishedAt });
    assert.deepEqual(results.byTopic.map((t) => t.topicId), [...new Set(questions.map((q) => q.topicId))]);
    for (const topic of results.byTopic) {
      const inTopic = questions.map((q, i) => ({ q, i })).filter(({ q }) => q.topicId === topic.topicId);
      assert.equal(topic.asked, inTopic.length);
      assert.equal(topic.correct, inTopic.filter(({ i }) => i % 2 === 0).length);
      assert.equal(topic.accuracy, topic.correct / topic.answered);
    }
    assert.equal(results.byTopic.reduce((n, t) => n + t.asked, 0), questions.length);
  });

  it('handles an empty or unanswered quiz without dividing by zero', () => {
    const none = sessionResults({ questions: [], answers: [], startedAt, finishedAt: startedAt });
    assert.equal(none.score, 0);
    assert.equal(none.accuracy, null);
    const skipped = sessionResults({ questions, answers: [], startedAt, finishedAt });
    assert.equal(skipped.accuracy, null);
    assert.ok(skipped.byTopic.every((t) => t.accuracy === null));
  });

  it('treats an out-of-range option index as wrong', () => {
    assert.equal(isCorrectAnswer(questions[0], 99), false);
    assert.equal(isCorrectAnswer(questions[0], rightIndex(questions[0])), true);
  });
});
