import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LANGS, type ContentBundle } from '../../../src/core/knowledge/model';
import { allCardIds } from '../../../src/core/quiz/cardIds';
import { glossaryQuestion } from '../../../src/core/quiz/glossaryQuestions';
import { normalizeOptionText } from '../../../src/core/quiz/optionRules';
import { buildQuiz } from '../../../src/core/quiz/questionGenerator';
import type { QuizQuestion, QuizScope } from '../../../src/core/quiz/quizQuestion';
import { shippedBundle } from '../shippedBundle';
import { fixtureBundle, term } from './fixtures';

/** The invariants every question keeps, whatever produced it. */
function assertWellFormed(q: QuizQuestion, bundle: ContentBundle): void {
  assert.equal(q.options.filter((o) => o.correct).length, 1, `${q.id}: exactly one correct option`);
  for (const lang of LANGS) {
    const texts = q.options.map((o) => normalizeOptionText(o.text[lang]));
    assert.equal(new Set(texts).size, texts.length, `${q.id}: distinct options in ${lang}`);
    assert.ok(texts.every((t) => t.length > 0), `${q.id}: no empty option in ${lang}`);
    assert.ok(q.prompt[lang].trim() && q.explanation[lang].trim(), `${q.id}: prompt and explanation in ${lang}`);
  }
  assert.equal(q.cardId, `${q.owner.kind}:${q.owner.id}`);
  const owner = q.owner.kind === 'entry' ? bundle.entries.find((e) => e.id === q.owner.id) : bundle.terms.find((t) => t.id === q.owner.id);
  assert.ok(owner, `${q.id}: owner exists`);
  assert.equal(q.topicId, owner.topic);
}

const ids = (qs: QuizQuestion[]): string[] => qs.map((q) => q.id);

