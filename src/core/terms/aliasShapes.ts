// How one glossary alias is indexed: its token sequences and, between tokens, which gaps in the
// text still count as the same alias.

import { GAP_JOINED, GAP_SOFT, GAP_SPACE, tokenize, type Gap, type Token } from './normalize';

/**
 * Which text gaps may stand between two alias tokens. `W` (word boundary: alias space, `-`, `_` or
 * camelCase) accepts joined, soft and space; `T` (letters against digits, `fp16`, `zero3`) accepts
 * joined and soft, so `zero 3` is not `zero3`; `J` (between CJK characters, around punctuation)
 * accepts only joined.
 */
export type EdgeClass = 'W' | 'T' | 'J';

export interface AliasShape {
  tokens: string[];
  /** shapeKey(tokens). */
  key: string;
  gaps: EdgeClass[];
  /** spaced[k]: the alias has whitespace before token k + 1 (a word break, not camelCase or `-`). */
  spaced: boolean[];
}

/**
 * The token sequences an alias is indexed under: as written (`RoPE` → ro·pe, matching the text
 * `RoPE`), with camelCase parts rejoined (`rope`, matching `rope`, `ROPE`, `rope_theta`), and with all
 * words rejoined (`warm up` → `warmup`). Text is never rejoined, so these shapes cover the spellings.
 * A rejoined shape is left out when it rejoins nothing (it would repeat the one before).
 */
export function aliasShapes(alias: string): AliasShape[] {
  const tokens = tokenize(alias);
  if (tokens.length === 0) return [];
  let joinedWords = false;
  let separateWords = false;
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k - 1].type !== 'word' || tokens[k].type !== 'word') continue;
    if (tokens[k].gap === 'joined') joinedWords = true;
    else separateWords = true;
  }
  const shapes = [shapeOf(tokens, () => false)];
  if (joinedWords) shapes.push(shapeOf(tokens, (prev, t) => prev.type === 'word' && t.type === 'word' && t.gap === 'joined'));
  if (separateWords) shapes.push(shapeOf(tokens, (prev, t) => prev.type === 'word' && t.type === 'word'));
  return shapes;
}

function shapeOf(tokens: Token[], merge: (prev: Token, t: Token) => boolean): AliasShape {
  const out: string[] = [tokens[0].norm];
  const gaps: EdgeClass[] = [];
  const spaced: boolean[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const prev = tokens[k - 1];
    const t = tokens[k];
    if (merge(prev, t)) out[out.length - 1] += t.norm;
    else {
      out.push(t.norm);
      gaps.push(edgeClass(prev, t));
      spaced.push(t.gap === 'space');
    }
  }
  return { tokens: out, key: shapeKey(out), gaps, spaced };
}

/** A key identifying a token sequence, for comparing shapes. */
export function shapeKey(tokens: readonly string[]): string {
  return tokens.join('\u0000');
}

function edgeClass(prev: Token, t: Token): EdgeClass {
  if (t.gap !== 'joined') return 'W';
  if (prev.type === 'punct' || t.type === 'punct') return 'J';
  if (prev.type === 'cjk' && t.type === 'cjk') return 'J';
  if (prev.type === 'cjk' || t.type === 'cjk') return 'W';
  if (prev.type !== t.type) return 'T';
  return 'W';
}

/** Whether a text gap satisfies an alias edge class. */
export function gapAllowed(edge: EdgeClass, gap: Gap): boolean {
  switch (edge) {
    case 'W':
      return gap !== 'break';
    case 'T':
      return gap === 'joined' || gap === 'soft';
    case 'J':
      return gap === 'joined';
  }
}

/**
 * gapAllowed as a bound: the classes are nested (J ⊂ T ⊂ W) and so are the gaps they accept, so
 * gapAllowed(edge, gap) holds exactly when gap's code (GAP_* in normalize) ≤ widestGap(edge).
 */
export function widestGap(edge: EdgeClass): number {
  switch (edge) {
    case 'W':
      return GAP_SPACE;
    case 'T':
      return GAP_SOFT;
    case 'J':
      return GAP_JOINED;
  }
}
