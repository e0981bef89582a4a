// The alias trie, built with Maps and laid out for matching in flat typed arrays. Node n's child by
// token id t is found in one probe of one hash table (from the root, one array read), and what
// matching checks of the aliases ending at a node (flags, allowed gaps) sits in compact tables, not
// in objects reached through a Map per node: with 10 000 terms the trie has ~70 000 nodes, and
// chasing objects scattered over the heap made matching twice as slow as with 100.

import { widestGap, type EdgeClass } from './aliasShapes';
import type { AliasEntry } from './termIndex';
import type { TokenVocabulary } from './tokenVocabulary';

const EMPTY = -1;
const ROOT = 0;

/** Entry flags. */
const AMBIGUOUS = 1;
const CASE_SENSITIVE = 2;

/** The trie while the index is built: Maps and arrays, quick to fill before the JIT has warmed up. */
export class AliasTrieBuilder {
  private childMaps: (Map<string, number> | undefined)[] = [undefined];
  private lists: (AliasEntry[] | undefined)[] = [undefined];
  /** Edge i, to node i + 1. */
  private edgeParents: number[] = [];
  private edgeTokens: string[] = [];

  /** The child of `node` by `token` (a normalised token), added if missing. */
  addChild(node: number, token: string): number {
    const children = (this.childMaps[node] ??= new Map());
    let child = children.get(token);
    if (child === undefined) {
      child = this.lists.length;
      this.lists.push(undefined);
      this.childMaps.push(undefined);
      children.set(token, child);
      this.edgeParents.push(node);
      this.edgeTokens.push(token);
    }
    return child;
  }

  /** The aliases ending at `node`, to add to. */
  aliasesAt(node: number): AliasEntry[] {
    return (this.lists[node] ??= []);
  }

  /** What build() needs, to store: edge i leads from node parents[i] to node i + 1. */
  contents(): { parents: readonly number[]; tokens: readonly string[]; aliases: readonly (AliasEntry[] | undefined)[] } {
    return { parents: this.edgeParents, tokens: this.edgeTokens, aliases: this.lists };
  }

  /** A builder holding stored contents(), ready to build(); it cannot be added to. */
  static restore(parents: number[], tokens: string[], aliases: (AliasEntry[] | undefined)[]): AliasTrieBuilder {
    const builder = new AliasTrieBuilder();
    builder.edgeParents = parents;
    builder.edgeTokens = tokens;
    builder.lists = aliases;
    builder.childMaps = [];
    return builder;
  }

  /**
   * The trie laid out for matching: edges labelled by ids from `vocabulary`, each node's aliases
   * sorted by `preference`. Once: the builder lets go of its Maps.
   */
  build(vocabulary: TokenVocabulary, preference: (a: AliasEntry, b: AliasEntry) => number): AliasTrie {
    const nodes = this.lists.length;
    const { edgeParents, edgeTokens } = this;
    const ids = edgeTokens.map((token) => vocabulary.add(token));
    const rootChildren = new Int32Array(vocabulary.size).fill(EMPTY);
    let slots = 2;
    while (slots < 2 * edgeParents.length) slots *= 2;
    const edges = new Int32Array(3 * slots);
    const hasChildren = new Uint8Array(nodes);
    for (let i = 0; i < edgeParents.length; i++) {
      const parent = edgeParents[i];
      hasChildren[parent] = 1;
      if (parent === ROOT) rootChildren[ids[i]] = i + 1;
      else insertEdge(edges, parent, ids[i], i + 1);
    }

    const firstEntry = new Int32Array(nodes + 1);
    const entries: AliasEntry[] = [];
    let gapCount = 0;
    for (let node = 0; node < nodes; node++) {
      firstEntry[node] = entries.length;
      const list = this.lists[node];
      if (!list) continue;
      if (list.length > 1) list.sort(preference);
      for (const entry of list) {
        entries.push(entry);
        gapCount += entry.gaps.length;
      }
    }
    firstEntry[nodes] = entries.length;
    const gapsAt = new Int32Array(entries.length);
    const flags = new Uint8Array(entries.length);
    const widestGaps = new Uint8Array(gapCount);
    let at = 0;
    for (let e = 0; e < entries.length; e++) {
      const { gaps, ambiguous, caseSensitive } = entries[e];
      gapsAt[e] = at;
      for (let m = 0; m < gaps.length; m++) widestGaps[at++] = widestGap(gaps[m] as EdgeClass);
      flags[e] = (ambiguous ? AMBIGUOUS : 0) | (caseSensitive ? CASE_SENSITIVE : 0);
    }
    this.childMaps = [];
    this.lists = [];
    this.edgeParents = [];
    this.edgeTokens = [];
    return new AliasTrie(rootChildren, edges, hasChildren, firstEntry, entries, flags, gapsAt, widestGaps);
  }
}

