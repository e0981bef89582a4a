// The shipped glossary, through the same compiler the build and the extension use.
import path from 'node:path';
import { compileContent } from '../src/core/knowledge/compile';
import type { Term } from '../src/core/knowledge/model';
import { formatProblem } from '../src/core/knowledge/problem';
import { nodeContentReader } from '../src/node/nodeContentReader';

export const CONTENT_DIR = path.join(import.meta.dirname, '..', 'content');

export function loadGlossary(dir = CONTENT_DIR): Term[] {
  const { bundle, problems } = compileContent(dir, nodeContentReader);
  if (problems.length) throw new Error(`content has problems:\n${problems.map(formatProblem).join('\n')}`);
  return bundle.terms;
}
