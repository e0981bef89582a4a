// Shared pieces of the quiz and review quick picks. A quick-pick row is one line that VS Code cuts
// off at the widget's width, so long texts (questions, options, explanations) are wrapped into
// several rows that all stand for the same choice.
import * as vscode from 'vscode';
import { splitPrompt, textWidth, wrapText } from '../core/quiz/wrapText';

/** Columns of text a row holds beside its icon in the (at most 600 px wide) quick input. */
export const LINE_COLUMNS = 80;
/** Columns the title line holds beside the step counter and the buttons. */
export const TITLE_COLUMNS = 76;

export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];

/** Content text must not be read as `$(icon)` syntax. */
export const escapeIcons = (text: string): string => text.replace(/\$\(/g, '\\$(');

export interface StudyItem<A> extends vscode.QuickPickItem {
  action?: A;
}

/**
 * Rows for one text: the first with `icon`, the rest indented by a blank icon; all carry `action`.
 * `firstColumns` leaves room on the first row for a separator's label, which VS Code shows there.
 */
export function lineItems<A>(text: string, icon: string, action: A | undefined, prefix = '', firstColumns = LINE_COLUMNS): StudyItem<A>[] {
  const lines = wrapText(`${prefix}${text}`, LINE_COLUMNS, firstColumns).filter((l) => l.length > 0);
  return lines.map((line, i) => ({ label: `$(${i === 0 ? icon : 'blank'}) ${escapeIcons(line)}`, action, alwaysShow: true }));
}

export const separator = <A>(label?: string): StudyItem<A> => ({ label: label ?? '', kind: vscode.QuickPickItemKind.Separator });

/** A labelled group of rows: the label sits at the right end of the group's first row. */
export function labelledLines<A>(label: string, text: string, icon: string, action: A | undefined, prefix = ''): StudyItem<A>[] {
  return [separator<A>(label), ...lineItems(text, icon, action, prefix, LINE_COLUMNS - textWidth(label) - 6)];
}

/** The title and the rows of a question (see splitPrompt). */
export function promptRows<A>(prompt: string, fallbackTitle: string, action: A): { title: string; rows: StudyItem<A>[] } {
  const split = splitPrompt(prompt, TITLE_COLUMNS, LINE_COLUMNS);
  const rows = split.lines.filter((l) => l.length > 0).map((line, i): StudyItem<A> => ({
    label: `$(${i === 0 && !split.title ? 'question' : 'blank'}) ${escapeIcons(line)}`,
    action,
    alwaysShow: true,
  }));
  return { title: split.title ?? fallbackTitle, rows };
}

export const skipButton = (): vscode.QuickInputButton => ({ iconPath: new vscode.ThemeIcon('debug-step-over'), tooltip: vscode.l10n.t('Skip') });
export const openButton = (kind: 'entry' | 'term'): vscode.QuickInputButton => ({
  iconPath: new vscode.ThemeIcon('book'),
  tooltip: kind === 'entry' ? vscode.l10n.t('Open the entry in the panel') : vscode.l10n.t('Open the term card in the panel'),
});
