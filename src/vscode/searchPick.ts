import * as vscode from 'vscode';
import type { ContentBundle } from '../core/knowledge/model';
import type { PanelTarget } from '../core/panel/panelMessages';
import type { SearchField, SearchHit, SearchIndex } from '../core/search/searchIndex';
import { searchChunk } from './chunks';
import type { ContentStore } from './contentStore';
import { displayLanguage } from './displayLanguage';

interface HitItem extends vscode.QuickPickItem {
  target: PanelTarget;
}

const FIELD_LABELS = (): Record<SearchField, string> => ({
  title: vscode.l10n.t('title'),
  aliases: vscode.l10n.t('alias'),
  code: vscode.l10n.t('code'),
  body: vscode.l10n.t('text'),
});

/** The search index for the loaded content, rebuilt when the content changes. */
export class SearchService {
  private index: { bundle: ContentBundle; index: SearchIndex } | undefined;

  constructor(private readonly store: ContentStore) {}

  async search(query: string): Promise<SearchHit[]> {
    return (await this.current())?.search(query, { limit: 30, lang: displayLanguage() }) ?? [];
  }

  /** Builds the index ahead of the first query (a few hundred ms on a cold start). */
  async prepare(): Promise<void> {
    (await this.current())?.warmUp();
  }

  private async current(): Promise<SearchIndex | undefined> {
    const state = await this.store.load();
    if (state.kind === 'failed') return undefined;
    if (this.index?.bundle !== state.bundle) this.index = { bundle: state.bundle, index: searchChunk().createSearchIndex(state.bundle) };
    return this.index.index;
  }
}

function toItem(hit: SearchHit): HitItem {
  const lang = displayLanguage();
  const other = lang === 'zh' ? 'en' : 'zh';
  const labels = FIELD_LABELS();
  const where = hit.matchedFields.map((f) => labels[f]).join(', ');
  const item: HitItem = {
    label: `$(${hit.kind === 'entry' ? 'comment-discussion' : 'symbol-constant'}) ${hit.title[lang]}`,
    description: `${hit.title[other]} · ${hit.kind === 'entry' ? vscode.l10n.t('entry') : vscode.l10n.t('term')} · ${vscode.l10n.t('matched in {0}', where)}`,
    target: { kind: hit.kind, id: hit.id },
    alwaysShow: true,
  };
  if (hit.snippet) {
    item.detail = hit.snippet.text;
    // Highlights apply to the label only; the detail line shows the matched text in context.
  }
  return item;
}

/** `LLM Field Guide: Search` — a QuickPick over entries and terms in both languages. */
export async function showSearch(service: SearchService, open: (target: PanelTarget) => Promise<void>, initial = ''): Promise<void> {
  const pick = vscode.window.createQuickPick<HitItem>();
  pick.title = vscode.l10n.t('Search LLM Field Guide');
  pick.placeholder = vscode.l10n.t('Search entries and terms in Chinese or English, e.g. 混合精度, mixed precision, ZeRO');
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  pick.value = initial;
  let generation = 0;
  const update = async (query: string) => {
    const mine = ++generation;
    if (!query.trim()) {
      pick.items = [];
      return;
    }
    pick.busy = true;
    const hits = await service.search(query);
    if (mine !== generation) return; // a newer query is already being answered
    pick.items = hits.map(toItem);
    pick.busy = false;
    if (hits.length === 0) pick.placeholder = vscode.l10n.t('No matches for “{0}”', query);
  };
  pick.onDidChangeValue((q) => void update(q));
  pick.onDidAccept(() => {
    const chosen = pick.selectedItems[0];
    if (!chosen) return;
    pick.hide();
    void open(chosen.target);
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
  if (initial) await update(initial);
  // While the first characters are typed, not after them; a failure shows on the first search.
  else setTimeout(() => void service.prepare().catch(() => undefined), 0);
}
