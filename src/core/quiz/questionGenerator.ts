// Builds a quiz: picks questions for a scope, spread over as many cards as possible, and shuffles
// their options, all decided by the seed so the same seed gives the same quiz.
import type { ContentBundle } from '../knowledge/model';
import { entryCardId, parseCardId, termCardId } from './cardIds';
import { curatedQuestions } from './curatedQuestions';
import { GLOSSARY_SOURCES, glossaryQuestion } from './glossaryQuestions';
import type { QuizQuestion, QuizScope } from './quizQuestion';
import { createSeededRandom } from './seededRandom';

export interface BuildQuizInput {
  bundle: ContentBundle;
  scope: QuizScope;
  /** At most this many questions; fewer when the scope has fewer. */
  length: number;
  seed: number | string;
  /** For scope `due`: the due card ids, most urgent first (as `dueCards` returns them). */
  due?: readonly string[];
}

/** A question that may be asked; generated ones are only built when picked (most never are). */
interface Candidate {
  cardId: string;
  make: () => QuizQuestion | undefined;
}

/** Whether a card belongs to the scope. */
function scopeFilter(scope: QuizScope, due: readonly string[]): (cardId: string, topicId: string) => boolean {
  switch (scope.kind) {
    case 'all':
      return () => true;
    case 'topic':
      return (_, topicId) => topicId === scope.topicId;
    case 'terms':
      return (cardId) => parseCardId(cardId)?.kind === 'term';
    case 'favourites': {
      const favourites = new Set(scope.entryIds.map(entryCardId));
      return (cardId) => favourites.has(cardId);
    }
    case 'due': {
      const dueSet = new Set(due);
      return (cardId) => dueSet.has(cardId);
    }
    case 'cards': {
      const named = new Set(scope.cardIds);
      return (cardId) => named.has(cardId);
    }
  }
}

/** Every question the scope allows: curated items plus both generated questions of each term in scope. */
function candidatesInScope(bundle: ContentBundle, inScope: (cardId: string, topicId: string) => boolean, seed: number | string): Candidate[] {
  const curated = curatedQuestions(bundle)
    .filter((q) => inScope(q.cardId, q.topicId))
    .map((q): Candidate => ({ cardId: q.cardId, make: () => q }));
  const generated = bundle.terms
    .filter((t) => inScope(termCardId(t.id), t.topic))
    .flatMap((t) => GLOSSARY_SOURCES.map((source): Candidate => ({ cardId: termCardId(t.id), make: () => glossaryQuestion(source, t, bundle.terms, seed) })));
  return [...curated, ...generated];
}

/**
 * Takes one question per card in card order, then a second per card, and so on, so a short quiz
 * covers many cards instead of drilling one. A candidate that cannot be built gives way to the
 * card's next one.
 */
function roundRobin(byCard: Candidate[][], length: number, perCard: number): QuizQuestion[] {
  const picked: QuizQuestion[] = [];
  const cursors = byCard.map(() => 0);
  for (let round = 0; round < perCard && picked.length < length; round++) {
    const before = picked.length;
    for (let c = 0; c < byCard.length && picked.length < length; c++) {
      while (cursors[c] < byCard[c].length) {
        const question = byCard[c][cursors[c]++].make();
        if (question) {
          picked.push(question);
          break;
        }
      }
    }
    if (picked.length === before) break;
  }
  return picked;
}

export function buildQuiz({ bundle, scope, length, seed, due = [] }: BuildQuizInput): QuizQuestion[] {
  if (!(length > 0)) return [];
  const random = createSeededRandom(`${seed}:quiz`);
  const byCardId = new Map<string, Candidate[]>();
  for (const c of candidatesInScope(bundle, scopeFilter(scope, due), seed)) {
    const list = byCardId.get(c.cardId);
    if (list) list.push(c);
    else byCardId.set(c.cardId, [c]);
  }
  // Due cards keep their urgency order; other scopes visit cards in a seeded random order.
  const cardOrder = scope.kind === 'due' ? [...new Set(due)].filter((id) => byCardId.has(id)) : random.shuffle([...byCardId.keys()]);
  const byCard = cardOrder.map((id) => random.shuffle(byCardId.get(id) ?? []));
  // A due review asks about each due card once: a second answer minutes later would only count
  // as a same-day repeat in the schedule.
  const perCard = scope.kind === 'due' ? 1 : Infinity;

  return random.shuffle(roundRobin(byCard, Math.floor(length), perCard)).map((q) => ({
    ...q,
    options: createSeededRandom(`${seed}:options:${q.id}`).shuffle(q.options),
  }));
}
