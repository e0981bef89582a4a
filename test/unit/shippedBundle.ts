// The real knowledge base, compiled once per test run (search ranking, quiz generation and
// rendering are only meaningful on it). It must compile cleanly: a test reading half the content
// would pass for the wrong reason.
import path from 'node:path';
import { compileContent } from '../../src/core/knowledge/compile';
import type { ContentBundle } from '../../src/core/knowledge/model';
import { nodeContentReader } from '../../src/node/nodeContentReader';

let shipped: ContentBundle | undefined;

export function shippedBundle(): ContentBundle {
  if (!shipped) {
    const { bundle, problems } = compileContent(path.join(import.meta.dirname, '../../content'), nodeContentReader);
    if (problems.length > 0) throw new Error(`shipped content has ${problems.length} problems, first: ${problems[0].message}`);
    shipped = bundle;
  }
  return shipped;
}
