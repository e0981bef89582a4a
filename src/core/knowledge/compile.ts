import { orderBundle } from './bundleOrder';
import { joinPath, type ContentReader } from './contentReader';
import { parseEntryFile, SHIPPED_ENTRY_RULES } from './entryParser';
import { parseTermFile } from './glossaryParser';
import { CONTENT_FORMAT_VERSION, type ContentBundle } from './model';
import type { ParsedEntry, ParsedQuizItem, ParsedTerm } from './parsed';
import { FileReport, problemAt, sortProblems, START, type ContentProblem } from './problem';
import { parseSourcesManifest, SOURCES_MANIFEST } from './sourceIds';
import { parseTopics } from './topics';
import { findDuplicateIds, type IdSite } from './validateIds';
import { validateEntryLayout, validateTermLayout } from './validateLayout';
import { validateReferences } from './validateReferences';
import { validateQuizCounts } from './validateQuizCounts';
import { validateSourceCoverage } from './validateSources';

export interface CompileResult {
  bundle: ContentBundle;
  problems: ContentProblem[];
}

const isHidden = (name: string): boolean => name.startsWith('.');

/** Reads, validates and compiles a content folder (see content/README.md for the format). */
export function compileContent(root: string, reader: ContentReader): CompileResult {
  const problems: ContentProblem[] = [];
  const topicsFile = joinPath(root, 'topics.yaml');
  const topicsText = reader.readText(topicsFile);
  const bundle: ContentBundle = { formatVersion: CONTENT_FORMAT_VERSION, topics: [], entries: [], terms: [], quiz: [] };
  if (topicsText === undefined) {
    problems.push({ file: topicsFile, line: 1, column: 1, message: 'topics.yaml is missing' });
    return { bundle, problems };
  }
  const topics = parseTopics(topicsFile, topicsText);
  problems.push(...topics.problems);
  bundle.topics = topics.topics;

  const entries = readEntries(root, reader, problems);
  const terms = readTerms(root, reader, problems);
  for (const p of entries) problems.push(...validateEntryLayout(p));
  for (const p of terms) problems.push(...validateTermLayout(p));

  // Each kind of id is its own namespace: an entry and a glossary term may share a name.
  const keepEntries = dropDuplicates(entries, (p) => ({ id: p.entry.id, file: p.file, at: p.idAt }), 'entry', problems);
  const keepTerms = dropDuplicates(terms, (p) => ({ id: p.term.id, file: p.file, at: p.idAt }), 'glossary term', problems);
  const quiz: ParsedQuizItem[] = [...keepEntries, ...keepTerms].flatMap((p) => p.quiz);
  const keepQuiz = dropDuplicates(quiz, (q) => ({ id: q.item.id, file: q.file, at: q.idAt }), 'quiz item', problems);

  problems.push(
    ...validateReferences(keepEntries, keepTerms, {
      topics: new Set(bundle.topics.map((t) => t.id)),
      entries: new Set(keepEntries.map((p) => p.entry.id)),
      terms: new Set(keepTerms.map((p) => p.term.id)),
    }),
  );

  // sources.yaml marks the shipped content set, which must absorb every source entry.
  const manifestFile = joinPath(root, SOURCES_MANIFEST);
  const manifestText = reader.readText(manifestFile);
  if (manifestText !== undefined) {
    const report = new FileReport(manifestFile);
    const expected = parseSourcesManifest(report, manifestText);
    problems.push(...report.problems, ...validateSourceCoverage(entries, expected, manifestFile));
    problems.push(...validateQuizCounts(keepEntries, keepTerms));
  }

  bundle.entries = keepEntries.map((p) => p.entry);
  bundle.terms = keepTerms.map((p) => p.term);
  bundle.quiz = keepQuiz.map((q) => q.item);
  return { bundle: orderBundle(bundle), problems: sortProblems(problems) };
}

/** entries/<topic>/<id>.md; files elsewhere under entries/ are reported, not silently ignored. */
function readEntries(root: string, reader: ContentReader, problems: ContentProblem[]): ParsedEntry[] {
  const dir = joinPath(root, 'entries');
  const parsed: ParsedEntry[] = [];
  for (const name of reader.listFiles(dir).filter((n) => !isHidden(n))) {
    problems.push(problemAt(joinPath(dir, name), START, 'entry files belong in entries/<topic>/<id>.md'));
  }
  for (const folder of reader.listDirs(dir).filter((n) => !isHidden(n))) {
    for (const sub of reader.listDirs(joinPath(dir, folder)).filter((n) => !isHidden(n))) {
      problems.push(problemAt(joinPath(dir, folder, sub), START, 'entries are not read from sub-folders: use entries/<topic>/<id>.md'));
    }
    for (const name of reader.listFiles(joinPath(dir, folder)).filter((n) => !isHidden(n))) {
      const rel = joinPath('entries', folder, name);
      const file = joinPath(root, rel);
      if (!name.endsWith('.md')) {
        problems.push(problemAt(file, START, 'not an entry: entry files are <id>.md'));
        continue;
      }
      const result = parseEntryFile(file, rel, reader.readText(file) ?? '', SHIPPED_ENTRY_RULES);
      problems.push(...result.problems);
      if (result.parsed) parsed.push(result.parsed);
    }
  }
  return parsed;
}

function readTerms(root: string, reader: ContentReader, problems: ContentProblem[]): ParsedTerm[] {
  const dir = joinPath(root, 'glossary');
  const parsed: ParsedTerm[] = [];
  for (const name of reader.listFiles(dir).filter((n) => !isHidden(n))) {
    const rel = joinPath('glossary', name);
    const file = joinPath(root, rel);
    if (!name.endsWith('.yaml')) {
      problems.push(problemAt(file, START, 'not a glossary term: glossary files are <id>.yaml'));
      continue;
    }
    const result = parseTermFile(file, rel, reader.readText(file) ?? '');
    problems.push(...result.problems);
    if (result.parsed) parsed.push(result.parsed);
  }
  return parsed;
}

function dropDuplicates<T>(items: T[], site: (item: T) => IdSite, kind: string, problems: ContentProblem[]): T[] {
  const sites = items.map(site);
  const { problems: found, later } = findDuplicateIds(sites, kind);
  problems.push(...found);
  return items.filter((_, i) => !later.has(sites[i]));
}
