// Two copies of the progress (two windows, or memory and storage) combined without losing a
// review: the union of their logs by record id, replayed. Card states are never merged field by
// field, since only a replay in time order gives the schedule both answers together imply.
import { compareRecords, type Progress, type ProgressEpoch, type ReviewRecord } from './progressState';
import type { Scheduler } from './scheduler';

/**
 * Records of both logs, each id once, in canonical order. Two different records under one id should
 * not happen; if they do, the same one is kept whichever side it came from, so merging commutes.
 */
function unionLogs(first: readonly ReviewRecord[], second: readonly ReviewRecord[]): ReviewRecord[] {
  const byId = new Map<string, ReviewRecord>();
  for (const record of [...first, ...second]) {
    const kept = byId.get(record.id);
    if (!kept || JSON.stringify(record) < JSON.stringify(kept)) byId.set(record.id, record);
  }
  return [...byId.values()].sort(compareRecords);
}

/** The later history; no epoch is the original history, older than any reset. */
function isNewer(a: ProgressEpoch | undefined, b: ProgressEpoch | undefined): boolean {
  if (!a) return false;
  if (!b) return true;
  return a.at > b.at || (a.at === b.at && a.id > b.id);
}

/**
 * Synchronises two copies of the same learner's progress. Within one history, logs are united.
 * When one side was reset since, the reset wins: the other side only contributes reviews made
 * after the reset (answered in a window that had not seen it yet). Commutative.
 */
export function mergeProgress(a: Progress, b: Progress, scheduler: Scheduler): Progress {
  if (a.epoch?.id === b.epoch?.id) return scheduler.rebuild({ ...a, log: unionLogs(a.log, b.log) });
  const [winner, loser] = isNewer(a.epoch, b.epoch) ? [a, b] : [b, a];
  const since = winner.epoch?.at ?? '';
  return scheduler.rebuild({ ...winner, log: unionLogs(winner.log, loser.log.filter((r) => r.at > since)) });
}

/**
 * Adds an imported history to the current one: every imported review counts, whatever history it
 * came from, and the current history's epoch is kept so other windows go on merging normally.
 */
export function mergeImported(current: Progress, imported: Progress, scheduler: Scheduler): Progress {
  return scheduler.rebuild({ ...current, log: unionLogs(current.log, imported.log) });
}
