// The distinct tokens of the glossary's aliases, numbered, so the alias trie is keyed by small
// integers. Text tokens are looked up by hashing their normalised characters straight from the
// text: the matcher looks up every token of every comment, and most are not glossary words, so it
// must not build a string for each.

import { foldedCharCode } from './normalize';

// Read once per character: where modules are transpiled one by one (tsx, the tests, the
// benchmarks) an imported binding is a getter call on every read.
const fold = foldedCharCode;

/** FNV-1a over UTF-16 units: hashWord(w) === hashStep(…hashStep(HASH_SEED, w[0])…, w[n-1]). */
export const HASH_SEED = 0x811c9dc5 | 0;

export function hashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

export function hashWord(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}

export class TokenVocabulary {
  private readonly words: string[] = [];
  private readonly ids = new Map<string, number>();
  /**
   * For looking text up: open addressing, linear probing, (hash, id + 1) per slot, id + 1 = 0 when
   * empty, at most half full. Built on the first look-up: while the index is being built (cold,
   * before the JIT has warmed up) the Map is the faster way to number words.
   */
  private slots: Int32Array | undefined;

  get size(): number {
    return this.words.length;
  }

  /** The id of `word` (a normalised token), numbering it if new. */
  add(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
      this.slots = undefined;
    }
    return id;
  }

  /** The id of `word`, or -1 when no alias has it. */
  idOf(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  /**
   * The id of the word spelled by the normalised text[start, start + length) and then `suffix` (a
   * UTF-16 unit, or -1 for none), whose hash is `hash`; -1 when no alias has it. Every character of
   * that text must fold to one unit (foldedCharCode ≥ 0).
   */
  idOfText(hash: number, text: string, start: number, length: number, suffix: number): number {
    const slots = this.slots ?? this.buildSlots();
    const mask = slots.length / 2 - 1;
    for (let slot = hash & mask; slots[2 * slot + 1] !== 0; slot = (slot + 1) & mask) {
      if (slots[2 * slot] !== hash) continue;
      const id = slots[2 * slot + 1] - 1;
      if (this.spells(this.words[id], text, start, length, suffix)) return id;
    }
    return -1;
  }

  private spells(word: string, text: string, start: number, length: number, suffix: number): boolean {
    if (word.length !== length + (suffix >= 0 ? 1 : 0)) return false;
    for (let i = 0; i < length; i++) if (word.charCodeAt(i) !== fold(text.charCodeAt(start + i))) return false;
    return suffix < 0 || word.charCodeAt(length) === suffix;
  }

  private buildSlots(): Int32Array {
    let size = 2;
    while (size < 2 * this.words.length) size *= 2;
    const slots = new Int32Array(2 * size);
    const mask = size - 1;
    this.words.forEach((word, id) => {
      const h = hashWord(word);
      let slot = h & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = h;
      slots[2 * slot + 1] = id + 1;
    });
    this.slots = slots;
    return slots;
  }
}
