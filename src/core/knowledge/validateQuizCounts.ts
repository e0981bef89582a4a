import type { ParsedEntry, ParsedTerm } from './parsed';
import { problemAt, type ContentProblem } from './problem';

/** The shipped content teaches with practice: every entry and term comes with quiz items. */
export const MIN_QUIZ_PER_ENTRY = 3;
export const MIN_QUIZ_PER_TERM = 1;

export function validateQuizCounts(entries: readonly ParsedEntry[], terms: readonly ParsedTerm[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const p of entries) {
    if (p.quiz.length < MIN_QUIZ_PER_ENTRY) {
      problems.push(problemAt(p.file, p.idAt, `entry "${p.entry.id}" has ${p.quiz.length} quiz item(s); at least ${MIN_QUIZ_PER_ENTRY} are required`));
    }
  }
  for (const p of terms) {
    if (p.quiz.length < MIN_QUIZ_PER_TERM) {
      problems.push(problemAt(p.file, p.idAt, `glossary term "${p.term.id}" has no quiz item; at least ${MIN_QUIZ_PER_TERM} is required`));
    }
  }
  return problems;
}
