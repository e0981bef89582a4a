import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createSeededRandom, hashSeed } from '../../../src/core/quiz/seededRandom';

describe('seededRandom', () => {
  it('repeats its sequence for the same seed, numeric or text', () => {
    for (const seed of [0, 42, 'quiz-1']) {
      const a = createSeededRandom(seed);
      const b = createSeededRandom(seed);
      assert.deepEqual(Array.from({ length: 20 }, () => a.next()), Array.from({ length: 20 }, () => b.next()));
    }
    assert.notEqual(hashSeed('a'), hashSeed('b'));
  });

  it('stays in range and shuffles to a permutation without touching the input (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.string()), fc.array(fc.integer()), fc.integer({ min: 1, max: 1000 }), (seed, items, n) => {
        const random = createSeededRandom(seed);
        const x = random.next();
        assert.ok(x >= 0 && x < 1);
        const k = random.below(n);
        assert.ok(Number.isInteger(k) && k >= 0 && k < n);
        const copy = [...items];
        const shuffled = random.shuffle(items);
        assert.deepEqual(items, copy);
        assert.deepEqual([...shuffled].sort((p, q) => p - q), [...items].sort((p, q) => p - q));
      }),
    );
  });

  it('puts each item in each position about equally often', () => {
    const counts = [0, 0, 0, 0];
    const random = createSeededRandom(1);
    for (let i = 0; i < 4000; i++) counts[random.shuffle([0, 1, 2, 3]).indexOf(0)]++;
    for (const c of counts) assert.ok(c > 850 && c < 1150, counts.join(','));
  });
});