describe('buildQuiz', () => {
  const bundle = fixtureBundle();

  it('builds well-formed questions in both languages from curated items and the glossary', () => {
    const quiz = buildQuiz({ bundle, scope: { kind: 'all' }, length: 100, seed: 7 });
    for (const q of quiz) assertWellFormed(q, bundle);
    const sources = new Set(quiz.map((q) => q.source));
    assert.deepEqual([...sources].sort(), ['curated', 'definition-to-term', 'term-to-definition']);
    // Every curated item plus both generated questions of each of the 11 terms.
    assert.equal(quiz.length, bundle.quiz.length + 2 * bundle.terms.length);
    assert.equal(new Set(ids(quiz)).size, quiz.length, 'no question twice');
  });

  it('is deterministic under a seed and varies between seeds', () => {
    const a = buildQuiz({ bundle, scope: { kind: 'all' }, length: 8, seed: 'abc' });
    const b = buildQuiz({ bundle, scope: { kind: 'all' }, length: 8, seed: 'abc' });
    assert.deepEqual(a, b);
    const others = [1, 2, 3, 4].map((seed) => JSON.stringify(buildQuiz({ bundle, scope: { kind: 'all' }, length: 8, seed })));
    assert.ok(new Set([JSON.stringify(a), ...others]).size > 1, 'different seeds give different quizzes');
  });

  it('shuffles options so the answer is not always first', () => {
    const quiz = buildQuiz({ bundle, scope: { kind: 'all' }, length: 100, seed: 3 });
    const positions = new Set(quiz.map((q) => q.options.findIndex((o) => o.correct)));
    assert.ok(positions.size >= 3, `correct option positions: ${[...positions].join(',')}`);
  });

  it('spreads a short quiz over distinct cards', () => {
    const quiz = buildQuiz({ bundle, scope: { kind: 'all' }, length: 10, seed: 11 });
    assert.equal(quiz.length, 10);
    assert.equal(new Set(quiz.map((q) => q.cardId)).size, 10);
  });

  it('returns nothing for a non-positive length and at most what the scope has', () => {
    assert.deepEqual(buildQuiz({ bundle, scope: { kind: 'all' }, length: 0, seed: 1 }), []);
    const safety = buildQuiz({ bundle, scope: { kind: 'topic', topicId: 'safety' }, length: 50, seed: 1 });
    assert.equal(safety.length, 1 + 2 * 2);
  });

  describe('scopes', () => {
    const build = (scope: QuizScope, due?: string[]): QuizQuestion[] => buildQuiz({ bundle, scope, length: 100, seed: 5, due });

    it('topic: only questions of that topic', () => {
      const quiz = build({ kind: 'topic', topicId: 'efficiency' });
      assert.ok(quiz.length > 0);
      assert.ok(quiz.every((q) => q.topicId === 'efficiency'));
    });

    it('terms: only glossary cards, curated term items included', () => {
      const quiz = build({ kind: 'terms' });
      assert.ok(quiz.every((q) => q.owner.kind === 'term'));
      assert.ok(quiz.some((q) => q.id === 'gradient-clipping-q1'));
      assert.equal(quiz.length, 1 + 2 * bundle.terms.length);
    });

    it('favourites: only the questions of those entries', () => {
      const quiz = build({ kind: 'favourites', entryIds: ['training-stability', 'no-such-entry'] });
      assert.deepEqual(ids(quiz).sort(), ['training-stability-q1', 'training-stability-q2']);
    });

    it('due: one question per due card, most urgent cards first when the quiz is short', () => {
      const due = ['term:dropout', 'entry:training-stability', 'term:quantization'];
      const quiz = build({ kind: 'due' }, due);
      assert.deepEqual(quiz.map((q) => q.cardId).sort(), [...due].sort());
      const short = buildQuiz({ bundle, scope: { kind: 'due' }, length: 2, seed: 5, due });
      assert.deepEqual(short.map((q) => q.cardId).sort(), ['entry:training-stability', 'term:dropout']);
      assert.deepEqual(build({ kind: 'due' }), [], 'no due list, no questions');
    });
  });

  describe('glossary questions', () => {
    it('draws distractors from the same topic when it has enough terms', () => {
      for (const t of bundle.terms.filter((x) => x.topic !== 'safety')) {
        for (const source of ['definition-to-term', 'term-to-definition'] as const) {
          for (const seed of [1, 2, 3]) {
            const q = glossaryQuestion(source, t, bundle.terms, seed);
            assert.ok(q);
            const distractors = q.options.filter((o) => !o.correct).map((o) => o.text.en);
            const owners = distractors.map((text) => bundle.terms.find((x) => x.term.en === text || text.startsWith(x.definition.en.slice(0, 12))));
            assert.ok(owners.every((o) => o?.topic === t.topic), `${q.id}: ${distractors.join(' | ')}`);
          }
        }
      }
    });

    it('falls back to other topics for a topic with fewer than four terms', () => {
      const q = glossaryQuestion('definition-to-term', bundle.terms.find((t) => t.id === 'jailbreak')!, bundle.terms, 1);
      assert.ok(q);
      const names = q.options.map((o) => o.text.en);
      assert.ok(names.includes('Red teaming'), 'the one same-topic term is used');
      assert.equal(names.length, 4);
    });

    it('asks in both languages and hides the term in its own definition', () => {
      const mixed = bundle.terms.find((t) => t.id === 'mixed-precision-training')!;
      const q = glossaryQuestion('definition-to-term', mixed, bundle.terms, 1)!;
      assert.match(q.prompt.en, /^Which term does this definition describe\?/);
      assert.match(q.prompt.zh, /^下面的定义描述的是哪个术语？/);
      assert.doesNotMatch(q.prompt.en, /mixed precision/i);
      assert.doesNotMatch(q.prompt.zh, /混合精度/);
      assert.match(q.prompt.en, /FP16 or BF16/, 'the rest of the definition stays');
      const correct = q.options.find((o) => o.correct)!;
      assert.deepEqual(correct.text, { en: 'Mixed precision training', zh: '混合精度训练' });

      const back = glossaryQuestion('term-to-definition', mixed, bundle.terms, 1)!;
      assert.match(back.prompt.en, /"Mixed precision training"/);
      assert.match(back.prompt.zh, /「混合精度训练」/);
      assert.ok(back.options.every((o) => !/mixed precision/i.test(o.text.en)));
    });

    it('never offers a distractor that shares a name with the answer', () => {
      const twin = term('dropout-twin', 'training', 'Dropout regularisation', '丢弃正则化', 'Another word for dropout.', '随机失活的另一种说法。', { aliases: ['dropout'] });
      const terms = [...bundle.terms, twin];
      const dropout = terms.find((t) => t.id === 'dropout')!;
      for (let seed = 0; seed < 20; seed++) {
        const q = glossaryQuestion('definition-to-term', dropout, terms, seed)!;
        assert.ok(!q.options.some((o) => o.text.en === 'Dropout regularisation'), `seed ${seed}`);
      }
    });

    it('skips a term when the glossary is too small for four distinct options', () => {
      const few = bundle.terms.slice(0, 3);
      assert.equal(glossaryQuestion('definition-to-term', few[0], few, 1), undefined);
    });

    it('never repeats an option text, even when two terms share a translation', () => {
      const clash = term('regularisation', 'training', 'Regularisation', '权重衰减', 'Any penalty that discourages complex models.', '任何抑制模型复杂度的惩罚。');
      const terms = [...bundle.terms, clash];
      for (let seed = 0; seed < 30; seed++) {
        const q = glossaryQuestion('definition-to-term', terms.find((t) => t.id === 'weight-decay')!, terms, seed)!;
        assert.equal(new Set(q.options.map((o) => o.text.zh)).size, 4, `seed ${seed}`);
      }
    });
  });

  it('skips curated items that break the option rules (loosely checked packs)', () => {
    const broken = fixtureBundle();
    broken.quiz[0].options[1].correct = true;
    broken.quiz[1].options[2].text = { ...broken.quiz[1].options[0].text };
    broken.quiz.push({ ...broken.quiz[2], id: 'orphan-q1', owner: { kind: 'entry', id: 'missing' } });
    const quiz = buildQuiz({ bundle: broken, scope: { kind: 'all' }, length: 100, seed: 1 });
    const found = new Set(ids(quiz));
    assert.ok(!found.has('training-stability-q1') && !found.has('training-stability-q2') && !found.has('orphan-q1'));
    assert.ok(found.has('training-memory-q1'));
  });

  describe('on the shipped content', () => {
    let shipped: ContentBundle;
    before(() => {
      shipped = shippedBundle();
    });

    it('every curated item and every generated question is well formed', () => {
      const quiz = buildQuiz({ bundle: shipped, scope: { kind: 'all' }, length: 10_000, seed: 0 });
      assert.equal(quiz.filter((q) => q.source === 'curated').length, shipped.quiz.length, 'no curated item is dropped');
      assert.equal(quiz.filter((q) => q.source !== 'curated').length, 2 * shipped.terms.length, 'every term yields both questions');
      for (const q of quiz) assertWellFormed(q, shipped);
    });

    it('holds for random seeds, scopes and lengths (property)', () => {
      const topicIds = shipped.topics.map((t) => t.id);
      const cardIds = allCardIds(shipped);
      const scope = fc.oneof(
        fc.constant<QuizScope>({ kind: 'all' }),
        fc.constant<QuizScope>({ kind: 'terms' }),
        fc.constantFrom(...topicIds).map((topicId): QuizScope => ({ kind: 'topic', topicId })),
        fc.subarray(shipped.entries.map((e) => e.id)).map((entryIds): QuizScope => ({ kind: 'favourites', entryIds })),
        fc.constant<QuizScope>({ kind: 'due' }),
      );
      fc.assert(
        fc.property(fc.integer(), scope, fc.integer({ min: 1, max: 30 }), fc.subarray(cardIds, { maxLength: 40 }), (seed, s, length, due) => {
          const quiz = buildQuiz({ bundle: shipped, scope: s, length, seed, due });
          assert.ok(quiz.length <= length);
          assert.equal(new Set(ids(quiz)).size, quiz.length);
          for (const q of quiz) assertWellFormed(q, shipped);
          assert.deepEqual(buildQuiz({ bundle: shipped, scope: s, length, seed, due }), quiz, 'same seed, same quiz');
          if (s.kind === 'due') assert.ok(quiz.every((q) => due.includes(q.cardId)));
          if (s.kind === 'topic') assert.ok(quiz.every((q) => q.topicId === s.topicId));
        }),
        { numRuns: 40 },
      );
    });
  });
});
