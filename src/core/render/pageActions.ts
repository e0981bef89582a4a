// The action buttons on a page. Each is a real <button> carrying data-action plus the data the
// matching panel message needs (see panel/panelMessages.ts), so the webview script can turn a
// click or Enter/Space into a message without knowing anything else about the page.
import type { Lang } from '../knowledge/model';
import { attributeHtml, languageBlock } from './languageBlocks';
import { escapeHtml } from './htmlEscape';
import { HTML_LANG, NATIVE_LANGUAGE_NAMES, UI_LABELS, type UiLabels } from './uiLabels';

export type PageAction = 'reveal' | 'quiz' | 'copyMarkdown' | 'setLanguage';

export const ACTION_BUTTON_CLASS = 'page-action';

export interface ActionSubject {
  kind: 'entry' | 'term';
  id: string;
}

function button(action: string, label: string, data: Array<[string, string]>, extra: Array<[string, string]> = []): string {
  const attributes: Array<[string, string]> = [
    ['type', 'button'],
    ['class', `${ACTION_BUTTON_CLASS} action-${action}`],
    ['data-action', action],
    ...data,
    ...extra,
  ];
  return `<button${attributeHtml(attributes)}>${escapeHtml(label)}</button>`;
}

/** One action's button (for setLanguage: one per displayed language, only the current one visible). */
export function actionButtonHtml(action: PageAction, subject: ActionSubject, labels: UiLabels, displayLang: Lang): string {
  switch (action) {
    case 'reveal':
      return button('reveal', labels.revealInSidebar, [['data-id', subject.id]]);
    case 'quiz':
      return button('quiz', labels.quiz, [['data-kind', subject.kind], ['data-id', subject.id]]);
    case 'copyMarkdown':
      return button('copyMarkdown', labels.copyMarkdown, [['data-id', subject.id]]);
    case 'setLanguage':
      return languageSwitchHtml(displayLang);
  }
}

/**
 * While Chinese is shown, a button offering English (labelled in Chinese), and vice versa; each
 * is a language block, so a local switch also swaps the button.
 */
function languageSwitchHtml(displayLang: Lang): string {
  return (['zh', 'en'] as const)
    .map((shown) => {
      const target: Lang = shown === 'zh' ? 'en' : 'zh';
      const labels = UI_LABELS[shown];
      const name = NATIVE_LANGUAGE_NAMES[target];
      const inner = button('setLanguage', name, [['data-lang', target]], [
        ['aria-label', `${labels.switchLanguage}${labels.colon}${name}`],
        ['lang', HTML_LANG[target]],
      ]);
      return languageBlock('span', shown, displayLang, inner, { className: 'language-switch' });
    })
    .join('');
}

/** The group of action buttons under a page title. */
export function actionBarHtml(actions: readonly PageAction[], subject: ActionSubject, labels: UiLabels, displayLang: Lang): string {
  if (actions.length === 0) return '';
  const buttons = actions.map((a) => actionButtonHtml(a, subject, labels, displayLang)).join('');
  return `<div class="page-actions" role="group" aria-label="${escapeHtml(labels.actions)}">${buttons}</div>`;
}
