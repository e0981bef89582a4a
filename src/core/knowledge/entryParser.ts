import { parseCorrections, checkOriginalsAbsent } from './correctionParser';
import { parseEntryBody } from './entryBody';
import { splitFrontMatter } from './frontMatter';
import { applyLanguagePolicy, type LanguagePolicy } from './languagePolicy';
import type { Entry } from './model';
import type { ParsedEntry } from './parsed';
import { FileReport, type ContentProblem, type Located } from './problem';
import { checkDistinctOptions, parseQuiz } from './quizParser';
import { SOURCE_ID } from './sourceIds';
import type { TextSlot } from './textSlot';
import { checkKnownKeys, readBilingual, readList, readNumber, readString, readStringList } from './yamlFields';
import { YamlSource } from './yamlSource';

export type Difficulty = Entry['difficulty'];

const ENTRY_KEYS = ['id', 'topic', 'difficulty', 'title', 'terms', 'related', 'sources', 'corrections', 'quiz'] as const;

export interface EntryRules {
  languages: LanguagePolicy;
  /** Values for keys the front matter may leave out (packs). A key without a default is required. */
  defaults?: { id?: string; topic?: string; difficulty?: Difficulty };
}

export const SHIPPED_ENTRY_RULES: EntryRules = { languages: 'bilingual' };

export interface ParseResult<T> {
  /** Undefined when the file is unusable (no front matter, malformed YAML, no id or topic). */
  parsed?: T;
  problems: ContentProblem[];
}

/**
 * Parses one entry file. `file` is the path problems are reported against; `entryFile` is what
 * Entry.file records (relative to the content root for shipped content).
 */
export function parseEntryFile(file: string, entryFile: string, text: string, rules: EntryRules): ParseResult<ParsedEntry> {
  const report = new FileReport(file);
  const split = splitFrontMatter(text);
  if (!split.ok) {
    report.add({ line: split.line, column: 1 }, split.message);
    return { problems: report.problems };
  }
  const fm = split.value;
  const src = new YamlSource(report, fm.yaml, fm.yamlLine);
  const map = src.ok ? src.rootMap('front matter') : undefined;
  if (!map) return { problems: report.problems };

  checkKnownKeys(src, map, ENTRY_KEYS, 'front matter');
  const defaults = rules.defaults ?? {};
  const id = readString(src, map, 'id', 'front matter', defaults.id === undefined) ?? located(defaults.id, src.start);
  const topic = readString(src, map, 'topic', 'front matter', defaults.topic === undefined) ?? located(defaults.topic, src.start);
  const difficulty = readDifficulty(src, map, defaults.difficulty);
  const slots: TextSlot[] = [];
  const title = readBilingual(src, map, 'title', 'title');
  slots.push(title);
  const terms = readStringList(src, map, 'terms', 'front matter');
  const related = readStringList(src, map, 'related', 'front matter');
  const sources = readStringList(src, map, 'sources', 'front matter');
  for (const s of sources) {
    if (!SOURCE_ID.test(s.value)) src.add(s.at, `source id "${s.value}" must look like "000#1" (file prefix # entry number)`);
  }
  const corrections = parseCorrections(src, readList(src, map, 'corrections', 'front matter').items, slots);
  const quiz = parseQuiz(src, readList(src, map, 'quiz', 'front matter').items, { kind: 'entry', id: id?.value ?? '' }, slots);
  const body = parseEntryBody(fm.body, fm.bodyLine, report);
  slots.push(body.question, body.answer, body.analysis);

  const untranslated = applyLanguagePolicy(slots, rules.languages, report);
  for (const q of quiz) if (untranslated) q.parsed.item.untranslated = untranslated;
  checkDistinctOptions(quiz, report);
  checkOriginalsAbsent(corrections, fm.body, fm.bodyLine, report);

  if (!id || !topic) return { problems: report.problems };
  const entry: Entry = {
    id: id.value,
    topic: topic.value,
    difficulty: difficulty ?? 2,
    title: title.text,
    question: body.question.text,
    answer: body.answer.text,
    analysis: body.analysis.text,
    terms: terms.map((t) => t.value),
    related: related.map((r) => r.value),
    sources: sources.map((s) => s.value),
    corrections: corrections.map((c) => c.correction),
    file: entryFile,
  };
  if (untranslated) entry.untranslated = untranslated;
  return {
    parsed: { entry, file, idAt: id.at, topicAt: topic.at, terms, related, sources, quiz: quiz.map((q) => q.parsed) },
    problems: report.problems,
  };
}

function located<T>(value: T | undefined, at: Located<T>['at']): Located<T> | undefined {
  return value === undefined ? undefined : { value, at };
}

function readDifficulty(src: YamlSource, map: Parameters<typeof readNumber>[1], fallback: Difficulty | undefined): Difficulty | undefined {
  const value = readNumber(src, map, 'difficulty', 'front matter', fallback === undefined);
  if (!value) return fallback;
  if (value.value === 1 || value.value === 2 || value.value === 3) return value.value;
  src.add(value.at, `difficulty must be 1, 2 or 3 (basic, intermediate, advanced), not ${value.value}`);
  return undefined;
}
