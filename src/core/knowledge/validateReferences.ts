import type { ParsedEntry, ParsedTerm } from './parsed';
import { problemAt, type ContentProblem, type Located } from './problem';

/** The ids references may point at. */
export interface ReferenceTargets {
  topics: ReadonlySet<string>;
  entries: ReadonlySet<string>;
  terms: ReadonlySet<string>;
}

/** Topic, `terms` and `related` references of entries and terms that point at nothing. */
export function validateReferences(entries: ParsedEntry[], terms: ParsedTerm[], targets: ReferenceTargets): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const unknown = (file: string, refs: Located<string>[], known: ReadonlySet<string>, describe: (id: string) => string): void => {
    for (const ref of refs) if (!known.has(ref.value)) problems.push(problemAt(file, ref.at, describe(ref.value)));
  };
  for (const p of entries) {
    unknown(p.file, [{ value: p.entry.topic, at: p.topicAt }], targets.topics, (id) => `unknown topic "${id}" (see topics.yaml)`);
    unknown(p.file, p.terms, targets.terms, (id) => `unknown glossary term "${id}" in terms (no glossary/${id}.yaml)`);
    unknown(p.file, p.related, targets.entries, (id) => `unknown entry "${id}" in related`);
  }
  for (const p of terms) {
    unknown(p.file, [{ value: p.term.topic, at: p.topicAt }], targets.topics, (id) => `unknown topic "${id}" (see topics.yaml)`);
    unknown(p.file, p.related, targets.terms, (id) => `unknown glossary term "${id}" in related`);
  }
  return problems;
}
