// What a quiz asks: one multiple-choice question, ready to show in either language.
import type { Bilingual, Lang } from '../knowledge/model';
import type { CardKind } from './cardIds';

export type QuestionSource = 'curated' | 'definition-to-term' | 'term-to-definition';

export interface QuestionOption {
  text: Bilingual;
  correct: boolean;
}

export interface QuizQuestion {
  /** Stable across builds: the curated quiz item id, or `<source>:<term id>` for generated ones. */
  id: string;
  /** The card an answer reviews (`entry:<id>` or `term:<id>`). */
  cardId: string;
  owner: { kind: CardKind; id: string };
  prompt: Bilingual;
  /** Shuffled; exactly one is correct and no two share a text in either language. */
  options: QuestionOption[];
  explanation: Bilingual;
  topicId: string;
  source: QuestionSource;
  /** As QuizItem.untranslated: this language shows the other language's text. */
  untranslated?: Lang;
}

/** Which questions a quiz draws from. */
export type QuizScope =
  | { kind: 'due' }
  | { kind: 'all' }
  | { kind: 'topic'; topicId: string }
  | { kind: 'terms' }
  | { kind: 'favourites'; entryIds: readonly string[] }
  /** Named cards (`entry:<id>` / `term:<id>`), e.g. "quiz me on this" from a page or a hover. */
  | { kind: 'cards'; cardIds: readonly string[] };
