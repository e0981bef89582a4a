import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeProgress, encodeProgress, exportProgress, importProgress } from '../../../src/core/quiz/progressCodec';
import { emptyProgress, resetProgress, type Progress, type ReviewRating } from '../../../src/core/quiz/progressState';
import { createScheduler } from '../../../src/core/quiz/scheduler';

const scheduler = createScheduler({ enableFuzz: false });
const T0 = Date.parse('2025-03-01T09:00:00.000Z');
const DAY = 86_400_000;

/** A progress with a few answers on three cards, built through the scheduler. */
function sampleProgress(): Progress {
  const answers: [string, ReviewRating, number][] = [
    ['entry:a', 'good', 0],
    ['term:b', 'again', 0.001],
    ['term:b', 'good', 0.01],
    ['entry:a', 'hard', 3],
    ['entry:c', 'easy', 4],
  ];
  let p = emptyProgress();
  answers.forEach(([card, rating, day], i) => {
    p = scheduler.review(p, card, rating, new Date(T0 + day * DAY), { id: `dev-${i}`, source: i % 2 ? 'quiz' : 'review', sessionId: 's' }).progress;
  });
  return p;
}

describe('decodeProgress', () => {
  it('starts empty on first run, without a problem', () => {
    assert.deepEqual(decodeProgress(undefined, scheduler), { progress: emptyProgress() });
    assert.deepEqual(decodeProgress(null, scheduler), { progress: emptyProgress() });
  });

  it('reads back what encodeProgress stored, as an object or as JSON text', () => {
    const p = sampleProgress();
    assert.deepEqual(decodeProgress(encodeProgress(p), scheduler), { progress: p });
    assert.deepEqual(decodeProgress(JSON.stringify(encodeProgress(p)), scheduler), { progress: p });
  });

  it('migrates version 1 to the log format, with ids stable across windows', () => {
    const v1 = {
      version: 1,
      reviews: [
        { card: 'entry:a', grade: 3, time: T0 },
        { card: 'term:b', grade: 1, time: T0 + 1000 },
        { card: 'entry:a', grade: 4, time: T0 + 3 * DAY },
      ],
    };
    const { progress, problem } = decodeProgress(v1, scheduler);
    assert.equal(problem, undefined);
    assert.equal(progress.version, 2);
    assert.deepEqual(
      progress.log.map((r) => [r.cardId, r.rating, r.at, r.source]),
      [
        ['entry:a', 'good', new Date(T0).toISOString(), 'review'],
        ['term:b', 'again', new Date(T0 + 1000).toISOString(), 'review'],
        ['entry:a', 'easy', new Date(T0 + 3 * DAY).toISOString(), 'review'],
      ],
    );
    assert.deepEqual(progress.cards, scheduler.replay(progress.log));
    assert.equal(progress.cards['entry:a'].reps, 2);
    assert.deepEqual(decodeProgress(v1, scheduler).progress.log.map((r) => r.id), progress.log.map((r) => r.id));
  });

  it('drops bad version-1 reviews and says where', () => {
    const { progress, problem } = decodeProgress({ version: 1, reviews: [{ card: 'entry:a', grade: 3, time: T0 }, { card: 'entry:a', grade: 7, time: T0 }] }, scheduler);
    assert.equal(progress.log.length, 1);
    assert.match(problem ?? '', /\$\.reviews\[1\]\.grade/);
  });

  const reset = (raw: unknown, pattern: RegExp): void => {
    const { progress, problem } = decodeProgress(raw, scheduler);
    assert.deepEqual(progress, emptyProgress());
    assert.ok(problem, 'a problem is reported');
    assert.match(problem, /progress was reset/);
    assert.match(problem, pattern);
  };

  it('resets unparseable JSON text with a clear message', () => {
    reset('{"version": 2, "log": [', /not valid JSON at line 1, column \d+/);
    reset('', /not valid JSON/);
  });

  it('resets values of the wrong type', () => {
    reset(42, /expected a progress object/);
    reset([1, 2], /expected a progress object/);
    reset('"just a string"', /expected a progress object/);
    reset({ version: 2, log: 'nope' }, /\$\.log: expected an array/);
    reset({ version: 2 }, /\$\.log/);
    reset({ version: 1, reviews: {} }, /\$\.reviews/);
  });

  it('resets unknown and newer versions, naming them', () => {
    reset({ log: [] }, /unknown format version undefined/);
    reset({ version: '2', log: [] }, /unknown format version "2"/);
    reset({ version: 3, log: [] }, /newer version of the extension \(format 3/);
  });

  it('keeps the readable records when some are damaged, and reports the first', () => {
    const good = encodeProgress(sampleProgress());
    const damaged = {
      ...good,
      log: [...good.log, { id: 'x1', cardId: 'entry:a', rating: 'great', at: good.log[0].at, source: 'review' }, 'garbage', { ...good.log[1] }],
    };
    const { progress, problem } = decodeProgress(damaged, scheduler);
    assert.deepEqual(progress, sampleProgress());
    assert.match(problem ?? '', /^3 parts of the stored quiz progress could not be read and were dropped \(first: \$\.log\[5\]\.rating: expected one of again, hard, good, easy, found "great"\)/);
  });

  it('recomputes card states from the log rather than trusting stored ones', () => {
    const stored = encodeProgress(sampleProgress());
    stored.cards['entry:a'].due = 'tampered';
    (stored as unknown as { cards: unknown }).cards = { ...stored.cards, 'entry:zzz': 5 };
    const { progress, problem } = decodeProgress(stored, scheduler);
    assert.equal(problem, undefined);
    assert.deepEqual(progress, sampleProgress());
  });

  it('never throws, whatever it is given (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.anything()), (raw) => {
        const { progress } = decodeProgress(raw, scheduler);
        assert.equal(progress.version, 2);
        assert.ok(Array.isArray(progress.log));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.string(), cardId: fc.constantFrom('entry:a', 'term:b', 'x'), rating: fc.constantFrom('again', 'good', 'meh'), at: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.string()), source: fc.constantFrom('review', 'quiz') })), (log) => {
        const { progress } = decodeProgress({ version: 2, cards: {}, log }, scheduler);
        assert.deepEqual(progress.cards, scheduler.replay(progress.log));
      }),
      { numRuns: 100 },
    );
  });
});

