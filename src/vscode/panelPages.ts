import * as vscode from 'vscode';
import type { PanelTargetKind } from '../core/panel/panelMessages';
import type { PageAction } from '../core/render/pageActions';
import type { PanelPageRenderer } from './answerPanel';
import { renderChunk } from './chunks';

/** A renderer other surfaces can add page kinds to (the quiz feature adds results and progress). */
export interface ExtensiblePanelPageRenderer extends PanelPageRenderer {
  addPages(kinds: readonly PanelTargetKind[], pages: PanelPageRenderer): vscode.Disposable;
}

/**
 * The pages the answer panel shows, from the pure renderers. The quiz button appears once the
 * quiz command is available.
 */
export function panelPageRenderer(options: { quiz?: boolean } = {}): ExtensiblePanelPageRenderer {
  const entryActions: PageAction[] = ['setLanguage', 'reveal', 'copyMarkdown', ...(options.quiz ? (['quiz'] as const) : [])];
  const termActions: PageAction[] = ['setLanguage', ...(options.quiz ? (['quiz'] as const) : [])];
  const extra = new Map<PanelTargetKind, PanelPageRenderer>();
  return {
    render(target, bundle, lang) {
      const pages = extra.get(target.kind);
      if (pages) return pages.render(target, bundle, lang);
      if (target.kind === 'entry') {
        const entry = bundle.entries.find((e) => e.id === target.id);
        return entry && { title: entry.title[lang], html: renderChunk().renderEntryPage(entry, bundle, lang, { actions: entryActions }) };
      }
      if (target.kind !== 'term') return undefined;
      const term = bundle.terms.find((t) => t.id === target.id);
      return term && { title: `${term.term[lang]} · ${vscode.l10n.t('Glossary')}`, html: renderChunk().renderTermPage(term, bundle, lang, { actions: termActions }) };
    },
    addPages(kinds, pages) {
      for (const kind of kinds) extra.set(kind, pages);
      return new vscode.Disposable(() => kinds.forEach((kind) => extra.get(kind) === pages && extra.delete(kind)));
    },
  };
}
