// The term matcher written the plain way — token objects from tokenize, spellings as strings from
// stemsOf, one object per candidate, gaps checked with gapAllowed, case-sensitive letters compared
// as significantChars strings — over the same index. The property tests hold the fast matcher
// (typed token arrays, hashed look-ups, entry tables) to it.
import { gapAllowed, type EdgeClass } from '../../../src/core/terms/aliasShapes';
import { AliasTrie } from '../../../src/core/terms/aliasTrie';
import { significantChars, stemsOf, tokenize, type Token } from '../../../src/core/terms/normalize';
import type { AliasEntry, TermIndex } from '../../../src/core/terms/termIndex';
import type { TermMatch } from '../../../src/core/terms/termMatcher';

interface Candidate {
  first: number;
  last: number;
  entry: AliasEntry;
}

/** What findTermsInText returns, for the whole of `text` as one comment block. */
export function referenceMatches(index: TermIndex, text: string, mlContext: boolean): TermMatch[] {
  const tokens = tokenize(text);
  const candidates = referenceCandidates(index, text, tokens);
  return referenceResolve(text, tokens, candidates, mlContext || candidates.some((c) => !c.entry.ambiguous));
}

function referenceCandidates(index: TermIndex, text: string, tokens: Token[]): Candidate[] {
  const { trie, vocabulary } = index;
  const out: Candidate[] = [];
  for (let s = 0; s < tokens.length; s++) {
    let node = AliasTrie.ROOT;
    const cuts: number[] = [];
    for (let k = s; k < tokens.length && k - s < index.maxDepth; k++) {
      if (k > s && tokens[k].gap === 'break') break;
      const spellings = [{ norm: tokens[k].norm, cut: 0 }, ...stemsOf(tokens[k])];
      const childOf = (norm: string): number => (vocabulary.idOf(norm) < 0 ? -1 : trie.child(node, vocabulary.idOf(norm)));
      const hit = spellings.map((sp) => ({ child: childOf(sp.norm), cut: sp.cut })).find((h) => h.child >= 0);
      if (!hit) break;
      node = hit.child;
      cuts.push(hit.cut);
      for (let e = trie.firstEntryAt(node); e < trie.endEntryAt(node); e++) {
        const entry = trie.entry(e);
        if (fits(entry, text, tokens.slice(s, k + 1), cuts)) out.push({ first: s, last: k, entry });
      }
    }
  }
  return out;
}

function fits(entry: AliasEntry, text: string, span: Token[], cuts: number[]): boolean {
  if (!span.slice(1).every((t, m) => gapAllowed(entry.gaps[m] as EdgeClass, t.gap))) return false;
  if (!entry.caseSensitive) return true;
  const letters = span.map((t, m) => (t.type === 'punct' ? '' : significantChars(text.slice(t.start, t.end - cuts[m])))).join('');
  return letters === entry.letters;
}

function referenceResolve(text: string, tokens: Token[], candidates: Candidate[], allowAmbiguous: boolean): TermMatch[] {
  const out: TermMatch[] = [];
  let covered = 0;
  let lastToken = -1;
  const firsts = [...new Set(candidates.map((c) => c.first))];
  for (const first of firsts) {
    if (first < covered) continue;
    let best: Candidate | undefined;
    for (const c of candidates) {
      if (c.first !== first || (c.entry.ambiguous && !allowAmbiguous)) continue;
      if (!best || c.last > best.last) best = c;
    }
    if (!best) continue;
    const { entry } = best;
    const match = (from: number, to: number, termId: string): TermMatch => ({
      start: tokens[from].start,
      end: tokens[to].end,
      termId,
      surface: text.slice(tokens[from].start, tokens[to].end),
      alias: entry.alias,
      source: 'alias',
      ambiguous: entry.ambiguous,
    });
    const previous = out[out.length - 1];
    if (!entry.split && previous?.termId === entry.termId && lastToken + 1 === first && tokens[first].gap !== 'break') {
      previous.end = tokens[best.last].end;
      previous.surface = text.slice(previous.start, previous.end);
      previous.ambiguous &&= entry.ambiguous;
    } else if (entry.split) {
      out.push(match(first, first + entry.split.tokens - 1, entry.split.termId), match(first + entry.split.tokens, best.last, entry.termId));
    } else {
      out.push(match(first, best.last, entry.termId));
    }
    covered = best.last + 1;
    lastToken = best.last;
  }
  return out;
}