describe('exportProgress / importProgress', () => {
  it('round-trips', () => {
    const p = sampleProgress();
    const text = exportProgress(p);
    assert.ok(text.endsWith('\n') && text.includes('\n  "version": 2'), 'readable JSON');
    assert.deepEqual(importProgress(text, scheduler), { ok: true, progress: p });
  });

  it('round-trips a reset history with its epoch', () => {
    const p = scheduler.review(resetProgress(new Date(T0), 'dev-reset'), 'entry:a', 'good', new Date(T0 + DAY), { id: 'r' }).progress;
    assert.deepEqual(importProgress(exportProgress(p), scheduler), { ok: true, progress: p });
  });

  it('imports a version-1 file', () => {
    const result = importProgress(JSON.stringify({ version: 1, reviews: [{ card: 'term:b', grade: 2, time: T0 }] }), scheduler);
    assert.ok(result.ok);
    assert.equal(result.progress.log[0].rating, 'hard');
  });

  it('rejects a syntax error with its line and column', () => {
    const result = importProgress('{\n  "version": 2,\n  "log": [}\n', scheduler);
    assert.ok(!result.ok);
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0].path, '$');
    assert.match(result.problems[0].message, /^not valid JSON at line 3, column 11/);
  });

  it('rejects the whole file for any bad part, listing each at its JSON path', () => {
    const file = encodeProgress(sampleProgress()) as unknown as { log: Record<string, unknown>[]; cards: Record<string, Record<string, unknown>> };
    file.log[1].at = 'yesterday';
    file.log[2].source = 'guess';
    file.log[3].id = file.log[0].id;
    file.cards['entry:a'].state = 'Known';
    file.cards['not-a-card'] = {};
    const result = importProgress(JSON.stringify(file), scheduler);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.problems.map((p) => p.path),
      ['$.log[1].at', '$.log[2].source', '$.log[3].id', '$.cards["entry:a"].state', '$.cards["not-a-card"]'],
    );
    assert.match(result.problems[0].message, /expected an ISO 8601 date-time, found "yesterday"/);
    assert.match(result.problems[2].message, /duplicate record id/);
  });

  it('rejects wrong types at the top', () => {
    const top = importProgress('[]', scheduler);
    assert.ok(!top.ok);
    assert.deepEqual(top.problems, [{ path: '$', message: 'expected a progress object' }]);
    const epoch = importProgress(JSON.stringify({ version: 2, epoch: { id: 1 }, cards: {}, log: [] }), scheduler);
    assert.ok(!epoch.ok);
    assert.equal(epoch.problems[0].path, '$.epoch');
  });
});
