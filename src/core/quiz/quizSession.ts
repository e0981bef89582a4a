// One quiz, step by step: ask a question, take an answer (or a skip), show the feedback, move on,
// until the last question or until the learner stops. The state is immutable and every transition
// is a plain function, so the VS Code glue only draws what the state says and records each answer
// as it is given (ending early loses nothing).
import type { QuizQuestion } from './quizQuestion';
import { isCorrectAnswer, sessionResults, type SessionAnswer, type SessionResults } from './sessionResults';

export type QuizPhase = 'question' | 'feedback' | 'finished';

export interface AnswerFeedback {
  question: QuizQuestion;
  chosenIndex: number;
  correct: boolean;
  /** Index of the right option in the question's (shuffled) options. */
  correctIndex: number;
}

export interface QuizSession {
  readonly id: string;
  readonly questions: readonly QuizQuestion[];
  /** The question being asked, or whose feedback is shown. */
  readonly index: number;
  readonly phase: QuizPhase;
  readonly answers: readonly SessionAnswer[];
  /** Ids of skipped questions, in order. */
  readonly skipped: readonly string[];
  /** Set in the feedback phase. */
  readonly feedback?: AnswerFeedback;
  readonly startedAt: Date;
  /** Set once finished. */
  readonly finishedAt?: Date;
  /** True when the learner stopped before the last question. */
  readonly endedEarly: boolean;
  /** How many questions were put to the learner (all of them unless the quiz ended early). */
  readonly reached: number;
}

export function startQuizSession(id: string, questions: readonly QuizQuestion[], now: Date): QuizSession {
  const session: QuizSession = { id, questions: [...questions], index: 0, phase: 'question', answers: [], skipped: [], startedAt: now, endedEarly: false, reached: 0 };
  return questions.length === 0 ? { ...session, phase: 'finished', finishedAt: now } : session;
}

/** The question on screen (asked or in feedback), undefined once finished. */
export function currentQuestion(session: QuizSession): QuizQuestion | undefined {
  return session.phase === 'finished' ? undefined : session.questions[session.index];
}

/** 1-based position for a step counter. */
export function quizPosition(session: QuizSession): { step: number; total: number } {
  return { step: Math.min(session.index + 1, session.questions.length), total: session.questions.length };
}

export const isLastQuestion = (session: QuizSession): boolean => session.index >= session.questions.length - 1;

/**
 * Takes the answer to the current question and shows its feedback. Anything else (a second answer,
 * an answer during feedback, an index out of range) leaves the session as it is.
 */
export function answerQuestion(session: QuizSession, chosenIndex: number): QuizSession {
  const question = currentQuestion(session);
  if (!question || session.phase !== 'question') return session;
  if (!Number.isInteger(chosenIndex) || chosenIndex < 0 || chosenIndex >= question.options.length) return session;
  const feedback: AnswerFeedback = {
    question,
    chosenIndex,
    correct: isCorrectAnswer(question, chosenIndex),
    correctIndex: question.options.findIndex((o) => o.correct),
  };
  return { ...session, phase: 'feedback', feedback, answers: [...session.answers, { questionId: question.id, chosenIndex }] };
}

function moveOn(session: QuizSession, now: Date): QuizSession {
  const rest = { ...session, feedback: undefined };
  if (isLastQuestion(session)) return { ...rest, phase: 'finished', finishedAt: now, reached: session.questions.length };
  return { ...rest, phase: 'question', index: session.index + 1 };
}

/** Skips the question being asked; after the last one the quiz is finished. */
export function skipQuestion(session: QuizSession, now: Date): QuizSession {
  const question = currentQuestion(session);
  if (!question || session.phase !== 'question') return session;
  return moveOn({ ...session, skipped: [...session.skipped, question.id] }, now);
}

/** From the feedback to the next question (or the end). */
export function nextQuestion(session: QuizSession, now: Date): QuizSession {
  return session.phase === 'feedback' ? moveOn(session, now) : session;
}

/**
 * Ends the quiz where it is (Esc); answers given so far stay. The results then cover the questions
 * the learner got to: the one left unanswered on screen and those never shown do not count.
 */
export function endQuizSession(session: QuizSession, now: Date): QuizSession {
  if (session.phase === 'finished') return session;
  const reached = session.phase === 'question' ? session.index : session.index + 1;
  return { ...session, phase: 'finished', feedback: undefined, finishedAt: now, endedEarly: reached < session.questions.length, reached };
}

/** The results of a finished session (or of a running one so far, timed up to `now`). */
export function quizSessionResults(session: QuizSession, now: Date = session.finishedAt ?? session.startedAt): SessionResults {
  const reached = session.phase === 'finished' ? session.reached : session.phase === 'feedback' ? session.index + 1 : session.index;
  return sessionResults({
    questions: session.questions.slice(0, reached),
    answers: session.answers,
    startedAt: session.startedAt,
    finishedAt: session.finishedAt ?? now,
  });
}
