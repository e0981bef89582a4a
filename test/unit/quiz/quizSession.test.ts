import assert from 'node:assert/strict';
import { buildQuiz } from '../../../src/core/quiz/questionGenerator';
import type { QuizQuestion } from '../../../src/core/quiz/quizQuestion';
import {
  answerQuestion,
  currentQuestion,
  endQuizSession,
  isLastQuestion,
  nextQuestion,
  quizPosition,
  quizSessionResults,
  skipQuestion,
  startQuizSession,
  type QuizSession,
} from '../../../src/core/quiz/quizSession';
import { fixtureBundle } from './fixtures';

const T0 = new Date('2025-03-01T09:00:00Z');
const later = (s: number): Date => new Date(T0.getTime() + s * 1000);
const right = (q: QuizQuestion): number => q.options.findIndex((o) => o.correct);
const wrong = (q: QuizQuestion): number => q.options.findIndex((o) => !o.correct);

describe('quiz session', () => {
  const questions = buildQuiz({ bundle: fixtureBundle(), scope: { kind: 'all' }, length: 4, seed: 3 });
  const start = (): QuizSession => startQuizSession('quiz-1', questions, T0);

  it('asks the questions in order: answer, feedback, next', () => {
    let s = start();
    assert.equal(s.phase, 'question');
    assert.equal(currentQuestion(s), questions[0]);
    assert.deepEqual(quizPosition(s), { step: 1, total: 4 });
    s = answerQuestion(s, right(questions[0]));
    assert.equal(s.phase, 'feedback');
    assert.equal(s.feedback?.correct, true);
    assert.equal(s.feedback?.correctIndex, right(questions[0]));
    assert.equal(currentQuestion(s), questions[0], 'the feedback is about the question just answered');
    s = nextQuestion(s, later(10));
    assert.equal(s.phase, 'question');
    assert.equal(currentQuestion(s), questions[1]);
    assert.equal(s.feedback, undefined);
    s = answerQuestion(s, wrong(questions[1]));
    assert.equal(s.feedback?.correct, false);
    assert.equal(s.feedback?.chosenIndex, wrong(questions[1]));
  });

  it('ignores a second answer, an answer during feedback and out-of-range choices', () => {
    const s = start();
    for (const bad of [-1, 4, 1.5, Number.NaN]) assert.equal(answerQuestion(s, bad), s);
    const answered = answerQuestion(s, 0);
    assert.equal(answerQuestion(answered, 1), answered);
    assert.equal(skipQuestion(answered, later(1)), answered, 'no skipping once answered');
    assert.equal(nextQuestion(s, later(1)), s, 'no moving on before answering');
  });

  it('finishes after the last question, by answer or by skip', () => {
    let s = start();
    for (const q of questions.slice(0, 3)) s = nextQuestion(answerQuestion(s, right(q)), later(5));
    assert.equal(isLastQuestion(s), true);
    const byAnswer = nextQuestion(answerQuestion(s, right(questions[3])), later(60));
    assert.equal(byAnswer.phase, 'finished');
    assert.equal(byAnswer.endedEarly, false);
    assert.deepEqual(byAnswer.finishedAt, later(60));
    assert.equal(currentQuestion(byAnswer), undefined);
    const bySkip = skipQuestion(s, later(61));
    assert.equal(bySkip.phase, 'finished');
    assert.deepEqual(bySkip.skipped, [questions[3].id]);
    const results = quizSessionResults(bySkip);
    assert.equal(results.asked, 4);
    assert.equal(results.correct, 3);
    assert.equal(results.skipped, 1);
    assert.equal(results.durationMs, 61_000);
  });

  it('ending early keeps every answer and scores only the questions reached', () => {
    let s = start();
    s = nextQuestion(answerQuestion(s, right(questions[0])), later(5));
    s = skipQuestion(s, later(6));
    s = answerQuestion(s, wrong(questions[2]));
    // Esc while the feedback of question 3 is shown.
    const ended = endQuizSession(s, later(30));
    assert.equal(ended.phase, 'finished');
    assert.equal(ended.endedEarly, true);
    assert.equal(ended.answers.length, 2);
    const results = quizSessionResults(ended);
    assert.equal(results.asked, 3, 'question 4 was never shown');
    assert.equal(results.answered, 2);
    assert.equal(results.correct, 1);
    assert.equal(results.skipped, 1);
    assert.deepEqual(results.missed.map((q) => q.id), [questions[2].id]);
  });

  it('does not count the question left unanswered on screen', () => {
    let s = start();
    s = nextQuestion(answerQuestion(s, right(questions[0])), later(5));
    const ended = endQuizSession(s, later(9));
    assert.equal(quizSessionResults(ended).asked, 1);
    assert.equal(endQuizSession(ended, later(99)), ended, 'ending twice changes nothing');
  });

  it('an empty quiz is finished from the start', () => {
    const s = startQuizSession('quiz-2', [], T0);
    assert.equal(s.phase, 'finished');
    assert.equal(quizSessionResults(s).asked, 0);
    assert.equal(answerQuestion(s, 0), s);
  });

  it('reports a running session so far', () => {
    const s = answerQuestion(start(), right(questions[0]));
    const results = quizSessionResults(s, later(12));
    assert.equal(results.asked, 1);
    assert.equal(results.correct, 1);
    assert.equal(results.durationMs, 12_000);
  });
});
