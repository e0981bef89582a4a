// Property tests: random text, in every built-in language, never throws, and matches are within
// bounds, sorted and disjoint. Cost is checked with the step counters, not the clock.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractProse, lexRegions, type LexStats } from '../../../src/core/terms/commentLexer';
import { findTermsInDocument } from '../../../src/core/terms/documentMatcher';
import { BUILT_IN_LANGUAGES, syntaxForLanguage } from '../../../src/core/terms/languageSyntax';
import { buildTermIndex } from '../../../src/core/terms/termIndex';
import { findTermsInText, type MatchStats } from '../../../src/core/terms/termMatcher';
import { makeTerms } from './helpers';
import { referenceMatches } from './referenceMatcher';

/** Pieces that exercise every lexer and matcher path: markers, quotes, escapes, CJK, camelCase. */
const PIECES = [
  '#', '//', '/*', '*/', '--', '--[[', ']]', '{-', '-}', '#=', '=#', '<!--', '-->', '<#', '#>', '=begin', '=end', '=pod', '=cut',
  '"', "'", '`', '"""', "'''", 'r#"', '"#', 'R"x(', ')x"', '@"', '${', '}', '{', '(', ')', '[', '[[', '/', '\\', '\\\n',
  '\n', '\n\n', ' ', '\t', '\r\n', '-', '_', '.', ':', ',', 'LoRA', 'LoRa', 'lora', 'ZeRO-3', 'zero3', 'fp16', 'bf16',
  'mixed', 'precision', 'mixedPrecision', 'gradient_checkpointing', 'warm up', 'prune', 'LLMs', '梯度', '检查点', '混合精度',
  'ＬｏＲＡ', '😀', 'a', 'x', '1', 'import torch', 'autocast(', 'GradScaler', '--lr-warmup-iters',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));
const languageArb = fc.constantFrom(...BUILT_IN_LANGUAGES);

const index = buildTermIndex(
  makeTerms({
    lora: { aliases: ['LoRA', 'lora'], caseSensitive: ['LoRA', 'lora'], codeSignals: ['peft.LoraConfig'] },
    zero: { aliases: ['ZeRO', 'ZeRO-3', 'zero3'], caseSensitive: ['ZeRO', 'ZeRO-3'] },
    'mixed-precision-training': { aliases: ['mixed precision', 'bf16 mixed precision', '混合精度'], codeSignals: ['torch.amp.autocast'] },
    'gradient-checkpointing': { aliases: ['gradient checkpointing', '梯度检查点'] },
    bfloat16: { aliases: ['bf16'] },
    fp16: { aliases: ['fp16'] },
    'learning-rate-warmup': { aliases: ['warm up', 'warmup'], ambiguous: ['warm up', 'warmup'], codeSignals: ['--lr-warmup-iters'] },
    pruning: { aliases: ['prune'], ambiguous: ['prune'] },
    'loss-scaling': { aliases: ['GradScaler'] },
    'large-language-model': { aliases: ['LLM'] },
  }),
);

function assertWellFormed(text: string, ranges: readonly { start: number; end: number }[], allowEmpty: boolean): void {
  let last = 0;
  for (const r of ranges) {
    assert.ok(r.start >= last, `overlap or disorder at ${r.start}`);
    assert.ok(allowEmpty ? r.end >= r.start : r.end > r.start, `empty range at ${r.start}`);
    assert.ok(r.end <= text.length, `out of bounds: ${r.end} > ${text.length}`);
    last = r.end;
  }
}

