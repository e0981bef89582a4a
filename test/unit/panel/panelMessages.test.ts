import assert from 'node:assert/strict';
import { isParseError, parsePanelMessage, parsePanelState, type PanelMessage } from '../../../src/core/panel/panelMessages';

function rejected(raw: unknown, reason: RegExp): void {
  const result = parsePanelMessage(raw);
  assert.ok(isParseError(result), `accepted ${JSON.stringify(raw)}`);
  assert.match(result.error, reason);
}

describe('parsePanelMessage', () => {
  it('accepts every well-formed message', () => {
    const good: PanelMessage[] = [
      { type: 'open', target: { kind: 'entry', id: 'training-memory' } },
      { type: 'open', target: { kind: 'term', id: 'lora' } },
      { type: 'openToSide', target: { kind: 'term', id: 'zero' } },
      { type: 'reveal', id: 'training-memory' },
      { type: 'setLanguage', lang: 'zh' },
      { type: 'setLanguage', lang: 'en' },
      { type: 'quiz', target: { kind: 'entry', id: 'a1' } },
      { type: 'copyMarkdown', id: 'x' },
      { type: 'ready' },
    ];
    for (const message of good) assert.deepEqual(parsePanelMessage(JSON.parse(JSON.stringify(message))), message);
  });

  it('rejects what is not an object', () => {
    rejected(undefined, /message must be an object, not undefined/);
    rejected(null, /not null/);
    rejected('open', /not a string/);
    rejected(['open'], /not an array/);
    rejected(42, /not a number/);
  });

  it('rejects unknown and malformed types', () => {
    rejected({ type: 'runCommand', command: 'x' }, /unknown message type "runCommand"/);
    rejected({ type: 'OPEN', target: { kind: 'entry', id: 'a' } }, /unknown message type "OPEN"/);
    rejected({}, /message\.type must be a string, not undefined/);
    rejected({ type: 1 }, /message\.type must be a string, not a number/);
    rejected({ type: '' }, /message\.type is empty/);
  });

  it('rejects extra fields, including __proto__', () => {
    rejected({ type: 'ready', extra: 1 }, /unexpected field "extra"/);
    rejected({ type: 'reveal', id: 'a', target: { kind: 'entry', id: 'a' } }, /unexpected field "target"/);
    rejected({ type: 'open', target: { kind: 'entry', id: 'a', href: 'javascript:x' } }, /message\.target has an unexpected field "href"/);
    rejected(JSON.parse('{"type":"ready","__proto__":{"polluted":true}}'), /unexpected field "__proto__"/);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('rejects wrong field types', () => {
    rejected({ type: 'open', target: 'entry/a' }, /message\.target must be an object, not a string/);
    rejected({ type: 'open' }, /message\.target must be an object, not undefined/);
    rejected({ type: 'open', target: { kind: 'entry', id: 7 } }, /message\.target\.id must be a string, not a number/);
    rejected({ type: 'reveal', id: ['a'] }, /message\.id must be a string, not an array/);
    rejected({ type: 'setLanguage', lang: null }, /message\.lang must be a string, not null/);
  });

  it('rejects unknown kinds and languages', () => {
    rejected({ type: 'quiz', target: { kind: 'topic', id: 'a' } }, /message\.target\.kind must be "entry" or "term", not "topic"/);
    rejected({ type: 'setLanguage', lang: 'fr' }, /message\.lang must be "zh" or "en", not "fr"/);
    rejected({ type: 'setLanguage', lang: 'zh-CN' }, /not "zh-CN"/);
  });

  it('rejects ids that are not content ids', () => {
    for (const id of ['Training', 'a_b', '-a', 'a/b', '../x', 'a b', 'javascript:alert(1)', '训练']) {
      rejected({ type: 'reveal', id }, /message\.id .* is not an id/);
    }
    rejected({ type: 'open', target: { kind: 'entry', id: 'A' } }, /message\.target\.id "A" is not an id/);
  });

  it('rejects strings over 200 characters without echoing them whole', () => {
    const long = 'a'.repeat(201);
    assert.ok(!isParseError(parsePanelMessage({ type: 'reveal', id: 'a'.repeat(200) })));
    rejected({ type: 'reveal', id: long }, /message\.id is too long \(201 > 200 characters\)/);
    rejected({ type: 'x'.repeat(5000) }, /message\.type is too long/);
    const result = parsePanelMessage({ type: `${'x'.repeat(150)}` });
    assert.ok(isParseError(result));
    assert.ok(result.error.length < 120, result.error);
  });
});

describe('parsePanelState', () => {
  it('accepts a saved state', () => {
    assert.deepEqual(parsePanelState({ view: { kind: 'term', id: 'lora' }, lang: 'en', scrollY: 120.5 }), {
      view: { kind: 'term', id: 'lora' },
      lang: 'en',
      scrollY: 120.5,
    });
  });

  it('starts at the top when the state was saved before any scroll', () => {
    assert.deepEqual(parsePanelState({ view: { kind: 'entry', id: 'a' }, lang: 'zh' }), { view: { kind: 'entry', id: 'a' }, lang: 'zh', scrollY: 0 });
  });

  it('rejects malformed states with a reason', () => {
    const cases: Array<[unknown, RegExp]> = [
      [undefined, /state must be an object/],
      [{ view: { kind: 'entry', id: 'a' }, lang: 'zh', scrollY: -1 }, /state\.scrollY is out of range/],
      [{ view: { kind: 'entry', id: 'a' }, lang: 'zh', scrollY: 1e12 }, /state\.scrollY is out of range/],
      [{ view: { kind: 'entry', id: 'a' }, lang: 'zh', scrollY: '10' }, /state\.scrollY must be a finite number, not a string/],
      [{ view: { kind: 'entry', id: 'a' }, lang: 'zh', scrollY: Number.NaN }, /state\.scrollY must be a finite number, not NaN/],
      [{ view: { kind: 'entry', id: 'a' }, lang: 'de', scrollY: 0 }, /state\.lang must be "zh" or "en"/],
      [{ view: { kind: 'quiz', id: 'a' }, lang: 'zh', scrollY: 0 }, /state\.view\.kind/],
      [{ view: { kind: 'entry', id: 'A!' }, lang: 'zh', scrollY: 0 }, /state\.view\.id "A!" is not an id/],
      [{ view: { kind: 'entry', id: 'a' }, lang: 'zh', scrollY: 0, html: '<b>' }, /unexpected field "html"/],
      [{ lang: 'zh', scrollY: 0 }, /state\.view must be an object, not undefined/],
    ];
    for (const [raw, reason] of cases) {
      const result = parsePanelState(raw);
      assert.ok(isParseError(result), JSON.stringify(raw));
      assert.match(result.error, reason);
    }
  });
});

describe('study pages in the panel (results, progress)', () => {
  it('opens and restores results and progress views', () => {
    const good: PanelMessage[] = [
      { type: 'open', target: { kind: 'results', id: 'quiz-m3x1-0' } },
      { type: 'open', target: { kind: 'progress', id: 'overview' } },
      { type: 'openToSide', target: { kind: 'progress', id: 'overview' } },
      { type: 'startQuiz' },
      { type: 'startReview' },
    ];
    for (const message of good) assert.deepEqual(parsePanelMessage(JSON.parse(JSON.stringify(message))), message);
    assert.deepEqual(parsePanelState({ view: { kind: 'results', id: 'quiz-1' }, lang: 'en', scrollY: 0 }), { view: { kind: 'results', id: 'quiz-1' }, lang: 'en', scrollY: 0 });
    assert.deepEqual(parsePanelState({ view: { kind: 'progress', id: 'overview' }, lang: 'zh' }), { view: { kind: 'progress', id: 'overview' }, lang: 'zh', scrollY: 0 });
  });

  it('names every allowed kind when rejecting another', () => {
    rejected({ type: 'open', target: { kind: 'topic', id: 'a' } }, /message\.target\.kind must be "entry", "term", "results" or "progress", not "topic"/);
    const state = parsePanelState({ view: { kind: 'settings', id: 'a' }, lang: 'zh' });
    assert.ok(isParseError(state));
    assert.match(state.error, /state\.view\.kind must be "entry", "term", "results" or "progress"/);
  });

  it('quizzes only on entries and terms', () => {
    rejected({ type: 'quiz', target: { kind: 'results', id: 'quiz-1' } }, /message\.target\.kind must be "entry" or "term", not "results"/);
    rejected({ type: 'quiz', target: { kind: 'progress', id: 'overview' } }, /not "progress"/);
  });

  it('takes no fields with startQuiz and startReview', () => {
    rejected({ type: 'startQuiz', scope: 'all' }, /unexpected field "scope"/);
    rejected({ type: 'startReview', command: 'workbench.action.terminal.new' }, /unexpected field "command"/);
  });

  it('still checks the ids of study views', () => {
    rejected({ type: 'open', target: { kind: 'results', id: '../etc' } }, /message\.target\.id "\.\.\/etc" is not an id/);
  });
});
