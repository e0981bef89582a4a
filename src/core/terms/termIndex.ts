// The glossary's aliases as a trie over normalised tokens, built once per content load (and laid
// out for matching on the first match). Matching walks it from each token, so the cost depends on
// the text and the longest alias, never on how many terms there are.

import type { Term } from '../knowledge/model';
import { buildCodeSignalTable, type CodeSignalTable } from './codeSignalTable';
import { aliasShapes, type AliasShape } from './aliasShapes';
import { significantChars } from './normalize';
import { TokenVocabulary } from './tokenVocabulary';
import { AliasTrie, AliasTrieBuilder } from './aliasTrie';
import { restoreTermIndexBuild } from './termIndexData';

export interface AliasEntry {
  termId: string;
  alias: string;
  ambiguous: boolean;
  caseSensitive: boolean;
  /** gaps[k] (an EdgeClass) constrains the text gap before token k + 1. */
  gaps: string;
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

export interface AliasCollision {
  alias: string;
  termIds: string[];
}

export interface TermIndex {
  /** The aliases' shapes, by token id. Laid out on first use. */
  readonly trie: AliasTrie;
  /** Every token of every alias shape, numbered: the trie's edge labels. */
  readonly vocabulary: TokenVocabulary;
  /** Tokens in the longest alias shape: the bound on one walk through the trie. */
  maxDepth: number;
  terms: ReadonlyMap<string, Term>;
  codeSignals: CodeSignalTable;
  /** Aliases (after normalisation) claimed by more than one term: a glossary problem to report. */
  collisions: AliasCollision[];
}

/** The alias trie as built, before it is laid out for matching. */
export interface TermIndexBuild {
  builder: AliasTrieBuilder;
  maxDepth: number;
  collisions: AliasCollision[];
}

/**
 * The index: all aliases of all terms, plus the code-signal table. `prebuilt` (see
 * termIndexData.ts), the build stored with the compiled content, is used instead of building
 * when it was made from these terms: loading the content then costs no alias tokenizing.
 */
export function buildTermIndex(terms: readonly Term[], prebuilt?: unknown): TermIndex {
  const { builder, maxDepth, collisions } = (prebuilt !== undefined ? restoreTermIndexBuild(prebuilt, terms) : undefined) ?? buildAliasTrie(terms);
  // Laid out for matching on the first match, not with the index: loading the content does not
  // need it, and the first hover pays for it instead.
  let matching: MatchingTables | undefined;
  const layOut = (): MatchingTables => (matching ??= layOutForMatching(builder));
  // Code-signal hovers are opt-in: build their table on first use, not with every index.
  let codeSignalTable: CodeSignalTable | undefined;
  return {
    get trie() {
      return layOut().trie;
    },
    get vocabulary() {
      return layOut().vocabulary;
    },
    maxDepth,
    terms: new Map(terms.map((t) => [t.id, t])),
    get codeSignals() {
      return (codeSignalTable ??= buildCodeSignalTable(terms));
    },
    collisions,
  };
}

/** Every alias of every term, under each of its shapes, in a trie. */
export function buildAliasTrie(terms: readonly Term[]): TermIndexBuild {
  const builder = new AliasTrieBuilder();
  const shapesOf = memoize(aliasShapes);
  let maxDepth = 0;
  const collisions = new Map<number, Set<string>>();
  const collisionAlias = new Map<number, string>();
  const aliasLists = terms.map(allAliases);
  const modifiers = modifierShapes(terms, aliasLists, shapesOf);
  terms.forEach((term, order) => {
    const aliases = aliasLists[order];
    const ownShapes = new Set<string>();
    for (const alias of aliases) for (const shape of shapesOf(alias)) ownShapes.add(shape.key);
    for (const alias of aliases) {
      const letters = significantChars(alias);
      for (const shape of shapesOf(alias)) {
        let node = AliasTrie.ROOT;
        for (const t of shape.tokens) node = builder.addChild(node, t);
        maxDepth = Math.max(maxDepth, shape.tokens.length);
        const entry: AliasEntry = {
          termId: term.id,
          alias,
          ambiguous: term.ambiguousAliases.includes(alias),
          caseSensitive: term.caseSensitiveAliases.includes(alias),
          gaps: shape.gaps.join(''),
          letters,
          order,
        };
        const split = compoundSplit(shape, term.id, ownShapes, modifiers);
        if (split) entry.split = split;
        const entries = builder.aliasesAt(node);
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
  return {
    builder,
    maxDepth,
    collisions: uniqueCollisions([...collisions].map(([node, ids]) => ({ alias: collisionAlias.get(node) ?? '', termIds: [...ids].sort() }))),
  };
}

interface MatchingTables {
  trie: AliasTrie;
  vocabulary: TokenVocabulary;
}

function layOutForMatching(builder: AliasTrieBuilder): MatchingTables {
  const vocabulary = new TokenVocabulary();
  return { trie: builder.build(vocabulary, entryPreference), vocabulary };
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

/** The term's aliases, each once, in glossary order. */
function allAliases(term: Term): string[] {
  return [...new Set([...term.aliases, ...term.ambiguousAliases, ...term.caseSensitiveAliases])];
}

/** Shapes of aliases that can stand as a modifier of another term: unambiguous, any case, one term only. */
function modifierShapes(terms: readonly Term[], aliasLists: readonly string[][], shapesOf: (alias: string) => AliasShape[]): Map<string, string | null> {
  const owners = new Map<string, string | null>();
  terms.forEach((term, t) => {
    for (const alias of aliasLists[t]) {
      if (term.ambiguousAliases.includes(alias) || term.caseSensitiveAliases.includes(alias)) continue;
      for (const shape of shapesOf(alias)) {
        const owner = owners.get(shape.key);
        owners.set(shape.key, owner === undefined || owner === term.id ? term.id : null);
      }
    }
  });
  return owners;
}

/** `<other term's alias> <space> <own alias>`: where to split, or undefined. Head-final, like English compounds. */
function compoundSplit(shape: AliasShape, termId: string, ownShapes: Set<string>, modifiers: Map<string, string | null>): AliasEntry['split'] {
  // The keys of tokens[0, k) and tokens[k, …) are the parts of shape.key around the k-th separator.
  let prefix = shape.tokens[0].length;
  for (let k = 1; k < shape.tokens.length; k++) {
    if (shape.spaced[k - 1]) {
      const modifier = modifiers.get(shape.key.slice(0, prefix));
      if (modifier && modifier !== termId && ownShapes.has(shape.key.slice(prefix + 1))) return { tokens: k, termId: modifier };
    }
    prefix += 1 + shape.tokens[k].length;
  }
  return undefined;
}

/** Unambiguous before ambiguous, case-sensitive (the more specific) before not, then glossary order. */
function entryPreference(a: AliasEntry, b: AliasEntry): number {
  return Number(a.ambiguous) - Number(b.ambiguous) || Number(b.caseSensitive) - Number(a.caseSensitive) || a.order - b.order;
}

function sameEntry(a: AliasEntry, b: AliasEntry): boolean {
  return a.termId === b.termId && a.caseSensitive === b.caseSensitive && a.ambiguous === b.ambiguous && a.letters === b.letters && a.gaps === b.gaps;
}

