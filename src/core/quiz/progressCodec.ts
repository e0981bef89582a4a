// Progress to and from storage and export files. Decoding never throws: whatever is stored, the
// glue gets a usable progress and, when something was wrong, one message to report (after backing
// up the raw value).
import { jsonErrorLocation } from './jsonErrorLocation';
import { isPlainObject, type ProgressProblem } from './jsonShape';
import { readProgressDocument } from './progressDocument';
import { migrateV1 } from './progressMigration';
import { emptyProgress, PROGRESS_VERSION, type Progress, type ProgressEpoch, type ReviewRecord } from './progressState';
import type { Scheduler } from './scheduler';

export interface DecodedProgress {
  progress: Progress;
  /** Set when the stored value was damaged: what was wrong and what was done about it. */
  problem?: string;
}

export type ImportResult = { ok: true; progress: Progress } | { ok: false; problems: ProgressProblem[] };

interface ReadAny {
  log?: ReviewRecord[];
  epoch?: ProgressEpoch;
  problems: ProgressProblem[];
}

/** JSON.parse, with a failure located by line and column. */
function parseJson(text: string): { value: unknown } | { problem: ProgressProblem } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const where = jsonErrorLocation(text);
    const reason = error instanceof Error ? error.message : String(error);
    const at = where ? ` at line ${where.line}, column ${where.column}` : '';
    return { problem: { path: '$', message: `not valid JSON${at} (${reason})` } };
  }
}

/** Any supported version, migrated to a version-2 log. */
function readAnyVersion(value: unknown, checkCards: boolean): ReadAny {
  if (!isPlainObject(value)) return { problems: [{ path: '$', message: 'expected a progress object' }] };
  switch (value.version) {
    case 1:
      return migrateV1(value);
    case PROGRESS_VERSION:
      return readProgressDocument(value, checkCards);
    default: {
      const newer = typeof value.version === 'number' && value.version > PROGRESS_VERSION;
      const message = newer
        ? `written by a newer version of the extension (format ${value.version}; this one reads up to ${PROGRESS_VERSION})`
        : `unknown format version ${JSON.stringify(value.version) ?? 'undefined'}`;
      return { problems: [{ path: '$.version', message }] };
    }
  }
}

function assemble(read: ReadAny & { log: ReviewRecord[] }, scheduler: Scheduler): Progress {
  const progress: Progress = { ...emptyProgress(), log: read.log };
  if (read.epoch) progress.epoch = read.epoch;
  return scheduler.rebuild(progress);
}

const describe = (p: ProgressProblem): string => `${p.path}: ${p.message}`;

/**
 * Reads a stored progress value: an object as written by `encodeProgress`, its JSON text, or
 * undefined/null on first run. Version 1 values are migrated. Damaged records are dropped;
 * a damaged document yields an empty progress. Card states are always recomputed from the log.
 */
export function decodeProgress(raw: unknown, scheduler: Scheduler): DecodedProgress {
  if (raw === undefined || raw === null) return { progress: emptyProgress() };
  const reset = (problem: ProgressProblem): DecodedProgress => ({
    progress: emptyProgress(),
    problem: `Stored quiz progress could not be read (${describe(problem)}); progress was reset.`,
  });
  try {
    let value: unknown = raw;
    if (typeof raw === 'string') {
      const parsed = parseJson(raw);
      if ('problem' in parsed) return reset(parsed.problem);
      value = parsed.value;
    }
    const read = readAnyVersion(value, false);
    if (!read.log) return reset(read.problems[0]);
    const progress = assemble({ ...read, log: read.log }, scheduler);
    if (read.problems.length === 0) return { progress };
    const n = read.problems.length;
    return {
      progress,
      problem: `${n} part${n === 1 ? '' : 's'} of the stored quiz progress could not be read and ${n === 1 ? 'was' : 'were'} dropped (first: ${describe(read.problems[0])}).`,
    };
  } catch (error) {
    // A last resort: decoding must not take the extension down with it.
    return reset({ path: '$', message: error instanceof Error ? error.message : String(error) });
  }
}

/** A JSON-safe copy of the progress, to store as is (e.g. in a memento). */
export function encodeProgress(progress: Progress): Progress {
  return JSON.parse(JSON.stringify(progress)) as Progress;
}

/** The progress as a readable JSON file. */
export function exportProgress(progress: Progress): string {
  return `${JSON.stringify(encodeProgress(progress), null, 2)}\n`;
}

/**
 * Reads an exported file (version 1 or 2). Strict, unlike decoding: any problem rejects the whole
 * file, each problem located by JSON path (syntax errors by line and column). Combine the result
 * with the current progress through `mergeImported`.
 */
export function importProgress(text: string, scheduler: Scheduler): ImportResult {
  try {
    // Editors on Windows may save the file with a byte-order mark, which JSON.parse rejects.
    const parsed = parseJson(text.replace(/^\uFEFF/, ''));
    if ('problem' in parsed) return { ok: false, problems: [parsed.problem] };
    const read = readAnyVersion(parsed.value, true);
    if (!read.log || read.problems.length > 0) return { ok: false, problems: read.problems };
    return { ok: true, progress: assemble({ ...read, log: read.log }, scheduler) };
  } catch (error) {
    return { ok: false, problems: [{ path: '$', message: error instanceof Error ? error.message : String(error) }] };
  }
}
