// The spellings of a text token the alias trie is tried with — the token as written, then the
// singular forms stemsOf offers (`strategies` → `strategy`, `strategie`) — as vocabulary ids, read
// from the text's characters in one pass: the hashes of the token's prefixes give the stems' hashes
// without building them. Spellings no alias has are left out: no trie edge could take them.

import { foldedCharCode, normalizeSlice, stemsOf, TOKEN_TYPES, TYPE_WORD } from './normalize';
import type { TokenBuffer } from './tokenBuffer';
import { HASH_SEED, hashStep, type TokenVocabulary } from './tokenVocabulary';

// Imports read once per character, as module constants: where modules are transpiled one by one
// (tsx, the tests, the benchmarks) an imported binding is a getter call on every read.
const fold = foldedCharCode;
const step = hashStep;
const SEED = HASH_SEED;
const WORD = TYPE_WORD;

/** At most this many spellings per token (as written and two singular forms). */
export const MAX_SPELLINGS = 3;

const E = 101;
const I = 105;
const S = 115;
const U = 117;
const Y = 121;

/**
 * Writes the ids of token k's spellings, in stemsOf's order, to ids[MAX_SPELLINGS·k …] and the
 * characters each drops from the end of the surface to cuts[MAX_SPELLINGS·k …]; returns how many.
 */
export function tokenSpellings(vocabulary: TokenVocabulary, text: string, tokens: TokenBuffer, k: number, ids: Int32Array, cuts: Uint8Array): number {
  const start = tokens.start[k];
  const n = tokens.end[k] - start;
  // Hashes of the first n, n - 1, n - 2, n - 3 units, and the last three units.
  let h = SEED;
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  let last = 0;
  let last2 = 0;
  let last3 = 0;
  for (let i = 0; i < n; i++) {
    const unit = fold(text.charCodeAt(start + i));
    if (unit < 0) return spellingsOfString(vocabulary, text, tokens, k, ids, cuts);
    h3 = h2;
    h2 = h1;
    h1 = h;
    h = step(h, unit);
    last3 = last2;
    last2 = last;
    last = unit;
  }
  const at = MAX_SPELLINGS * k;
  let count = put(vocabulary.idOfText(h, text, start, n, -1), 0, ids, cuts, at, 0);
  if (tokens.type[k] !== WORD || last !== S) return count;
  if (tokens.acronymPlural[k] === 1) return put(vocabulary.idOfText(h1, text, start, n - 1, -1), 1, ids, cuts, at, count);
  if (n < 4 || last2 === S || last2 === U || last2 === I) return count;
  if (last2 === E && last3 === I && n >= 5) {
    count = put(vocabulary.idOfText(step(h3, Y), text, start, n - 3, Y), 3, ids, cuts, at, count);
    return put(vocabulary.idOfText(h1, text, start, n - 1, -1), 1, ids, cuts, at, count);
  }
  count = put(vocabulary.idOfText(h1, text, start, n - 1, -1), 1, ids, cuts, at, count);
  if (last2 === E) count = put(vocabulary.idOfText(h2, text, start, n - 2, -1), 2, ids, cuts, at, count);
  return count;
}

function put(id: number, cut: number, ids: Int32Array, cuts: Uint8Array, at: number, count: number): number {
  if (id < 0) return count;
  ids[at + count] = id;
  cuts[at + count] = cut;
  return count + 1;
}

/** The same, for the rare token with a letter that lower-cases to several units: through strings. */
function spellingsOfString(vocabulary: TokenVocabulary, text: string, tokens: TokenBuffer, k: number, ids: Int32Array, cuts: Uint8Array): number {
  const start = tokens.start[k];
  const end = tokens.end[k];
  const norm = normalizeSlice(text, start, end);
  const token = { start, end, norm, type: TOKEN_TYPES[tokens.type[k]], gap: 'joined' as const, acronymPlural: tokens.acronymPlural[k] === 1 };
  const at = MAX_SPELLINGS * k;
  let count = put(vocabulary.idOf(norm), 0, ids, cuts, at, 0);
  for (const stem of stemsOf(token)) count = put(vocabulary.idOf(stem.norm), stem.cut, ids, cuts, at, count);
  return count;
}
