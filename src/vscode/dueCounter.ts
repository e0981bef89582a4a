import * as vscode from 'vscode';
import { refreshDelayMs, showDueCounter, type DueStatus } from '../core/quiz/dueStatus';
import { REVIEW_COMMAND } from './quizCommands';
import { dateTimeText, inTime } from './studyText';

export const DUE_COUNTER_ID = 'llmFieldGuide.due';

/**
 * The status-bar counter of cards due ("$(mortar-board) 7 due"); a click starts a review. It counts
 * again when the next card falls due (through `onDueSoon`) and whenever the progress changes.
 */
export class DueCounter implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem(DUE_COUNTER_ID, vscode.StatusBarAlignment.Right, 101);
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly onDueSoon: () => void) {
    this.item.name = vscode.l10n.t('LLM Field Guide: Cards Due');
    this.item.command = REVIEW_COMMAND;
  }

  update(status: DueStatus | undefined, now: Date = new Date()): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!status || !showDueCounter(status)) {
      this.item.hide();
      return;
    }
    this.item.text = vscode.l10n.t('$(mortar-board) {0} due', status.due);
    const next = status.nextDue
      ? vscode.l10n.t('Next card due {0} ({1}).', inTime(status.nextDue, now), dateTimeText(status.nextDue))
      : vscode.l10n.t('No other card is scheduled yet.');
    const head =
      status.due === 0
        ? vscode.l10n.t('No cards are due for review.')
        : status.due === 1
          ? vscode.l10n.t('1 card is due for review.')
          : vscode.l10n.t('{0} cards are due for review.', status.due);
    this.item.tooltip = `${head} ${next}\n${vscode.l10n.t('Click to review.')}`;
    this.item.accessibilityInformation = { label: `${head} ${next}` };
    this.item.show();
    const delay = refreshDelayMs(status.nextDue, now);
    if (delay !== undefined) this.timer = setTimeout(() => this.onDueSoon(), delay);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
  }
}
