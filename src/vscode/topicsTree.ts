import * as vscode from 'vscode';
import type { Entry, Topic } from '../core/knowledge/model';
import type { ContentStore } from './contentStore';
import { displayLanguage } from './displayLanguage';

export type TopicsNode = { kind: 'topic'; topic: Topic; entries: Entry[] } | { kind: 'entry'; entry: Entry; topic: Topic };

export const TOPICS_VIEW_ID = 'llmFieldGuide.topics';
export const LOAD_FAILED_CONTEXT = 'llmFieldGuide.contentFailed';

/** The Topics tree: topic → entries, in the display language. */
export class TopicsTreeProvider implements vscode.TreeDataProvider<TopicsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TopicsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Shown above the tree when content failed to load (set by the view owner). */
  onLoadFailure: ((reason: string | undefined) => void) | undefined;

  constructor(private readonly store: ContentStore) {
    this.subscriptions.push(store.onDidChange(() => this.changed.fire(undefined)));
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: TopicsNode): Promise<TopicsNode[]> {
    if (node?.kind === 'topic') return node.entries.map((entry) => ({ kind: 'entry', entry, topic: node.topic }));
    if (node) return [];
    const state = await this.store.load();
    void vscode.commands.executeCommand('setContext', LOAD_FAILED_CONTEXT, state.kind === 'failed');
    this.onLoadFailure?.(state.kind === 'failed' ? state.reason : undefined);
    if (state.kind === 'failed') return [];
    const { topics, entries } = state.bundle;
    return topics.map((topic) => ({ kind: 'topic', topic, entries: entries.filter((e) => e.topic === topic.id) }));
  }

  getTreeItem(node: TopicsNode): vscode.TreeItem {
    const lang = displayLanguage();
    if (node.kind === 'topic') {
      const item = new vscode.TreeItem(node.topic.title[lang], vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `topic:${node.topic.id}`;
      item.description = vscode.l10n.t('{0} entries', node.entries.length);
      item.tooltip = new vscode.MarkdownString(`**${node.topic.title[lang]}**\n\n${node.topic.scope[lang]}`);
      item.iconPath = new vscode.ThemeIcon('book');
      item.contextValue = 'topic';
      return item;
    }
    const item = new vscode.TreeItem(node.entry.title[lang], vscode.TreeItemCollapsibleState.None);
    item.id = `entry:${node.entry.id}`;
    item.iconPath = new vscode.ThemeIcon('comment-discussion');
    item.contextValue = 'entry';
    return item;
  }

  dispose(): void {
    this.changed.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
