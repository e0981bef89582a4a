import assert from 'node:assert/strict';
import fc from 'fast-check';
import { widestGap, type EdgeClass } from '../../../src/core/terms/aliasShapes';
import { AliasTrie, AliasTrieBuilder } from '../../../src/core/terms/aliasTrie';
import type { AliasEntry } from '../../../src/core/terms/termIndex';
import { TokenVocabulary } from '../../../src/core/terms/tokenVocabulary';

const entry = (termId: string, gaps: EdgeClass[], flags: Partial<AliasEntry> = {}): AliasEntry => ({
  termId,
  alias: termId,
  ambiguous: false,
  caseSensitive: false,
  gaps: gaps.join(''),
  letters: termId,
  order: 0,
  ...flags,
});

const byOrder = (a: AliasEntry, b: AliasEntry): number => a.order - b.order;

/** The node a path of tokens leads to, or -1. */
function walk(trie: AliasTrie, vocabulary: TokenVocabulary, path: string[]): number {
  let node = AliasTrie.ROOT;
  for (const t of path) {
    const id = vocabulary.idOf(t);
    node = id < 0 ? -1 : trie.child(node, id);
    if (node < 0) return -1;
  }
  return node;
}

describe('alias trie', () => {
  it('finds every path it was given, and no other', () => {
    const tokenArb = fc.constantFrom('a', 'b', 'c', 'lora', '梯', '16', '/');
    fc.assert(
      fc.property(fc.array(fc.array(tokenArb, { minLength: 1, maxLength: 5 }), { maxLength: 200 }), fc.array(fc.array(tokenArb, { minLength: 1, maxLength: 5 }), { maxLength: 50 }), (paths, probes) => {
        const builder = new AliasTrieBuilder();
        const vocabulary = new TokenVocabulary();
        const nodes = new Map<string, number>();
        for (const path of paths) {
          let node = AliasTrie.ROOT;
          path.forEach((t, i) => {
            node = builder.addChild(node, t);
            const key = path.slice(0, i + 1).join(' ');
            assert.equal(nodes.get(key) ?? node, node, 'a path always leads to the same node');
            nodes.set(key, node);
          });
        }
        const trie = builder.build(vocabulary, byOrder);
        for (const [key, node] of nodes) assert.equal(walk(trie, vocabulary, key.split(' ')), node, key);
        for (const probe of probes) assert.equal(walk(trie, vocabulary, probe), nodes.get(probe.join(' ')) ?? -1, probe.join(' '));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a node’s entries together, in preference order, with their flags and gaps', () => {
    const builder = new AliasTrieBuilder();
    const vocabulary = new TokenVocabulary();
    const ab = builder.addChild(builder.addChild(AliasTrie.ROOT, 'a'), 'b');
    const a = builder.addChild(AliasTrie.ROOT, 'a');
    builder.aliasesAt(ab).push(entry('second', ['T'], { order: 2, ambiguous: true }), entry('first', ['J'], { order: 1, caseSensitive: true }));
    builder.aliasesAt(a).push(entry('only', []));
    const trie = builder.build(vocabulary, byOrder);
    const at = (node: number): AliasEntry[] => Array.from({ length: trie.endEntryAt(node) - trie.firstEntryAt(node) }, (_, i) => trie.entry(trie.firstEntryAt(node) + i));
    assert.deepEqual(at(ab).map((e) => e.termId), ['first', 'second']);
    assert.deepEqual(at(a).map((e) => e.termId), ['only']);
    assert.deepEqual(at(AliasTrie.ROOT), []);
    const first = trie.firstEntryAt(ab);
    assert.deepEqual([trie.isCaseSensitive(first), trie.isAmbiguous(first), trie.widestGapBefore(first, 0)], [true, false, widestGap('J')]);
    assert.deepEqual([trie.isCaseSensitive(first + 1), trie.isAmbiguous(first + 1), trie.widestGapBefore(first + 1, 0)], [false, true, widestGap('T')]);
    assert.equal(walk(trie, vocabulary, ['b']), -1);
    assert.equal(walk(trie, vocabulary, ['a', 'b', 'a']), -1);
  });
});
