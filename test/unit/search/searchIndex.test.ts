import assert from 'node:assert/strict';
import { createSearchIndex, type SearchHit, type SearchIndex } from '../../../src/core/search/searchIndex';
import { makeTerm, sampleBundle } from '../bundleFixture';
import { shippedBundle } from '../shippedBundle';

const ids = (hits: SearchHit[]) => hits.map((h) => `${h.kind}:${h.id}`);

describe('search over the shipped content', () => {
  let index: SearchIndex;
  before(() => {
    index = createSearchIndex(shippedBundle());
  });
  /** Entries whose text mentions any of the words (case-insensitive). */
  const entriesMentioning = (...words: string[]) =>
    shippedBundle()
      .entries.filter((e) => words.some((w) => [e.answer, e.analysis, e.question].some((s) => (s.zh + s.en).toLowerCase().includes(w.toLowerCase()))))
      .map((e) => `entry:${e.id}`);

  it('Chinese query: 混合精度 finds the mixed-precision term first, then entries that discuss it', () => {
    const hits = index.search('混合精度', { limit: 10 });
    assert.equal(ids(hits)[0], 'term:mixed-precision-training');
    const discussing = entriesMentioning('混合精度');
    assert.ok(ids(hits).filter((id) => discussing.includes(id)).length >= 3, ids(hits).join(' '));
  });

  it('English query: mixed precision finds the term first, then entries that discuss it', () => {
    const hits = index.search('mixed precision', { limit: 10 });
    assert.equal(ids(hits)[0], 'term:mixed-precision-training');
    const discussing = entriesMentioning('mixed precision');
    assert.ok(ids(hits).filter((id) => discussing.includes(id)).length >= 2, ids(hits).join(' '));
  });

  it('typo query: mixd precison still finds the term first', () => {
    const hits = index.search('mixd precison', { limit: 10 });
    assert.equal(ids(hits)[0], 'term:mixed-precision-training');
    assert.ok(hits.some((h) => h.kind === 'entry'));
  });

  it('梯度检查点 finds the gradient-checkpointing term first', () => {
    assert.equal(ids(index.search('梯度检查点'))[0], 'term:gradient-checkpointing');
  });

  it('alias queries: ZeRO → zero, LoRA → lora, kv cache → kv-cache, first', () => {
    assert.equal(ids(index.search('ZeRO'))[0], 'term:zero');
    assert.equal(ids(index.search('LoRA'))[0], 'term:lora');
    assert.equal(ids(index.search('lora'))[0], 'term:lora');
    assert.equal(ids(index.search('QLoRA'))[0], 'term:qlora');
    assert.equal(ids(index.search('kv cache'))[0], 'term:kv-cache');
    assert.equal(ids(index.search('KV 缓存'))[0], 'term:kv-cache');
  });

  it('completes the last word as a prefix: "gradient checkp"', () => {
    assert.equal(ids(index.search('gradient checkp'))[0], 'term:gradient-checkpointing');
  });

  it('finds a term by a code signal', () => {
    assert.ok(ids(index.search('torch.autocast', { limit: 3 })).includes('term:mixed-precision-training'));
  });

  it('says where it matched and cuts a snippet around the match in the requested language', () => {
    const [term] = index.search('混合精度');
    assert.deepEqual(term.matchedFields.slice(0, 2), ['title', 'aliases']);
    assert.deepEqual(term.title, { zh: '混合精度训练', en: 'Mixed precision training' });
    const entry = index.search('混合精度', { kinds: ['entry'], lang: 'en' })[0];
    assert.ok(entry.matchedFields.includes('body'));
    assert.ok(entry.snippet);
    assert.equal(entry.snippet.lang, 'zh', 'a Chinese query only matches Chinese text');
    assert.ok(entry.snippet.highlights.length > 0);
    for (const [a, b] of entry.snippet.highlights) assert.match(entry.snippet.text.slice(a, b), /混合|精度/);
    const english = index.search('gradient checkpointing', { kinds: ['entry'], lang: 'en' })[0];
    assert.equal(english.snippet?.lang, 'en');
  });

  it('builds lazily and quickly, and answers quickly', () => {
    const fresh = createSearchIndex(shippedBundle());
    let t = performance.now();
    fresh.warmUp();
    const build = performance.now() - t;
    t = performance.now();
    for (const q of ['混合精度', 'mixed precision', 'mixd precison', 'ZeRO', '梯度检查点']) fresh.search(q);
    const queries = (performance.now() - t) / 5;
    assert.ok(build < 2000, `build took ${build} ms`);
    assert.ok(queries < 100, `a query took ${queries} ms`);
  });
});

describe('search options and edge cases', () => {
  const index = createSearchIndex(sampleBundle());

  it('returns nothing for empty, blank or punctuation-only queries', () => {
    assert.deepEqual(index.search(''), []);
    assert.deepEqual(index.search('   '), []);
    assert.deepEqual(index.search('？！…'), []);
    assert.deepEqual(index.search('the of'), []);
  });

  it('limits and filters by kind', () => {
    assert.equal(index.search('训练', { limit: 1 }).length, 1);
    assert.deepEqual(index.search('训练', { limit: 0 }), []);
    assert.ok(index.search('mixed precision', { kinds: ['entry'] }).every((h) => h.kind === 'entry'));
    assert.ok(index.search('mixed precision', { kinds: ['term'] }).every((h) => h.kind === 'term'));
  });

  it('returns hits best first with bilingual titles', () => {
    const hits = index.search('mixed precision');
    assert.equal(hits[0].id, 'mixed-precision-training');
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score >= hits[i].score);
    assert.deepEqual(hits[0].title, { zh: '混合精度训练', en: 'Mixed precision training' });
  });

  it('finds Chinese content from a one-character query by prefix', () => {
    assert.ok(index.search('显').some((h) => h.id === 'training-memory'));
  });

  it('tolerates typos in Latin words only, and not in words with digits', () => {
    const small = createSearchIndex({
      ...sampleBundle(),
      entries: [],
      terms: [makeTerm({ id: 'int4', term: { zh: '四位整数', en: 'INT4' }, aliases: ['int4'] }), makeTerm({ id: 'adam', term: { zh: '优化器', en: 'Adam optimizer' } })],
    });
    assert.deepEqual(small.search('int8'), []);
    assert.deepEqual(ids(small.search('optimzer')), ['term:adam']);
  });

  it('ranks an exact alias match first', () => {
    assert.equal(index.search('AMP')[0].id, 'mixed-precision-training');
    assert.equal(index.search('零冗余优化器')[0].id, 'zero');
  });
});
