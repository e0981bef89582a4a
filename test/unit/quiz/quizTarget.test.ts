import assert from 'node:assert/strict';
import { parseQuizTarget, quizTargetCardId } from '../../../src/core/quiz/quizTarget';

describe('parseQuizTarget', () => {
  it('accepts { kind, id } for entries and terms, also wrapped in a one-element array (command links)', () => {
    assert.deepEqual(parseQuizTarget({ kind: 'entry', id: 'training-memory' }), { kind: 'entry', id: 'training-memory' });
    assert.deepEqual(parseQuizTarget([{ kind: 'term', id: 'zero' }]), { kind: 'term', id: 'zero' });
    assert.equal(quizTargetCardId({ kind: 'term', id: 'zero' }), 'term:zero');
  });

  it('rejects anything else', () => {
    for (const bad of [
      undefined,
      null,
      'zero',
      42,
      [],
      [{ kind: 'term', id: 'a' }, { kind: 'term', id: 'b' }],
      { kind: 'topic', id: 'training' },
      { kind: 'term' },
      { kind: 'term', id: 'Zero' },
      { kind: 'term', id: '../x' },
      { kind: 'term', id: 'a'.repeat(201) },
      { kind: 'entry', id: 7 },
    ]) {
      assert.equal(parseQuizTarget(bad), undefined, JSON.stringify(bad));
    }
  });

  it('ignores extra fields and reads only own properties', () => {
    assert.deepEqual(parseQuizTarget({ kind: 'entry', id: 'a', extra: true }), { kind: 'entry', id: 'a' });
    const inherited = Object.create({ kind: 'entry', id: 'a' }) as object;
    assert.equal(parseQuizTarget(inherited), undefined);
  });
});
