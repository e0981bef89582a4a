// matcher_mb_s_{100,1000,10000}: throughput of findTermsInDocument (lexing + matching, as the hover
// and CLI call it) over a fixed ~1 MB corpus of Python comments, for glossaries of 100, 1 000 and
// 10 000 terms (the real 117 first, then synthetic ones with the same alias shapes; the corpus
// names real and synthetic terms). Baseline: the naive matcher — one word-boundary regex per alias
// over the same text, case-insensitive unless the alias is case-sensitive — at 1 000 terms.
import type { Term } from '../src/core/knowledge/model';
import { lexRegions, proseOf } from '../src/core/terms/commentLexer';
import { findTermsInDocument } from '../src/core/terms/documentMatcher';
import { syntaxForLanguage } from '../src/core/terms/languageSyntax';
import { buildTermIndex } from '../src/core/terms/termIndex';
import { aliasSource, generateCommentCorpus, glossaryOfSize, shippedContent } from './corpus';
import { MB, median, sample, type BenchOptions } from './harness';

export interface MatcherResult {
  matcher_mb_s_100: number;
  matcher_mb_s_1000: number;
  matcher_mb_s_10000: number;
  naive_mb_s_1000: number;
  matcher_vs_naive_1000: number;
  matcher_scaling: number;
  /** Lexing alone (comments and prose out of the corpus): the part of the matcher's time no glossary changes. */
  lexer_mb_s: number;
  /** Index build time for 10 000 terms (once per content load). */
  matcher_index_ms_10000: number;
  corpus_mb: number;
  /** Matches found at 1 000 terms by the matcher and by the naive regexes (sanity, not speed). */
  matches_1000: number;
  naive_matches_1000: number;
}

export const CORPUS_BYTES = 1_000_000;
export const SIZES = [100, 1_000, 10_000] as const;

let corpusCache: { bytes: number; text: string } | undefined;

/**
 * The corpus: comments naming the real glossary's terms, and in 40% of the term slots a synthetic
 * term of the 10 000-term glossary (so larger glossaries find more, as they would).
 */
export function matcherCorpus(bytes = CORPUS_BYTES): string {
  if (corpusCache?.bytes !== bytes) {
    const real = shippedContent().terms;
    const synthetic = glossaryOfSize(10_000).slice(real.length);
    corpusCache = { bytes, text: generateCommentCorpus(bytes, { ...aliasSource(real), also: { ...aliasSource(synthetic), share: 0.4 } }) };
  }
  return corpusCache.text;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regex per alias: `\b` on each side that is a word character, `i` unless case-sensitive. */
export function naiveMatcher(terms: readonly Term[]): (text: string) => number {
  const regexes: RegExp[] = [];
  for (const t of terms) {
    const caseSensitive = new Set(t.caseSensitiveAliases);
    for (const alias of new Set([...t.aliases, ...t.ambiguousAliases, ...t.caseSensitiveAliases])) {
      const before = /^\w/.test(alias) ? '\\b' : '';
      const after = /\w$/.test(alias) ? '\\b' : '';
      regexes.push(new RegExp(`${before}${escapeRegex(alias)}${after}`, caseSensitive.has(alias) ? 'g' : 'gi'));
    }
  }
  return (text) => {
    let found = 0;
    for (const re of regexes) {
      re.lastIndex = 0;
      while (re.exec(text)) found++;
    }
    return found;
  };
}

export async function measureMatcher(options: BenchOptions = {}): Promise<MatcherResult> {
  const corpus = matcherCorpus(options.quick ? 50_000 : CORPUS_BYTES);
  const mb = Buffer.byteLength(corpus) / MB;
  const syntax = syntaxForLanguage('python');
  if (!syntax) throw new Error('no Python comment syntax');
  const time = options.quick ? 50 : 3000;
  const iterations = options.quick ? 2 : 3;

  let indexMs10000 = NaN;
  let matches1000 = 0;
  const indexes = SIZES.map((size) => {
    const terms = glossaryOfSize(size);
    const t0 = performance.now();
    const index = buildTermIndex(terms);
    if (size === 10_000) indexMs10000 = performance.now() - t0;
    if (size === 1_000) matches1000 = findTermsInDocument(index, corpus, syntax).length;
    return { size, index };
  });
  const naive = naiveMatcher(glossaryOfSize(1_000));
  const naiveMatches = naive(corpus);

  // Rounds over the sizes and the naive baseline, so a noisy spell on the machine does not fall on
  // one of them only.
  const rounds = options.quick ? 1 : 5;
  const pooled = new Map<number, number[]>(SIZES.map((s) => [s, []]));
  const naiveSamples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const { size, index } of r % 2 ? [...indexes].reverse() : indexes) {
      const samples = await sample(`matcher ${size}`, () => findTermsInDocument(index, corpus, syntax), { time: time / rounds, iterations, warmupIterations: 2 });
      pooled.get(size)?.push(...samples);
    }
    // The naive pass takes seconds: one sample per round (warmed up in the first).
    naiveSamples.push(...(await sample('naive 1000', () => naive(corpus), { time: 0, iterations: 1, warmup: r === 0, warmupIterations: 1 })));
  }
  const throughput: Record<number, number> = {};
  for (const [size, samples] of pooled) throughput[size] = mb / (median(samples) / 1000);
  const naiveMbS = mb / (median(naiveSamples) / 1000);

  const lexSamples = await sample('lexer', () => proseOf(corpus, lexRegions(corpus, syntax)), { time, iterations, warmupIterations: 2 });

  return {
    matcher_mb_s_100: throughput[100],
    matcher_mb_s_1000: throughput[1_000],
    matcher_mb_s_10000: throughput[10_000],
    naive_mb_s_1000: naiveMbS,
    matcher_vs_naive_1000: throughput[1_000] / naiveMbS,
    matcher_scaling: throughput[100] / throughput[10_000],
    lexer_mb_s: mb / (median(lexSamples) / 1000),
    matcher_index_ms_10000: indexMs10000,
    corpus_mb: mb,
    matches_1000: matches1000,
    naive_matches_1000: naiveMatches,
  };
}
