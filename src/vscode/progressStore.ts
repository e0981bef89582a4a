import * as vscode from 'vscode';
import { decodeProgress, encodeProgress, exportProgress, importProgress, type ImportResult } from '../core/quiz/progressCodec';
import { mergeImported, mergeProgress } from '../core/quiz/progressMerge';
import { resetProgress, type Progress, type ReviewRating } from '../core/quiz/progressState';
import { createReviewRecordIds, type ReviewRecordIds } from '../core/quiz/reviewRecordIds';
import { createScheduler, type ReviewOutcome, type Scheduler } from '../core/quiz/scheduler';
import { addKeysForSync, type SyncableMemento } from './syncedKeys';

export const PROGRESS_KEY = 'llmFieldGuide.progress';
/** Damaged stored values are kept under this prefix plus the time they were found. */
export const PROGRESS_BACKUP_PREFIX = 'llmFieldGuide.progressBackup.';
export const RETENTION_SETTING = 'llmFieldGuide.review.targetRetention';

export function targetRetention(): number {
  const value = vscode.workspace.getConfiguration().get<unknown>(RETENTION_SETTING, 0.9);
  return typeof value === 'number' ? value : 0.9;
}

/**
 * The learner's quiz and review progress in globalState, synchronised across devices. Writes never
 * overwrite blindly: each one re-reads the stored value and merges it with what this window knows,
 * so two windows (or a device that synced in between) answering at the same time lose no review.
 * A damaged stored value is backed up under its own key, reported once and replaced.
 */