describe('properties', () => {
  it('the lexer never throws, and its regions are ordered, disjoint and within bounds', () => {
    fc.assert(
      fc.property(textArb, languageArb, (text, lang) => {
        const syntax = syntaxForLanguage(lang);
        assert.ok(syntax);
        const stats: LexStats = { steps: 0 };
        const regions = lexRegions(text, syntax, stats);
        assertWellFormed(text, regions, true);
        assert.ok(stats.steps <= text.length + 1, `lexer took ${stats.steps} steps for ${text.length} chars`);
        assertWellFormed(text, extractProse(text, syntax), true);
      }),
      { numRuns: 2000 },
    );
  });

  it('the lexer also survives arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), languageArb, (text, lang) => {
        assertWellFormed(text, lexRegions(text, syntaxForLanguage(lang) ?? { lineComments: [], blockComments: [], strings: [] }), true);
      }),
      { numRuns: 500 },
    );
  });

  it('document matches never throw, and are ordered, disjoint, non-empty and within bounds', () => {
    fc.assert(
      fc.property(textArb, languageArb, fc.boolean(), fc.boolean(), (text, lang, codeSignals, mlContext) => {
        const syntax = syntaxForLanguage(lang);
        assert.ok(syntax);
        const matches = findTermsInDocument(index, text, syntax, { codeSignals, mlContext });
        assertWellFormed(text, matches, false);
        for (const m of matches) assert.equal(m.surface, text.slice(m.start, m.end));
      }),
      { numRuns: 2000 },
    );
  });

  it('prose matching costs at most (3 × longest alias + 1) look-ups per token, whatever the glossary size', () => {
    const big = buildTermIndex(
      makeTerms(Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`t${i}`, { aliases: [`alias${i} word`, `word alias${i}`, `w${i}x y z`] }]))),
    );
    for (const idx of [index, big]) {
      fc.assert(
        fc.property(textArb, (text) => {
          const stats: MatchStats = { steps: 0 };
          findTermsInText(idx, text, { mlContext: true, stats });
          const tokens = text.length; // every token is at least one character
          assert.ok(stats.steps <= tokens * (3 * idx.maxDepth + 1), `${stats.steps} steps for ${tokens} chars`);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('stays linear on input built to make the trie walk deep', () => {
    // Aliases "a a … a b" of every length: each start position can walk maxDepth steps.
    const deep = buildTermIndex(makeTerms(Object.fromEntries(Array.from({ length: 12 }, (_, n) => [`d${n}`, { aliases: ['a '.repeat(n + 1) + 'b'] }]))));
    const steps = (n: number): number => {
      const stats: MatchStats = { steps: 0 };
      findTermsInText(deep, 'a '.repeat(n), { stats });
      return stats.steps;
    };
    const small = steps(1000);
    const large = steps(8000);
    // Near the end of the text walks are cut short, hence the small allowance for 8 such ends.
    assert.ok(large <= 8 * small + 8 * deep.maxDepth * deep.maxDepth, `steps grew from ${small} to ${large}`);
    assert.ok(large <= 2 * 8000 * (deep.maxDepth + 1));
  });

  it('document matching is linear in the text, including code signals', () => {
    const chunk = 'import torch\n# LoRA and mixed precision, warm up\nx = "# no"  # 梯度检查点\nwith torch.amp.autocast("cuda"): y = GradScaler()\n';
    const steps = (n: number): number => {
      const stats: MatchStats = { steps: 0 };
      findTermsInDocument(index, chunk.repeat(n), syntaxForLanguage('python') ?? { lineComments: [], blockComments: [], strings: [] }, { codeSignals: true, stats });
      return stats.steps;
    };
    assert.equal(steps(200), 2 * steps(100));
  });
});

describe('the matcher against a plain reference', () => {
  // Glossaries and texts from the same pieces, so aliases do occur: plurals (`LoRAs`, `strategies`),
  // case (`ZeRO` vs `zero`), CJK, full-width letters, letters that lower-case to two units (`İ`).
  const WORDS = ['lora', 'LoRA', 'ZeRO', 'zero', 'batch', 'strategy', 'status', 'bus', 'tie', 'LLM', 'GPU', 'kv', 'KV', 'fp', 'İx', 'ǅa', 'Ａb', '梯度', '检查点', 'x', 'y'];
  const SEPARATORS = [' ', '-', '_', '', '/'];
  const wordArb = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom('16', '3', 'es', 's', 'ies'), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 4 }));
  const aliasArb = fc
    .array(fc.tuple(fc.constantFrom(...SEPARATORS), wordArb), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.map(([sep, w], i) => (i > 0 ? sep : '') + w).join(''));
  const termArb = fc.record({ aliases: fc.array(aliasArb, { minLength: 1, maxLength: 4 }), ambiguous: fc.array(fc.nat(3), { maxLength: 2 }), caseSensitive: fc.array(fc.nat(3), { maxLength: 2 }) });
  const glossaryArb = fc.array(termArb, { minLength: 1, maxLength: 8 }).map((specs) =>
    buildTermIndex(
      makeTerms(
        Object.fromEntries(
          specs.map((s, i) => [`t${i}`, { aliases: s.aliases, ambiguous: s.ambiguous.map((k) => s.aliases[k % s.aliases.length]), caseSensitive: s.caseSensitive.map((k) => s.aliases[k % s.aliases.length]) }]),
        ),
      ),
    ),
  );
  const textArb = fc.array(fc.oneof(aliasArb, fc.constantFrom(' ', '\n', '\n\n', ', ', 's', 'es', 'S', '😀', 'ＬｏＲＡｓ')), { maxLength: 30 }).map((parts) => parts.join(' '));

  it('finds the same terms on random glossaries and texts', () => {
    fc.assert(
      fc.property(glossaryArb, textArb, fc.boolean(), (idx, text, mlContext) => {
        assert.deepEqual(findTermsInText(idx, text, { mlContext }), referenceMatches(idx, text, mlContext));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the same terms with the fixed glossary, on text built to exercise every path', () => {
    fc.assert(
      fc.property(textArb, fc.boolean(), (text, mlContext) => {
        assert.deepEqual(findTermsInText(index, text, { mlContext }), referenceMatches(index, text, mlContext));
      }),
      { numRuns: 1000 },
    );
  });
});