export class AliasTrie {
  static readonly ROOT = ROOT;

  constructor(
    /** Children of the root by token id, EMPTY where none. */
    private readonly rootChildren: Int32Array,
    /**
     * The other edges: open addressing, linear probing, (parent + 1, token, child) per slot,
     * parent + 1 = 0 when empty, at most half full.
     */
    private readonly edges: Int32Array,
    /** 1 per node that has children, to spare a probe at a leaf. */
    private readonly hasChildren: Uint8Array,
    /** The entries (aliases ending) at node n are firstEntry[n] … firstEntry[n + 1] - 1. */
    private readonly firstEntry: Int32Array,
    private readonly entryList: AliasEntry[],
    private readonly entryFlags: Uint8Array,
    /** The widest gap code allowed before token m + 1 of entry e is widestGaps[gapsAt[e] + m]. */
    private readonly gapsAt: Int32Array,
    private readonly widestGaps: Uint8Array,
  ) {}

  /** The child of `node` by `token`, or -1. */
  child(node: number, token: number): number {
    if (node === ROOT) return token < this.rootChildren.length ? this.rootChildren[token] : EMPTY;
    if (this.hasChildren[node] === 0) return EMPTY;
    const edges = this.edges;
    const mask = edges.length / 3 - 1;
    for (let slot = edgeHash(node, token) & mask; ; slot = (slot + 1) & mask) {
      const at = 3 * slot;
      const parent = edges[at] - 1;
      if (parent < 0) return EMPTY;
      if (parent === node && edges[at + 1] === token) return edges[at + 2];
    }
  }

  /** The first entry (alias ending) at `node`; its entries are firstEntryAt(node) … endEntryAt(node) - 1. */
  firstEntryAt(node: number): number {
    return this.firstEntry[node];
  }

  endEntryAt(node: number): number {
    return this.firstEntry[node + 1];
  }

  entry(e: number): AliasEntry {
    return this.entryList[e];
  }

  isAmbiguous(e: number): boolean {
    return (this.entryFlags[e] & AMBIGUOUS) !== 0;
  }

  isCaseSensitive(e: number): boolean {
    return (this.entryFlags[e] & CASE_SENSITIVE) !== 0;
  }

  /** The widest gap code (GAP_* in normalize) entry e allows before its token m + 1. */
  widestGapBefore(e: number, m: number): number {
    return this.widestGaps[this.gapsAt[e] + m];
  }
}

function insertEdge(edges: Int32Array, node: number, token: number, child: number): void {
  const mask = edges.length / 3 - 1;
  let slot = edgeHash(node, token) & mask;
  while (edges[3 * slot] !== 0) slot = (slot + 1) & mask;
  edges[3 * slot] = node + 1;
  edges[3 * slot + 1] = token;
  edges[3 * slot + 2] = child;
}

/** Mixes both numbers into all bits (murmur3's finaliser), so masking keeps a good spread. */
function edgeHash(node: number, token: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ token;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
