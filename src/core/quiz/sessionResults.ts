// The outcome of one quiz session, for the results screen: score, time taken, accuracy per topic
// and the questions answered wrongly (to show their explanations again).
import type { QuizQuestion } from './quizQuestion';

export interface SessionAnswer {
  questionId: string;
  /** Index into the question's (shuffled) options. */
  chosenIndex: number;
}

export interface SessionInput {
  questions: readonly QuizQuestion[];
  /** Answers in the order given; a question without an answer was skipped. */
  answers: readonly SessionAnswer[];
  startedAt: Date;
  finishedAt: Date;
}

export interface TopicAccuracy {
  topicId: string;
  asked: number;
  answered: number;
  correct: number;
  /** correct / answered, or null when nothing in the topic was answered. */
  accuracy: number | null;
}

export interface SessionResults {
  asked: number;
  answered: number;
  correct: number;
  skipped: number;
  /** correct / asked (skips count against it), 0 for an empty quiz. */
  score: number;
  /** correct / answered, or null when nothing was answered. */
  accuracy: number | null;
  durationMs: number;
  /** In order of first appearance in the quiz. */
  byTopic: TopicAccuracy[];
  /** Questions answered wrongly, in quiz order. */
  missed: QuizQuestion[];
}

export const isCorrectAnswer = (question: QuizQuestion, chosenIndex: number): boolean => question.options[chosenIndex]?.correct === true;

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

export function sessionResults({ questions, answers, startedAt, finishedAt }: SessionInput): SessionResults {
  // The first answer to a question counts; a changed mind after seeing the feedback does not.
  const chosen = new Map<string, number>();
  for (const a of answers) if (!chosen.has(a.questionId)) chosen.set(a.questionId, a.chosenIndex);

  const byTopic = new Map<string, TopicAccuracy>();
  const missed: QuizQuestion[] = [];
  let answered = 0;
  let correct = 0;
  for (const q of questions) {
    const topic = byTopic.get(q.topicId) ?? { topicId: q.topicId, asked: 0, answered: 0, correct: 0, accuracy: null };
    byTopic.set(q.topicId, topic);
    topic.asked++;
    const index = chosen.get(q.id);
    if (index === undefined) continue;
    answered++;
    topic.answered++;
    if (isCorrectAnswer(q, index)) {
      correct++;
      topic.correct++;
    } else missed.push(q);
  }
  for (const topic of byTopic.values()) topic.accuracy = ratio(topic.correct, topic.answered);

  return {
    asked: questions.length,
    answered,
    correct,
    skipped: questions.length - answered,
    score: ratio(correct, questions.length) ?? 0,
    accuracy: ratio(correct, answered),
    durationMs: Math.max(0, finishedAt.getTime() - startedAt.getTime()),
    byTopic: [...byTopic.values()],
    missed,
  };
}
