import assert from 'node:assert/strict';
import { hashWord, TokenVocabulary } from '../../../src/core/terms/tokenVocabulary';

/** idOfText for the whole of `text`, as the matcher calls it. */
const idOfText = (v: TokenVocabulary, text: string, start = 0, length = text.length, suffix = -1): number => {
  let word = text.slice(start, start + length).toLowerCase();
  if (suffix >= 0) word += String.fromCharCode(suffix);
  return v.idOfText(hashWord(word), text, start, length, suffix);
};

describe('token vocabulary', () => {
  it('numbers words once, in order', () => {
    const v = new TokenVocabulary();
    assert.deepEqual(['lora', 'zero', 'lora', '梯'].map((w) => v.add(w)), [0, 1, 0, 2]);
    assert.equal(v.size, 3);
    assert.equal(v.idOf('zero'), 1);
    assert.equal(v.idOf('zer'), -1);
  });

  it('finds a word from text, folding case, with an optional last character', () => {
    const v = new TokenVocabulary();
    v.add('lora');
    v.add('strategy');
    assert.equal(idOfText(v, 'LoRA'), 0);
    assert.equal(idOfText(v, 'xx LORA yy', 3, 4), 0);
    assert.equal(idOfText(v, 'strategies', 0, 7, 'y'.charCodeAt(0)), 1);
    assert.equal(idOfText(v, 'strategies', 0, 8), -1);
    assert.equal(idOfText(v, 'lor'), -1);
  });

  it('tells words with the same hash apart, and stays right as words are added after look-ups', () => {
    const v = new TokenVocabulary();
    const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
    words.slice(0, 1500).forEach((w) => v.add(w));
    assert.equal(idOfText(v, 'w0'), 0);
    words.slice(1500).forEach((w) => v.add(w));
    words.forEach((w, id) => assert.equal(idOfText(v, w.toUpperCase()), id, w));
    // A hash that some word has, on text that is not that word.
    assert.equal(v.idOfText(hashWord('w0'), 'w1', 0, 2, -1), -1);
  });
});
