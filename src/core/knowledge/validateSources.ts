import type { ParsedEntry } from './parsed';
import { problemAt, type ContentProblem, type Located } from './problem';
import { SOURCE_ID, SOURCES_MANIFEST } from './sourceIds';

/**
 * Every expected source entry is absorbed by exactly one entry: duplicates are reported at each
 * place, ids outside the manifest where they are cited, and uncovered ids at the manifest line.
 */
export function validateSourceCoverage(entries: ParsedEntry[], expected: Located<string>[], manifestFile: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const expectedIds = new Set(expected.map((e) => e.value));
  const citations = new Map<string, { file: string; at: Located<string>['at']; entry: string }[]>();
  for (const p of entries) {
    for (const s of p.sources) {
      if (!SOURCE_ID.test(s.value)) continue; // reported by the parser
      citations.set(s.value, [...(citations.get(s.value) ?? []), { file: p.file, at: s.at, entry: p.entry.id }]);
    }
  }
  for (const [id, sites] of citations) {
    if (!expectedIds.has(id)) {
      for (const site of sites) problems.push(problemAt(site.file, site.at, `source "${id}" is not listed in ${SOURCES_MANIFEST}`));
      continue;
    }
    if (sites.length < 2) continue;
    for (const site of sites) {
      const others = sites.filter((o) => o !== site).map((o) => (o.entry === site.entry ? `again in ${o.entry}` : o.entry));
      problems.push(problemAt(site.file, site.at, `source "${id}" is mapped more than once (also ${others.join(', ')}); each source belongs to exactly one entry`));
    }
  }
  for (const e of expected) {
    if (!citations.has(e.value)) problems.push(problemAt(manifestFile, e.at, `source "${e.value}" is not mapped by any entry`));
  }
  return problems;
}
