import * as vscode from 'vscode';
import { entryCardId } from '../core/quiz/cardIds';
import { mastery, type MasteryLevel } from '../core/quiz/mastery';
import type { StoredCard } from '../core/quiz/progressState';
import { masteryText } from './studyText';

/** Tree items of entries carry `llm-field-guide:/entry/<id>` so decorations can find them. */
export const ENTRY_URI_SCHEME = 'llm-field-guide';

export const entryUri = (entryId: string): vscode.Uri => vscode.Uri.from({ scheme: ENTRY_URI_SCHEME, path: `/entry/${entryId}` });

export function entryIdOfUri(uri: vscode.Uri): string | undefined {
  if (uri.scheme !== ENTRY_URI_SCHEME) return undefined;
  return /^\/entry\/([a-z0-9][a-z0-9-]*)$/.exec(uri.path)?.[1];
}

/** Badges fill up as a card is learned; the colours are contributed theme colours (package.json). */
const BADGES: Record<Exclude<MasteryLevel, 'new'>, string> = { learning: '◔', review: '◑', mastered: '●' };
export const MASTERY_COLOUR_IDS: Record<Exclude<MasteryLevel, 'new'>, string> = {
  learning: 'llmFieldGuide.mastery.learning',
  review: 'llmFieldGuide.mastery.review',
  mastered: 'llmFieldGuide.mastery.mastered',
};

/**
 * Mastery of each entry as a coloured badge in the Topics tree. New entries (never answered) carry
 * no badge, so the tree stays quiet until the learner starts.
 */
export class MasteryDecorations implements vscode.FileDecorationProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeFileDecorations = this.changed.event;

  constructor(private readonly cards: () => Record<string, StoredCard>) {}

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    const id = entryIdOfUri(uri);
    if (!id) return undefined;
    const level = mastery(this.cards()[entryCardId(id)]);
    if (level === 'new') return undefined;
    const decoration = new vscode.FileDecoration(BADGES[level], vscode.l10n.t('Mastery: {0}', masteryText()[level]), new vscode.ThemeColor(MASTERY_COLOUR_IDS[level]));
    decoration.propagate = false;
    return decoration;
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
