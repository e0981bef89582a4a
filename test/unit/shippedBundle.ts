// The real knowledge base, compiled once per test run (search ranking is only meaningful on
// it). Content problems are the knowledge tests' business; what compiles is used as it is.
import path from 'node:path';
import { compileContent } from '../../src/core/knowledge/compile';
import type { ContentBundle } from '../../src/core/knowledge/model';
import { nodeContentReader } from '../../src/node/nodeContentReader';

let shipped: ContentBundle | undefined;

export function shippedBundle(): ContentBundle {
  shipped ??= compileContent(path.join(import.meta.dirname, '../../content'), nodeContentReader).bundle;
  return shipped;
}
