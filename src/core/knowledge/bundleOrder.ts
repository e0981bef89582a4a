import type { ContentBundle, Entry, QuizItem, Term } from './model';

/**
 * The bundle's reading order: entries by topic (topics.yaml order) then English title, terms by
 * id, quiz items following their owners. Deterministic, so dist/content.json diffs stay small.
 */
export function orderBundle(bundle: ContentBundle): ContentBundle {
  const topicRank = new Map(bundle.topics.map((t, i) => [t.id, i]));
  const rank = (e: Entry): number => topicRank.get(e.topic) ?? bundle.topics.length;
  const entries = [...bundle.entries].sort(
    (a, b) => rank(a) - rank(b) || a.title.en.localeCompare(b.title.en, 'en') || compareIds(a.id, b.id),
  );
  const terms = [...bundle.terms].sort((a: Term, b: Term) => compareIds(a.id, b.id));
  const ownerRank = new Map<string, number>();
  entries.forEach((e, i) => ownerRank.set(`entry:${e.id}`, i));
  terms.forEach((t, i) => ownerRank.set(`term:${t.id}`, entries.length + i));
  const quizRank = (q: QuizItem): number => ownerRank.get(`${q.owner.kind}:${q.owner.id}`) ?? Number.MAX_SAFE_INTEGER;
  // Array.prototype.sort is stable: items keep their file order within an owner.
  const quiz = [...bundle.quiz].sort((a, b) => quizRank(a) - quizRank(b));
  return { ...bundle, entries, terms, quiz };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
