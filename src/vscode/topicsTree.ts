import * as vscode from 'vscode';
import type { ContentBundle, Entry, Lang, Topic } from '../core/knowledge/model';
import { escapeMarkdown } from '../core/render/markdownEscape';
import type { ContentStore } from './contentStore';
import { displayLanguage } from './displayLanguage';
import type { DifficultyFilter } from './difficultyFilter';
import { entryUri } from './masteryDecorations';
import type { ReadingList } from './readingList';

export type ShelfKind = 'favourites' | 'recent';

export type TopicsNode =
  | { kind: 'shelf'; shelf: ShelfKind }
  | { kind: 'topic'; topic: Topic }
  | { kind: 'entry'; entry: Entry; under: 'topic' | ShelfKind };

export const LOAD_FAILED_CONTEXT = 'llmFieldGuide.contentFailed';
export const OPEN_ENTRY_COMMAND = 'llmFieldGuide.openEntry';

const TOPIC_ICONS: Record<string, string> = {
  fundamentals: 'symbol-class',
  data: 'database',
  training: 'pulse',
  distributed: 'server-environment',
  efficiency: 'dashboard',
  inference: 'rocket',
  adaptation: 'git-merge',
  evaluation: 'graph',
  safety: 'shield',
  applications: 'briefcase',
};

export function difficultyStars(difficulty: number): string {
  return '★'.repeat(difficulty) + '☆'.repeat(3 - difficulty);
}

