// The term index's build (the alias trie before its layout for matching) as JSON, stored with the
// compiled content: tokenizing and shaping a thousand aliases is most of a cold content load, and
// reading them back is a fraction of it. Stored data is only used for the terms it was built
// from, in the same order, and by the same format version; anything else is built afresh.
import type { Term } from '../knowledge/model';
import { AliasTrieBuilder } from './aliasTrie';
import type { AliasCollision, AliasEntry, TermIndexBuild } from './termIndex';

/** Bumped whenever what the build holds, or how aliases are shaped, changes. */
export const TERM_INDEX_DATA_VERSION = 1;

/** An alias ending at a node: [term position, alias, flags, gaps, letters] and, for a compound, [split tokens, modifier term position]. */
type StoredEntry = [number, string, number, string, string] | [number, string, number, string, string, number, number];

export interface TermIndexData {
  version: number;
  /** The terms' ids, in order: entries name their term by position. */
  termIds: string[];
  maxDepth: number;
  collisions: AliasCollision[];
  /** Edge i leads from node edgeParents[i] to node i + 1, labelled edgeTokens[i]. */
  edgeParents: number[];
  edgeTokens: string[];
  /** Per node with aliases ending there: [node, entries]. */
  aliases: Array<[number, StoredEntry[]]>;
}

const AMBIGUOUS = 1;
const CASE_SENSITIVE = 2;

export function termIndexData({ builder, maxDepth, collisions }: TermIndexBuild, terms: readonly Term[]): TermIndexData {
  const position = new Map(terms.map((t, i) => [t.id, i]));
  const { parents, tokens, aliases } = builder.contents();
  const stored: Array<[number, StoredEntry[]]> = [];
  aliases.forEach((list, node) => {
    if (!list) return;
    stored.push([
      node,
      list.map((e): StoredEntry => {
        const head: [number, string, number, string, string] = [e.order, e.alias, (e.ambiguous ? AMBIGUOUS : 0) | (e.caseSensitive ? CASE_SENSITIVE : 0), e.gaps, e.letters];
        return e.split ? [...head, e.split.tokens, position.get(e.split.termId)!] : head;
      }),
    ]);
  });
  return { version: TERM_INDEX_DATA_VERSION, termIds: terms.map((t) => t.id), maxDepth, collisions, edgeParents: [...parents], edgeTokens: [...tokens], aliases: stored };
}

/** The stored build, or undefined when it is not of these terms or not in this format. */
export function restoreTermIndexBuild(data: unknown, terms: readonly Term[]): TermIndexBuild | undefined {
  try {
    return restore(data, terms);
  } catch {
    // Damaged data: the index is built afresh, as without it.
    return undefined;
  }
}

function restore(data: unknown, terms: readonly Term[]): TermIndexBuild | undefined {
  if (!isTermIndexData(data) || data.termIds.length !== terms.length) return undefined;
  for (let i = 0; i < terms.length; i++) if (data.termIds[i] !== terms[i].id) return undefined;
  const lists: (AliasEntry[] | undefined)[] = new Array<AliasEntry[] | undefined>(data.edgeParents.length + 1);
  for (const [node, stored] of data.aliases) {
    lists[node] = stored.map(([order, alias, flags, gaps, letters, splitTokens, splitOrder]) => {
      const entry: AliasEntry = {
        termId: terms[order].id,
        alias,
        ambiguous: (flags & AMBIGUOUS) !== 0,
        caseSensitive: (flags & CASE_SENSITIVE) !== 0,
        gaps,
        letters,
        order,
      };
      if (splitTokens !== undefined) entry.split = { tokens: splitTokens, termId: terms[splitOrder!].id };
      return entry;
    });
  }
  return { builder: AliasTrieBuilder.restore(data.edgeParents, data.edgeTokens, lists), maxDepth: data.maxDepth, collisions: data.collisions };
}

function isTermIndexData(data: unknown): data is TermIndexData {
  const d = data as Partial<TermIndexData> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    d.version === TERM_INDEX_DATA_VERSION &&
    Array.isArray(d.termIds) &&
    typeof d.maxDepth === 'number' &&
    Array.isArray(d.collisions) &&
    Array.isArray(d.edgeParents) &&
    Array.isArray(d.edgeTokens) &&
    d.edgeParents.length === d.edgeTokens.length &&
    Array.isArray(d.aliases)
  );
}
