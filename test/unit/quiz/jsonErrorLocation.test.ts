import assert from 'node:assert/strict';
import fc from 'fast-check';
import { jsonErrorLocation } from '../../../src/core/quiz/jsonErrorLocation';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('jsonErrorLocation', () => {
  it('finds the first bad character by line and column', () => {
    assert.deepEqual(jsonErrorLocation('{\n  "a": 1,\n  "b": [}\n'), { line: 3, column: 9 });
    assert.deepEqual(jsonErrorLocation('{"a": tru}'), { line: 1, column: 7 });
    assert.deepEqual(jsonErrorLocation('[1, 2'), { line: 1, column: 6 });
    assert.deepEqual(jsonErrorLocation('{"a": 1} x'), { line: 1, column: 10 });
    assert.deepEqual(jsonErrorLocation(''), { line: 1, column: 1 });
  });

  it('agrees with JSON.parse on what is valid (property)', () => {
    const json = fc.jsonValue().map((v) => JSON.stringify(v, null, 1));
    const mutated = fc.tuple(json, fc.nat(), fc.constantFrom('', '}', ']', ',', '"', ':', 'x', '\\', '-', '0', ' ')).map(([text, at, insert]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + 1);
    });
    fc.assert(
      fc.property(fc.oneof(json, mutated, fc.string()), (text) => {
        assert.equal(jsonErrorLocation(text) === undefined, parses(text), text);
      }),
      { numRuns: 500 },
    );
  });
});
