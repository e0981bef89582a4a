// Content packs: user folders of .md files (entry format or the source documents' format) loaded
// beside the shipped content. Packs are lenient where the shipped content is strict (one
// language is enough, id/topic/difficulty have defaults), and a broken entry is skipped, not fatal.
import { orderBundle } from './bundleOrder';
import { joinPath, type ContentReader } from './contentReader';
import { parseEntryFile, type Difficulty, type EntryRules } from './entryParser';
import { hasFrontMatter } from './frontMatter';
import type { ContentBundle, Topic } from './model';
import type { ParsedEntry } from './parsed';
import { problemAt, sortProblems, START, type ContentProblem } from './problem';
import { looksLikeSourceDocument, parseSourceDocument } from './sourceFormat';
import { validateReferences } from './validateReferences';

export interface ContentPack {
  root: string;
  /** The folder name; the pack's own topic is `pack:<name>`. */
  name: string;
  /** Where entries without a topic go; added to the bundle only when an entry uses it. */
  topic: Topic;
  entries: ParsedEntry[];
}

/** Pack entries are shown as intermediate unless they say otherwise. */
const PACK_DIFFICULTY: Difficulty = 2;

const SKIPPED_DIRS = new Set(['node_modules']);
const isPackFile = (name: string): boolean => name.endsWith('.md') && !name.startsWith('.') && name.toLowerCase() !== 'readme.md';

export function packTopic(root: string): Topic {
  const name = packName(root);
  return { id: `pack:${name}`, title: { zh: name, en: name }, scope: { zh: `内容包：${root}`, en: `Content pack: ${root}` } };
}

function packName(root: string): string {
  const parts = root.split('/').filter((p) => p.length > 0 && p !== '.');
  return parts[parts.length - 1] ?? root;
}

/** Reads a pack folder (recursively). Every readable entry is kept; the rest is reported. */
export function parsePack(root: string, reader: ContentReader): { pack: ContentPack; problems: ContentProblem[] } {
  const topic = packTopic(root);
  const pack: ContentPack = { root, name: packName(root), topic, entries: [] };
  const problems: ContentProblem[] = [];
  for (const file of listPackFiles(root, reader)) {
    const text = reader.readText(file) ?? '';
    const stem = file.slice(file.lastIndexOf('/') + 1).replace(/\.md$/, '');
    if (hasFrontMatter(text)) {
      const rules: EntryRules = { languages: 'single-language', defaults: { id: stem, topic: topic.id, difficulty: PACK_DIFFICULTY } };
      const result = parseEntryFile(file, file, text, rules);
      problems.push(...result.problems);
      // A pack file with any problem is left out whole: half an entry is worse than none.
      if (result.parsed && result.problems.length === 0) pack.entries.push(result.parsed);
    } else if (looksLikeSourceDocument(text)) {
      const result = parseSourceDocument(file, text, { idPrefix: slug(stem), topic: topic.id, difficulty: PACK_DIFFICULTY });
      problems.push(...result.problems);
      pack.entries.push(...result.entries);
    } else {
      problems.push(
        problemAt(file, START, 'not a pack entry: expected YAML front matter ("---") or source-format "#### N. title" headings'),
      );
    }
  }
  return { pack, problems: sortProblems(problems) };
}

function listPackFiles(dir: string, reader: ContentReader): string[] {
  const files = reader.listFiles(dir).filter(isPackFile).map((name) => joinPath(dir, name));
  for (const sub of reader.listDirs(dir)) {
    if (sub.startsWith('.') || SKIPPED_DIRS.has(sub)) continue;
    files.push(...listPackFiles(joinPath(dir, sub), reader));
  }
  return files;
}

/** File names become id prefixes: lower case, runs of anything but letters and digits become "-". */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'entry';
}

/**
 * Adds pack entries to a bundle. An entry is skipped (and reported) when its id or a quiz id is
 * already taken, or a topic, term or related entry it names does not exist; the bundle passed in
 * is not modified.
 */
export function mergePacks(bundle: ContentBundle, packs: ContentPack[]): { bundle: ContentBundle; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const entryOwner = new Map(bundle.entries.map((e) => [e.id, 'the shipped content']));
  const quizOwner = new Map(bundle.quiz.map((q) => [q.id, 'the shipped content']));
  const topics = [...bundle.topics];
  const candidates: ParsedEntry[] = [];

  for (const pack of packs) {
    for (const parsed of pack.entries) {
      const { entry } = parsed;
      const taken = entryOwner.get(entry.id);
      const where = `${parsed.file}:${parsed.idAt.line}:${parsed.idAt.column}`;
      if (taken) {
        problems.push(problemAt(parsed.file, parsed.idAt, `entry id "${entry.id}" is already used by ${taken}; entry skipped`));
        continue;
      }
      const quizClash = parsed.quiz.find((q, i) => quizOwner.has(q.item.id) || parsed.quiz.findIndex((o) => o.item.id === q.item.id) < i);
      if (quizClash) {
        const by = quizOwner.get(quizClash.item.id) ?? 'another quiz item of this entry';
        problems.push(problemAt(quizClash.file, quizClash.idAt, `quiz item id "${quizClash.item.id}" is already used by ${by}; entry skipped`));
        continue;
      }
      entryOwner.set(entry.id, where);
      parsed.quiz.forEach((q) => quizOwner.set(q.item.id, `${q.file}:${q.idAt.line}:${q.idAt.column}`));
      candidates.push(parsed);
    }
  }

  // Drop entries with dangling references until none are left: a skipped entry can leave another
  // entry's `related` dangling in turn.
  const terms = new Set(bundle.terms.map((t) => t.id));
  const topicIds = new Set([...topics.map((t) => t.id), ...packs.map((p) => p.topic.id)]);
  let accepted = candidates;
  for (;;) {
    const entryIds = new Set([...bundle.entries.map((e) => e.id), ...accepted.map((p) => p.entry.id)]);
    const next = accepted.filter((parsed) => {
      const found = validateReferences([parsed], [], { topics: topicIds, entries: entryIds, terms });
      problems.push(...found.map((p) => ({ ...p, message: `${p.message}; entry skipped` })));
      return found.length === 0;
    });
    if (next.length === accepted.length) break;
    accepted = next;
  }

  const usedTopics = new Set(accepted.map((p) => p.entry.topic));
  for (const pack of packs) {
    if (usedTopics.has(pack.topic.id) && !topics.some((t) => t.id === pack.topic.id)) topics.push(pack.topic);
  }
  const merged: ContentBundle = {
    ...bundle,
    topics,
    entries: [...bundle.entries, ...accepted.map((p) => p.entry)],
    quiz: [...bundle.quiz, ...accepted.flatMap((p) => p.quiz.map((q) => q.item))],
  };
  return { bundle: orderBundle(merged), problems: sortProblems(problems) };
}
