// The glossary's aliases as a trie over normalised tokens, built once per content load. Matching
// walks it from each token, so the cost depends on the text and the longest alias, never on how many
// terms there are.

import type { Term } from '../knowledge/model';
import { buildCodeSignalTable, type CodeSignalTable } from './codeSignalTable';
import { aliasShapes, shapeKey, type AliasShape, type EdgeClass } from './aliasShapes';
import { significantChars } from './normalize';

export interface AliasEntry {
  termId: string;
  alias: string;
  ambiguous: boolean;
  caseSensitive: boolean;
  /** gaps[k] constrains the text gap before token k + 1. */
  gaps: EdgeClass[];
  /** The alias' letters and digits with their case, for case-sensitive aliases. */
  letters: string;
  /** Position of the term in the glossary: the tie-breaker when two terms share an alias. */
  order: number;
  /**
   * Set when the alias is another term's alias followed by one of this term's own (`bf16 mixed
   * precision` = `bf16` + `mixed precision`): the first `tokens` tokens are reported as that term.
   */
  split?: { tokens: number; termId: string };
}

export interface TrieNode {
  /** Children by token; absent on leaves (most nodes), to keep the index small. */
  next: Map<string, TrieNode> | undefined;
  entries: AliasEntry[] | undefined;
}

export interface AliasCollision {
  alias: string;
  termIds: string[];
}

export interface TermIndex {
  root: TrieNode;
  /** Tokens in the longest alias shape: the bound on one walk through the trie. */
  maxDepth: number;
  terms: ReadonlyMap<string, Term>;
  codeSignals: CodeSignalTable;
  /** Aliases (after normalisation) claimed by more than one term: a glossary problem to report. */
  collisions: AliasCollision[];
}

/** Builds the index: all aliases of all terms, plus the code-signal table. */
export function buildTermIndex(terms: readonly Term[]): TermIndex {
  const root: TrieNode = { next: undefined, entries: undefined };
  const shapesOf = memoize(aliasShapes);
  let maxDepth = 0;
  const collisions = new Map<TrieNode, Set<string>>();
  const collisionAlias = new Map<TrieNode, string>();
  const modifiers = modifierShapes(terms, shapesOf);
  terms.forEach((term, order) => {
    const ambiguous = new Set(term.ambiguousAliases);
    const caseSensitive = new Set(term.caseSensitiveAliases);
    const aliases = allAliases(term);
    const ownShapes = new Set([...aliases].flatMap((a) => shapesOf(a).map((s) => shapeKey(s.tokens))));
    for (const alias of aliases) {
      const letters = significantChars(alias);
      for (const shape of shapesOf(alias)) {
        let node = root;
        for (const t of shape.tokens) {
          node.next ??= new Map();
          let child = node.next.get(t);
          if (!child) {
            child = { next: undefined, entries: undefined };
            node.next.set(t, child);
          }
          node = child;
        }
        maxDepth = Math.max(maxDepth, shape.tokens.length);
        const entry: AliasEntry = {
          termId: term.id,
          alias,
          ambiguous: ambiguous.has(alias),
          caseSensitive: caseSensitive.has(alias),
          gaps: shape.gaps,
          letters,
          order,
        };
        const split = compoundSplit(shape, term.id, ownShapes, modifiers);
        if (split) entry.split = split;
        const entries = (node.entries ??= []);
        if (entries.some((e) => sameEntry(e, entry))) continue;
        if (entries.some((e) => e.termId !== term.id && !e.caseSensitive && !entry.caseSensitive)) {
          const ids = collisions.get(node) ?? new Set(entries.map((e) => e.termId));
          ids.add(term.id);
          collisions.set(node, ids);
          collisionAlias.set(node, alias);
        }
        entries.push(entry);
      }
    }
  });
  for (const node of collectNodes(root)) node.entries?.sort(entryPreference);
  // Code-signal hovers are opt-in: build their table on first use, not with every index.
  let codeSignalTable: CodeSignalTable | undefined;
  return {
    root,
    maxDepth,
    terms: new Map(terms.map((t) => [t.id, t])),
    get codeSignals() {
      return (codeSignalTable ??= buildCodeSignalTable(terms));
    },
    collisions: uniqueCollisions([...collisions].map(([node, ids]) => ({ alias: collisionAlias.get(node) ?? '', termIds: [...ids].sort() }))),
  };
}

function memoize(f: (alias: string) => AliasShape[]): (alias: string) => AliasShape[] {
  const cache = new Map<string, AliasShape[]>();
  return (alias) => {
    let v = cache.get(alias);
    if (!v) {
      v = f(alias);
      cache.set(alias, v);
    }
    return v;
  };
}

/** One report per alias and set of terms (an alias is indexed under several shapes). */
function uniqueCollisions(list: AliasCollision[]): AliasCollision[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const key = c.alias + '\u0000' + c.termIds.join();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function allAliases(term: Term): Set<string> {
  return new Set([...term.aliases, ...term.ambiguousAliases, ...term.caseSensitiveAliases]);
}

/** Shapes of aliases that can stand as a modifier of another term: unambiguous, any case, one term only. */
function modifierShapes(terms: readonly Term[], shapesOf: (alias: string) => AliasShape[]): Map<string, string | null> {
  const owners = new Map<string, string | null>();
  for (const term of terms) {
    const skip = new Set([...term.ambiguousAliases, ...term.caseSensitiveAliases]);
    for (const alias of allAliases(term)) {
      if (skip.has(alias)) continue;
      for (const shape of shapesOf(alias)) {
        const key = shapeKey(shape.tokens);
        const owner = owners.get(key);
        owners.set(key, owner === undefined || owner === term.id ? term.id : null);
      }
    }
  }
  return owners;
}

/** `<other term's alias> <space> <own alias>`: where to split, or undefined. Head-final, like English compounds. */
function compoundSplit(shape: AliasShape, termId: string, ownShapes: Set<string>, modifiers: Map<string, string | null>): AliasEntry['split'] {
  for (let k = 1; k < shape.tokens.length; k++) {
    if (!shape.spaced[k - 1]) continue;
    const modifier = modifiers.get(shapeKey(shape.tokens.slice(0, k)));
    if (modifier && modifier !== termId && ownShapes.has(shapeKey(shape.tokens.slice(k)))) return { tokens: k, termId: modifier };
  }
  return undefined;
}

/** Unambiguous before ambiguous, case-sensitive (the more specific) before not, then glossary order. */
function entryPreference(a: AliasEntry, b: AliasEntry): number {
  return Number(a.ambiguous) - Number(b.ambiguous) || Number(b.caseSensitive) - Number(a.caseSensitive) || a.order - b.order;
}

function sameEntry(a: AliasEntry, b: AliasEntry): boolean {
  return a.termId === b.termId && a.caseSensitive === b.caseSensitive && a.ambiguous === b.ambiguous && a.letters === b.letters && a.gaps.join() === b.gaps.join();
}

function collectNodes(root: TrieNode): TrieNode[] {
  const out: TrieNode[] = [];
  const stack = [root];
  while (stack.length) {
    const n = stack.pop() as TrieNode;
    out.push(n);
    if (n.next) for (const c of n.next.values()) stack.push(c);
  }
  return out;
}
