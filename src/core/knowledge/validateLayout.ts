// Shipped content is found by path (entries/<topic>/<id>.md, glossary/<id>.yaml), so the path
// must agree with the front matter; otherwise links and the sidebar disagree with the files.
import type { ParsedEntry, ParsedTerm } from './parsed';
import { problemAt, type ContentProblem } from './problem';

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
const stem = (path: string): string => baseName(path).replace(/\.[^.]+$/, '');

/** Entry.file is entries/<folder>/<id>.md relative to the content root. */
export function validateEntryLayout(p: ParsedEntry): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const folder = p.entry.file.split('/').slice(-2)[0];
  if (folder !== p.entry.topic) {
    problems.push(problemAt(p.file, p.topicAt, `topic "${p.entry.topic}" does not match the folder entries/${folder}/`));
  }
  if (stem(p.entry.file) !== p.entry.id) {
    problems.push(problemAt(p.file, p.idAt, `id "${p.entry.id}" does not match the file name ${baseName(p.entry.file)}`));
  }
  return problems;
}

export function validateTermLayout(p: ParsedTerm): ContentProblem[] {
  if (stem(p.term.file) === p.term.id) return [];
  return [problemAt(p.file, p.idAt, `id "${p.term.id}" does not match the file name ${baseName(p.term.file)}`)];
}
