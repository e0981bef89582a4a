import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Topic } from './model';
import type { ContentProblem } from './problem';

/** Parses topics.yaml: a sequence of { id, title: {zh, en}, scope: {zh, en} }. */
export function parseTopics(file: string, text: string): { topics: Topic[]; problems: ContentProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const problems: ContentProblem[] = [];
  const at = (node: Node | null | undefined, message: string, offset = node?.range?.[0] ?? 0): void => {
    const pos = lines.linePos(offset);
    problems.push({ file, line: pos.line, column: pos.col, message });
  };
  for (const err of doc.errors) at(null, `malformed YAML: ${err.message.split('\n')[0]}`, err.pos[0]);
  if (doc.errors.length) return { topics: [], problems };
  const topics: Topic[] = [];
  if (!isSeq(doc.contents)) {
    at(doc.contents as Node, 'topics.yaml must be a list of topics');
    return { topics, problems };
  }
  const seen = new Set<string>();
  for (const item of doc.contents.items) {
    if (!isMap(item)) {
      at(item as Node, 'a topic must be a mapping with id, title and scope');
      continue;
    }
    const value = item.toJSON() as Record<string, unknown>;
    const id = value.id;
    if (typeof id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(id)) {
      at(item, 'topic id must be a lower-case slug');
      continue;
    }
    if (seen.has(id)) at(item, `duplicate topic id "${id}"`);
    seen.add(id);
    const bilingual = (key: 'title' | 'scope'): { zh: string; en: string } | undefined => {
      const v = value[key] as Record<string, unknown> | undefined;
      if (!v || typeof v.zh !== 'string' || !v.zh.trim() || typeof v.en !== 'string' || !v.en.trim()) {
        at(item.get(key, true) as Node | undefined ?? item, `topic "${id}": ${key} needs non-empty zh and en`);
        return undefined;
      }
      return { zh: v.zh, en: v.en };
    };
    const title = bilingual('title');
    const scope = bilingual('scope');
    if (title && scope) topics.push({ id, title, scope });
  }
  return { topics, problems };
}
