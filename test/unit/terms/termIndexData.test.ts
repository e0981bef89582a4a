import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Term } from '../../../src/core/knowledge/model';
import { buildAliasTrie, buildTermIndex, type TermIndex } from '../../../src/core/terms/termIndex';
import { restoreTermIndexBuild, TERM_INDEX_DATA_VERSION, termIndexData } from '../../../src/core/terms/termIndexData';
import { findTermsInText } from '../../../src/core/terms/termMatcher';
import { shippedBundle } from '../shippedBundle';
import { makeTerms } from './helpers';

/** The stored build as the compiled content carries it: through JSON. */
const stored = (terms: Term[]): unknown => JSON.parse(JSON.stringify(termIndexData(buildAliasTrie(terms), terms)));

/** Everything matching reads, laid out. */
const snapshot = (index: TermIndex) => ({ trie: index.trie, vocabulary: index.vocabulary, maxDepth: index.maxDepth, collisions: index.collisions });

describe('the term index stored with the compiled content', () => {
  it('restores the index it was built as, for the shipped glossary', () => {
    const { terms } = shippedBundle();
    const restored = buildTermIndex(terms, stored(terms));
    assert.ok(restoreTermIndexBuild(stored(terms), terms), 'the stored build is used');
    assert.deepEqual(snapshot(restored), snapshot(buildTermIndex(terms)));
    const text = 'Mixed precision with bf16 and ZeRO-3; 梯度检查点 and LoRA adapters, flash attention.';
    assert.deepEqual(findTermsInText(restored, text), findTermsInText(buildTermIndex(terms), text));
  });

  it('restores the index it was built as, for any glossary (property)', () => {
    const words = ['lora', 'LoRA', 'ZeRO', 'zero', 'batch', 'size', 'bf16', 'mixed', 'precision', '梯度', '检查点', 'x'];
    const aliasArb = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }).chain((ws) => fc.constantFrom(' ', '-', '').map((sep) => ws.join(sep)));
    const termArb = fc.record({ aliases: fc.uniqueArray(aliasArb, { minLength: 1, maxLength: 4 }), ambiguous: fc.nat(4), caseSensitive: fc.nat(4) });
    fc.assert(
      fc.property(fc.array(termArb, { minLength: 1, maxLength: 8 }), (specs) => {
        const terms = makeTerms(
          Object.fromEntries(
            specs.map((s, i) => [
              `t${i}`,
              { aliases: s.aliases, ambiguous: s.aliases.slice(0, s.ambiguous % 2), caseSensitive: s.aliases.slice(s.aliases.length - (s.caseSensitive % 2)) },
            ]),
          ),
        );
        assert.deepEqual(snapshot(buildTermIndex(terms, stored(terms))), snapshot(buildTermIndex(terms)));
      }),
      { numRuns: 300 },
    );
  });

  it('is not used for other terms, another format or damaged data: the index is built afresh', () => {
    const { terms } = shippedBundle();
    const data = stored(terms) as { version: number; aliases: unknown[] };
    assert.equal(restoreTermIndexBuild(data, terms.slice(1)), undefined, 'fewer terms');
    assert.equal(restoreTermIndexBuild(data, [terms[1], terms[0], ...terms.slice(2)]), undefined, 'reordered terms');
    assert.equal(restoreTermIndexBuild({ ...data, version: TERM_INDEX_DATA_VERSION + 1 }, terms), undefined, 'another format');
    for (const damaged of [null, 'index', {}, { ...data, aliases: [[0, [[999, 'x', 0, '', 'x']]]] }, { ...data, aliases: [[0, 'x']] }]) {
      assert.equal(restoreTermIndexBuild(damaged, terms), undefined, JSON.stringify(damaged).slice(0, 80));
      assert.deepEqual(snapshot(buildTermIndex(terms, damaged)), snapshot(buildTermIndex(terms)));
    }
  });
});
