import { joinPath, type ContentReader } from './contentReader';
import { CONTENT_FORMAT_VERSION, type ContentBundle } from './model';
import type { ContentProblem } from './problem';
import { parseTopics } from './topics';

export interface CompileResult {
  bundle: ContentBundle;
  problems: ContentProblem[];
}

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
  return { bundle, problems };
}