export class ProgressStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the progress changed: an answer, a sync from another window, an import, a reset. */
  readonly onDidChange = this.changed.event;
  private scheduler: Scheduler;
  private progress: Progress;
  /** The object last written or read; when storage still holds it, nobody else has written. */
  private lastSeen: unknown;
  private queue: Promise<unknown> = Promise.resolve();
  /** Every problem reported, oldest first (for the log and tests). */
  readonly problems: string[] = [];
  private readonly reportedValues = new Set<string>();
  readonly nextId: ReviewRecordIds;

  /**
   * @param deviceId unique per window: `${env.machineId}.${env.sessionId}`.
   * @param report shows a problem to the user (once per damaged value).
   */
  constructor(
    private readonly state: SyncableMemento,
    deviceId: string,
    private readonly report: (message: string) => void,
    retention: number = targetRetention(),
    private readonly clock: () => Date = () => new Date(),
  ) {
    addKeysForSync(state, [PROGRESS_KEY]);
    this.nextId = createReviewRecordIds(deviceId);
    this.scheduler = createScheduler({ requestRetention: retention });
    this.progress = this.readStored();
  }

  get current(): Progress {
    return this.progress;
  }

  get schedulerInUse(): Scheduler {
    return this.scheduler;
  }

  /** A new target retention reschedules every card (the log stays as it is). */
  setRetention(retention: number): void {
    this.scheduler = createScheduler({ requestRetention: retention });
    this.progress = this.scheduler.rebuild(this.progress);
    this.changed.fire();
  }

  /** Keys of the backups of damaged values, oldest first. */
  backupKeys(): string[] {
    return this.state
      .keys()
      .filter((k) => k.startsWith(PROGRESS_BACKUP_PREFIX))
      .sort();
  }

  /**
   * The stored progress, decoded. A damaged value is backed up, reported and replaced with what
   * could be read (nothing, if the whole document was unusable).
   */
  private readStored(): Progress {
    const raw = this.state.get<unknown>(PROGRESS_KEY);
    const decoded = decodeProgress(raw, this.scheduler);
    this.lastSeen = raw;
    if (!decoded.problem) return decoded.progress;
    const signature = safeSignature(raw);
    if (!this.reportedValues.has(signature)) {
      this.reportedValues.add(signature);
      this.problems.push(decoded.problem);
      const backupKey = `${PROGRESS_BACKUP_PREFIX}${this.clock().toISOString()}`;
      void Promise.resolve(this.state.update(backupKey, raw)).then(
        () => this.report(vscode.l10n.t('Quiz progress: {0} A copy of the damaged value was kept under “{1}”.', decoded.problem ?? '', backupKey)),
        (e: unknown) => this.report(vscode.l10n.t('Quiz progress: {0} The damaged value could not be backed up ({1}).', decoded.problem ?? '', String(e))),
      );
      // Replace the damaged value so other windows do not trip over it too.
      const clean = encodeProgress(decoded.progress);
      this.lastSeen = clean;
      void this.state.update(PROGRESS_KEY, clean);
    }
    return decoded.progress;
  }

  /** This window's progress merged with the stored one (which another window may have written). */
  private merged(): Progress {
    if (this.state.get<unknown>(PROGRESS_KEY) === this.lastSeen) return this.progress;
    return mergeProgress(this.readStored(), this.progress, this.scheduler);
  }

  /** Runs writes one after another; a failed write is reported and does not block later ones. */
  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch((e: unknown) => this.report(vscode.l10n.t('Quiz progress could not be saved: {0}', e instanceof Error ? e.message : String(e))));
    return run;
  }

  private async write(progress: Progress): Promise<void> {
    this.progress = progress;
    const value = encodeProgress(progress);
    this.lastSeen = value;
    this.changed.fire();
    await this.state.update(PROGRESS_KEY, value);
  }

  /** Picks up what other windows or devices stored; writes back only if this window knew more. */
  sync(): Promise<void> {
    return this.enqueue(async () => {
      const stored = this.state.get<unknown>(PROGRESS_KEY);
      if (stored === this.lastSeen) return;
      const before = this.progress;
      const fromStorage = this.readStored();
      const merged = mergeProgress(fromStorage, before, this.scheduler);
      const knewMore = merged.log.length !== fromStorage.log.length || merged.epoch?.id !== fromStorage.epoch?.id;
      if (knewMore) await this.write(merged);
      else if (merged.log.length !== before.log.length || merged.epoch?.id !== before.epoch?.id) {
        this.progress = merged;
        this.changed.fire();
      }
    });
  }

  /** Records a quiz answer (wrong is Again, right is Good) and stores it at once. */
  answer(question: { cardId: string }, correct: boolean, sessionId: string): Promise<ReviewOutcome> {
    return this.enqueue(async () => {
      const now = this.clock();
      const outcome = this.scheduler.answerQuestion(this.merged(), question, correct, now, { id: this.nextId(now), sessionId });
      await this.write(outcome.progress);
      return outcome;
    });
  }

  /** Records a flashcard rating and stores it at once. */
  rate(cardId: string, rating: ReviewRating, sessionId: string): Promise<ReviewOutcome> {
    return this.enqueue(async () => {
      const now = this.clock();
      const outcome = this.scheduler.review(this.merged(), cardId, rating, now, { id: this.nextId(now), source: 'review', sessionId });
      await this.write(outcome.progress);
      return outcome;
    });
  }

  /** The progress as an export file (including what other windows stored). */
  exportText(): Promise<string> {
    return this.enqueue(async () => exportProgress(this.merged()));
  }

  /** Reads an exported file and adds its reviews; nothing changes when the file has problems. */
  import(text: string): Promise<ImportResult & { added?: number }> {
    return this.enqueue(async () => {
      const result = importProgress(text, this.scheduler);
      if (!result.ok) return result;
      const base = this.merged();
      const combined = mergeImported(base, result.progress, this.scheduler);
      await this.write(combined);
      return { ...result, added: combined.log.length - base.log.length };
    });
  }

  /** Forgets every review, here and (through the new epoch) in every window that syncs with this one. */
  reset(): Promise<void> {
    return this.enqueue(async () => {
      const now = this.clock();
      await this.write(resetProgress(now, this.nextId(now)));
    });
  }

  /** Resolves when every write queued so far is done. */
  async settled(): Promise<void> {
    await this.queue;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** A short fingerprint of a stored value, to report each damaged value only once. */
function safeSignature(raw: unknown): string {
  try {
    const text = typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? String(raw));
    return `${text.length}:${text.slice(0, 200)}:${text.slice(-200)}`;
  } catch {
    return String(raw);
  }
}
