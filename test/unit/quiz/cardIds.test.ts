import assert from 'node:assert/strict';
import { allCardIds, cardIdOf, cardTopics, parseCardId } from '../../../src/core/quiz/cardIds';
import { fixtureBundle } from './fixtures';

describe('cardIds', () => {
  it('names one card per entry and per term, and parses them back', () => {
    const bundle = fixtureBundle();
    const ids = allCardIds(bundle);
    assert.equal(ids.length, bundle.entries.length + bundle.terms.length);
    assert.equal(ids[0], 'entry:training-stability');
    assert.ok(ids.includes('term:dropout'));
    assert.deepEqual(parseCardId('term:kv-cache'), { kind: 'term', id: 'kv-cache' });
    assert.equal(cardIdOf({ kind: 'entry', id: 'x' }), 'entry:x');
    assert.equal(parseCardId('kv-cache'), undefined);
    assert.equal(parseCardId('quiz:x'), undefined);
    assert.equal(cardTopics(bundle).get('term:jailbreak'), 'safety');
  });
});
