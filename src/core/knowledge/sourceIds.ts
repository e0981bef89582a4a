// Source ids name the entries of the source Q&A documents: file prefix + '#' + entry number
// ("000#30" is entry 30 of 000_….txt). content/sources.yaml lists the ones the content must cover.
import { isScalar, isSeq, type Node } from 'yaml';
import type { FileReport, Located } from './problem';
import { YamlSource } from './yamlSource';

export const SOURCE_ID = /^\d{3}#[1-9]\d*$/;

export const SOURCES_MANIFEST = 'sources.yaml';

/** Parses sources.yaml: a list of source ids, each valid and listed once. */
export function parseSourcesManifest(report: FileReport, text: string): Located<string>[] {
  const src = new YamlSource(report, text);
  if (!src.ok) return [];
  const contents = src.doc.contents;
  if (!isSeq(contents)) {
    src.add(contents, `${SOURCES_MANIFEST} must be a list of source ids such as "000#1"`);
    return [];
  }
  const ids: Located<string>[] = [];
  const seen = new Set<string>();
  for (const node of contents.items as Node[]) {
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value !== 'string' || !SOURCE_ID.test(value)) {
      src.add(node, `source id must look like "000#1" (file prefix # entry number), not ${JSON.stringify(value ?? null)}`);
      continue;
    }
    if (seen.has(value)) src.add(node, `source "${value}" is listed twice`);
    else ids.push({ value, at: src.at(node) });
    seen.add(value);
  }
  return ids;
}
