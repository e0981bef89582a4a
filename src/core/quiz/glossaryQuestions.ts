// Questions generated from the glossary, so every term is quizzable even without curated items:
// "which term does this definition describe?" and "which of these defines <term>?".
import type { Bilingual, Term } from '../knowledge/model';
import { termCardId } from './cardIds';
import { maskedDefinition } from './definitionMask';
import { allDistinct, normalizeOptionText } from './optionRules';
import type { QuestionOption, QuestionSource, QuizQuestion } from './quizQuestion';
import { createSeededRandom } from './seededRandom';

export const OPTIONS_PER_QUESTION = 4;

type GlossarySource = Exclude<QuestionSource, 'curated'>;
export const GLOSSARY_SOURCES: readonly GlossarySource[] = ['definition-to-term', 'term-to-definition'];

export const glossaryQuestionId = (source: GlossarySource, termId: string): string => `${source}:${termId}`;

/** Every name a term goes by, normalised; two terms sharing one would make both options right. */
const namesOf = (term: Term): Set<string> =>
  new Set([term.term.en, term.term.zh, ...term.aliases].map(normalizeOptionText).filter((n) => n.length > 0));

function prompt(source: GlossarySource, term: Term, definition: Bilingual): Bilingual {
  return source === 'definition-to-term'
    ? { zh: `下面的定义描述的是哪个术语？\n\n${definition.zh}`, en: `Which term does this definition describe?\n\n${definition.en}` }
    : { zh: `哪一项是「${term.term.zh}」的定义？`, en: `Which of these is the definition of "${term.term.en}"?` };
}

function explanation(term: Term): Bilingual {
  const zhName = term.term.zh === term.term.en ? term.term.zh : `${term.term.zh}（${term.term.en}）`;
  return {
    zh: `${zhName}：${term.definition.zh}\n\n参考：${term.reference.text}`,
    en: `${term.term.en}: ${term.definition.en}\n\nReference: ${term.reference.text}`,
  };
}

/**
 * Distractors come from the term's own topic, where they are plausible; only when the topic has too
 * few usable terms do other topics fill in. A candidate is skipped when it shares a name with the
 * answer or its option text repeats one already chosen.
 */
function chooseDistractors(
  term: Term,
  terms: readonly Term[],
  optionText: (t: Term) => Bilingual,
  seed: string,
): Term[] | undefined {
  const random = createSeededRandom(seed);
  const others = terms.filter((t) => t.id !== term.id);
  const candidates = [
    ...random.shuffle(others.filter((t) => t.topic === term.topic)),
    ...random.shuffle(others.filter((t) => t.topic !== term.topic)),
  ];
  const answerNames = namesOf(term);
  const chosen: Term[] = [];
  for (const candidate of candidates) {
    if (chosen.length === OPTIONS_PER_QUESTION - 1) break;
    if ([...namesOf(candidate)].some((n) => answerNames.has(n))) continue;
    if (!allDistinct([term, ...chosen, candidate].map(optionText))) continue;
    chosen.push(candidate);
  }
  return chosen.length === OPTIONS_PER_QUESTION - 1 ? chosen : undefined;
}

/**
 * One generated question about `term`, options in answer-first order (the quiz builder shuffles
 * them), or undefined when the glossary has too few distinct terms to make four options.
 */
export function glossaryQuestion(source: GlossarySource, term: Term, terms: readonly Term[], seed: number | string): QuizQuestion | undefined {
  const id = glossaryQuestionId(source, term.id);
  const optionText = source === 'definition-to-term' ? (t: Term): Bilingual => t.term : maskedDefinition;
  const distractors = chooseDistractors(term, terms, optionText, `${seed}:distractors:${id}`);
  if (!distractors) return undefined;
  const options: QuestionOption[] = [
    { text: { ...optionText(term) }, correct: true },
    ...distractors.map((t) => ({ text: { ...optionText(t) }, correct: false })),
  ];
  return {
    id,
    cardId: termCardId(term.id),
    owner: { kind: 'term', id: term.id },
    prompt: prompt(source, term, maskedDefinition(term)),
    options,
    explanation: explanation(term),
    topicId: term.topic,
    source,
  };
}
