import { problemAt, type ContentProblem, type Position } from './problem';

export interface IdSite {
  id: string;
  file: string;
  at: Position;
}

/**
 * Reports every place an id is used more than once (each one names the others, so either can be
 * fixed) and returns the sites after the first, which callers drop.
 */
export function findDuplicateIds(sites: IdSite[], kind: string): { problems: ContentProblem[]; later: Set<IdSite> } {
  const byId = new Map<string, IdSite[]>();
  for (const site of sites) byId.set(site.id, [...(byId.get(site.id) ?? []), site]);
  const problems: ContentProblem[] = [];
  const later = new Set<IdSite>();
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    group.forEach((site, i) => {
      if (i > 0) later.add(site);
      const others = group.filter((o) => o !== site).map((o) => `${o.file}:${o.at.line}:${o.at.column}`);
      problems.push(problemAt(site.file, site.at, `duplicate ${kind} id "${id}" (also at ${others.join(', ')})`));
    });
  }
  return { problems, later };
}
