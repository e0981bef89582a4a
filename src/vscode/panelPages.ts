import * as vscode from 'vscode';
import { renderEntryPage } from '../core/render/entryPage';
import { renderTermPage } from '../core/render/termPage';
import type { PageAction } from '../core/render/pageActions';
import type { PanelPageRenderer } from './answerPanel';

/**
 * The pages the answer panel shows, from the pure renderers. The quiz button appears once the
 * quiz command is available.
 */
export function panelPageRenderer(options: { quiz?: boolean } = {}): PanelPageRenderer {
  const entryActions: PageAction[] = ['setLanguage', 'reveal', 'copyMarkdown', ...(options.quiz ? (['quiz'] as const) : [])];
  const termActions: PageAction[] = ['setLanguage', ...(options.quiz ? (['quiz'] as const) : [])];
  return {
    render(target, bundle, lang) {
      if (target.kind === 'entry') {
        const entry = bundle.entries.find((e) => e.id === target.id);
        return entry && { title: entry.title[lang], html: renderEntryPage(entry, bundle, lang, { actions: entryActions }) };
      }
      const term = bundle.terms.find((t) => t.id === target.id);
      return term && { title: `${term.term[lang]} · ${vscode.l10n.t('Glossary')}`, html: renderTermPage(term, bundle, lang, { actions: termActions }) };
    },
  };
}