/** The first lines of an answer as plain text, for tooltips. */
export function answerPreview(markdown: string, maxChars = 280): string {
  const plain = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/[*_`#>|]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > maxChars ? `${plain.slice(0, maxChars - 1)}…` : plain;
}

/**
 * The Topics tree: favourites and recently viewed shelves (when not empty), then topic → entries,
 * in the display language. Nodes are cached by id so `reveal` and `getParent` see stable objects.
 */
export class TopicsTreeProvider implements vscode.TreeDataProvider<TopicsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TopicsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly nodes = new Map<string, TopicsNode>();
  private bundle: ContentBundle | undefined;
  /** Told whenever a load finishes, with the reason when it failed. */
  onLoadResult: ((failure: string | undefined) => void) | undefined;
  /** Words added to a topic's entry count, e.g. "2 due" (set by the quiz feature). */
  topicNote: ((topicId: string) => string | undefined) | undefined;

  constructor(
    private readonly store: ContentStore,
    private readonly readingList: ReadingList,
    private readonly filter: DifficultyFilter,
  ) {
    this.subscriptions.push(
      store.onDidChange(() => this.refresh()),
      readingList.onDidChange(() => this.refresh()),
      filter.onDidChange(() => this.refresh()),
    );
  }

  refresh(): void {
    this.nodes.clear();
    this.changed.fire(undefined);
  }

  private node<T extends TopicsNode>(key: string, make: () => T): T {
    let n = this.nodes.get(key);
    if (!n) {
      n = make();
      this.nodes.set(key, n);
    }
    return n as T;
  }

  private topicNode(topic: Topic) {
    return this.node(`topic:${topic.id}`, () => ({ kind: 'topic' as const, topic }));
  }

  private entryNode(entry: Entry, under: 'topic' | ShelfKind) {
    return this.node(`${under}:${entry.id}`, () => ({ kind: 'entry' as const, entry, under }));
  }

  private entriesOf(topicId: string): Entry[] {
    return (this.bundle?.entries ?? []).filter((e) => e.topic === topicId && this.filter.allows(e.difficulty));
  }

  private shelfEntries(shelf: ShelfKind): Entry[] {
    const ids = shelf === 'favourites' ? this.readingList.favourites() : this.readingList.recentlyViewed();
    const byId = new Map((this.bundle?.entries ?? []).map((e) => [e.id, e]));
    return ids.map((id) => byId.get(id)).filter((e): e is Entry => e !== undefined);
  }

  async getChildren(node?: TopicsNode): Promise<TopicsNode[]> {
    if (!node) {
      const state = await this.store.load();
      void vscode.commands.executeCommand('setContext', LOAD_FAILED_CONTEXT, state.kind === 'failed');
      this.onLoadResult?.(state.kind === 'failed' ? state.reason : undefined);
      if (state.kind === 'failed') {
        this.bundle = undefined;
        return [];
      }
      this.bundle = state.bundle;
      const shelves = (['favourites', 'recent'] as const)
        .filter((s) => this.shelfEntries(s).length > 0)
        .map((shelf) => this.node(`shelf:${shelf}`, () => ({ kind: 'shelf' as const, shelf })));
      return [...shelves, ...state.bundle.topics.map((t) => this.topicNode(t))];
    }
    if (node.kind === 'topic') return this.entriesOf(node.topic.id).map((e) => this.entryNode(e, 'topic'));
    if (node.kind === 'shelf') return this.shelfEntries(node.shelf).map((e) => this.entryNode(e, node.shelf));
    return [];
  }

  getParent(node: TopicsNode): TopicsNode | undefined {
    if (node.kind !== 'entry') return undefined;
    if (node.under !== 'topic') return this.nodes.get(`shelf:${node.under}`);
    const topic = this.bundle?.topics.find((t) => t.id === node.entry.topic);
    return topic ? this.topicNode(topic) : undefined;
  }

  /** The node of an entry under its topic, for `reveal` (undefined when filtered out or unknown). */
  async entryNodeFor(entryId: string): Promise<TopicsNode | undefined> {
    if (!this.bundle) await this.getChildren();
    const entry = this.bundle?.entries.find((e) => e.id === entryId);
    return entry && this.filter.allows(entry.difficulty) ? this.entryNode(entry, 'topic') : undefined;
  }

  getTreeItem(node: TopicsNode): vscode.TreeItem {
    const lang: Lang = displayLanguage();
    if (node.kind === 'shelf') {
      const label = node.shelf === 'favourites' ? vscode.l10n.t('Favourites') : vscode.l10n.t('Recently viewed');
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `shelf:${node.shelf}`;
      item.iconPath = new vscode.ThemeIcon(node.shelf === 'favourites' ? 'star-full' : 'history');
      item.contextValue = `shelf.${node.shelf}`;
      return item;
    }
    if (node.kind === 'topic') {
      const count = this.entriesOf(node.topic.id).length;
      const item = new vscode.TreeItem(node.topic.title[lang], vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `topic:${node.topic.id}`;
      item.description = count === 1 ? vscode.l10n.t('1 entry') : vscode.l10n.t('{0} entries', count);
      const note = this.topicNote?.(node.topic.id);
      if (note) item.description += ` · ${note}`;
      item.tooltip = new vscode.MarkdownString(`**${node.topic.title[lang]}**\n\n${node.topic.scope[lang]}`);
      item.iconPath = new vscode.ThemeIcon(TOPIC_ICONS[node.topic.id] ?? 'book');
      item.contextValue = 'topic';
      return item;
    }
    const { entry } = node;
    const item = new vscode.TreeItem(entry.title[lang], vscode.TreeItemCollapsibleState.None);
    item.id = `${node.under}:${entry.id}`;
    item.resourceUri = entryUri(entry.id); // for the mastery badge (masteryDecorations.ts)
    item.description = difficultyStars(entry.difficulty);
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`**${escapeMarkdown(entry.title[lang])}**\n\n`);
    tooltip.appendText(answerPreview(entry.answer[lang]));
    item.tooltip = tooltip;
    item.iconPath = new vscode.ThemeIcon(this.readingList.isFavourite(entry.id) ? 'star-full' : 'comment-discussion');
    item.contextValue = this.readingList.isFavourite(entry.id) ? 'entry.favourite' : 'entry';
    item.command = { command: OPEN_ENTRY_COMMAND, title: vscode.l10n.t('Open'), arguments: [entry.id] };
    item.accessibilityInformation = {
      label: `${entry.title[lang]}, ${vscode.l10n.t('difficulty {0} of 3', entry.difficulty)}`,
    };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
