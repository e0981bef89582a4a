// Curated quiz items from the content, as quiz questions of their owner's card.
import type { ContentBundle, QuizItem } from '../knowledge/model';
import { cardIdOf, cardTopics } from './cardIds';
import { optionsAreValid } from './optionRules';
import type { QuizQuestion } from './quizQuestion';

/**
 * Every curated item whose owner exists and whose options obey the option rules. The build already
 * enforces both for shipped content; content packs are checked more loosely, so a broken item is
 * skipped here rather than shown with two right answers.
 */
export function curatedQuestions(bundle: ContentBundle): QuizQuestion[] {
  const topicOf = cardTopics(bundle);
  const questions: QuizQuestion[] = [];
  for (const item of bundle.quiz) {
    const cardId = cardIdOf(item.owner);
    const topicId = topicOf.get(cardId);
    if (topicId === undefined || !optionsAreValid(item.options)) continue;
    questions.push(fromItem(item, cardId, topicId));
  }
  return questions;
}

function fromItem(item: QuizItem, cardId: string, topicId: string): QuizQuestion {
  const question: QuizQuestion = {
    id: item.id,
    cardId,
    owner: { ...item.owner },
    prompt: { ...item.question },
    options: item.options.map((o) => ({ text: { ...o.text }, correct: o.correct })),
    explanation: { ...item.explanation },
    topicId,
    source: 'curated',
  };
  if (item.untranslated) question.untranslated = item.untranslated;
  return question;
}
