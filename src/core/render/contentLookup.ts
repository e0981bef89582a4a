// Id lookups the pages need (titles of linked entries and terms, topic neighbours, which
// entries use a term), built once per bundle: a bundle is immutable once compiled.
import type { ContentBundle, Entry, Term, Topic } from '../knowledge/model';

export interface ContentLookup {
  entry(id: string): Entry | undefined;
  term(id: string): Term | undefined;
  topic(id: string): Topic | undefined;
  /** The entries before and after this one in its topic, in the bundle's reading order. */
  topicNeighbours(entryId: string): { previous?: Entry; next?: Entry };
  /** Entries listing the term in their `terms`, in reading order. */
  entriesUsingTerm(termId: string): Entry[];
}

const cache = new WeakMap<ContentBundle, ContentLookup>();

export function contentLookup(bundle: ContentBundle): ContentLookup {
  let lookup = cache.get(bundle);
  if (!lookup) {
    lookup = buildLookup(bundle);
    cache.set(bundle, lookup);
  }
  return lookup;
}

function buildLookup(bundle: ContentBundle): ContentLookup {
  const entries = new Map(bundle.entries.map((e) => [e.id, e]));
  const terms = new Map(bundle.terms.map((t) => [t.id, t]));
  const topics = new Map(bundle.topics.map((t) => [t.id, t]));
  const byTopic = new Map<string, Entry[]>();
  const byTerm = new Map<string, Entry[]>();
  for (const entry of bundle.entries) {
    const inTopic = byTopic.get(entry.topic) ?? [];
    inTopic.push(entry);
    byTopic.set(entry.topic, inTopic);
    for (const termId of new Set(entry.terms)) {
      const using = byTerm.get(termId) ?? [];
      using.push(entry);
      byTerm.set(termId, using);
    }
  }
  return {
    entry: (id) => entries.get(id),
    term: (id) => terms.get(id),
    topic: (id) => topics.get(id),
    topicNeighbours(entryId) {
      const entry = entries.get(entryId);
      const siblings = entry ? (byTopic.get(entry.topic) ?? []) : [];
      const i = siblings.findIndex((e) => e.id === entryId);
      if (i < 0) return {};
      return { previous: siblings[i - 1], next: siblings[i + 1] };
    },
    entriesUsingTerm: (termId) => [...(byTerm.get(termId) ?? [])],
  };
}
