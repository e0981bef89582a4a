import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeSlice, stemsOf, tokenize, tokenizeInto } from '../../../src/core/terms/normalize';
import { TokenBuffer } from '../../../src/core/terms/tokenBuffer';
import { MAX_SPELLINGS, tokenSpellings } from '../../../src/core/terms/tokenSpellings';
import { TokenVocabulary } from '../../../src/core/terms/tokenVocabulary';

/** The spellings of each token of `text` that `words` has, as [word, cut] pairs. */
function spellings(words: string[], text: string): [string, number][][] {
  const vocabulary = new TokenVocabulary();
  words.forEach((w) => vocabulary.add(w));
  const tokens = new TokenBuffer();
  tokenizeInto(tokens, text);
  const ids = new Int32Array(MAX_SPELLINGS * tokens.length);
  const cuts = new Uint8Array(MAX_SPELLINGS * tokens.length);
  return Array.from({ length: tokens.length }, (_, k) => {
    const count = tokenSpellings(vocabulary, text, tokens, k, ids, cuts);
    return Array.from({ length: count }, (_, a): [string, number] => [words[ids[MAX_SPELLINGS * k + a]], cuts[MAX_SPELLINGS * k + a]]);
  });
}

/** The same from token objects and strings: the token, then stemsOf, kept where `words` has them. */
function expected(words: string[], text: string): [string, number][][] {
  return tokenize(text).map((t) =>
    [{ norm: t.norm, cut: 0 }, ...stemsOf(t)].filter((s) => words.includes(s.norm)).map((s): [string, number] => [s.norm, s.cut]),
  );
}

describe('token spellings', () => {
  it('tries the token as written, then its singular forms', () => {
    const words = ['optimizer', 'strategy', 'strategie', 'batch', 'batche', 'llm', 'lo', 'ra', 'gpus', 'gpu', '梯'];
    assert.deepEqual(spellings(words, 'optimizers strategies batches LLMs LoRAs GPUs 梯'), [
      [['optimizer', 1]],
      [['strategy', 3], ['strategie', 1]],
      [['batche', 1], ['batch', 2]],
      [['llm', 1]],
      [['lo', 0]],
      [['ra', 1]], // `LoRAs` is lo·ras, and `RAs` an acronym plural
      [['gpus', 0], ['gpu', 1]],
      [['梯', 0]],
    ]);
  });

  it('leaves out spellings no word has, and words that only look plural', () => {
    assert.deepEqual(spellings(['los', 'statu', 'bu'], 'loss status bus'), [[], [], []]);
  });

  it('agrees with tokenize and stemsOf on any text', () => {
    const pieces = ['LoRAs', 'LLMs', 'GPUs', 'strategies', 'ties', 'batches', 'buses', 'status', 'kisses', 'İs', 'İes', 'ＬＬＭｓ', 'ｂａｔｃｈｅｓ', '梯度', 's', 'es', 'ies', 'x'];
    const textArb = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 12 }).map((a) => a.join(' '));
    fc.assert(
      fc.property(textArb, fc.array(fc.nat(), { maxLength: 30 }), (text, picks) => {
        // The vocabulary: a random choice among the text's own spellings, and a few other words.
        const candidates = tokenize(text).flatMap((t) => [t.norm, ...stemsOf(t).map((s) => s.norm)]);
        const words = [...new Set([...picks.map((p) => candidates[p % Math.max(1, candidates.length)]).filter((w) => w !== undefined), 'lora', normalizeSlice('ＬｏＲＡ', 0, 4)])];
        assert.deepEqual(spellings(words, text), expected(words, text));
      }),
      { numRuns: 2000 },
    );
  });
});
