import * as vscode from 'vscode';
import type { ContentBundle, Term, Topic } from '../core/knowledge/model';
import type { ContentStore } from './contentStore';
import { displayLanguage } from './displayLanguage';

export type GlossaryNode = { kind: 'topic'; topic: Topic } | { kind: 'term'; term: Term };

export const OPEN_TERM_COMMAND = 'llmFieldGuide.openTerm';

/** The Glossary tree: terms grouped by topic, sorted in the display language. */
export class GlossaryTreeProvider implements vscode.TreeDataProvider<GlossaryNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<GlossaryNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private bundle: ContentBundle | undefined;
  private readonly topicNodes = new Map<string, GlossaryNode>();

  constructor(private readonly store: ContentStore) {
    this.subscription = store.onDidChange(() => this.refresh());
  }

  refresh(): void {
    this.topicNodes.clear();
    this.changed.fire(undefined);
  }

  async getChildren(node?: GlossaryNode): Promise<GlossaryNode[]> {
    if (!node) {
      const state = await this.store.load();
      this.bundle = state.kind === 'loaded' ? state.bundle : undefined;
      const terms = this.bundle?.terms ?? [];
      return (this.bundle?.topics ?? [])
        .filter((t) => terms.some((term) => term.topic === t.id))
        .map((topic) => this.topicNode(topic));
    }
    if (node.kind === 'term') return [];
    const lang = displayLanguage();
    const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
    return (this.bundle?.terms ?? [])
      .filter((t) => t.topic === node.topic.id)
      .sort((a, b) => collator.compare(a.term[lang], b.term[lang]))
      .map((term) => ({ kind: 'term', term }));
  }

  private topicNode(topic: Topic): GlossaryNode {
    let n = this.topicNodes.get(topic.id);
    if (!n) this.topicNodes.set(topic.id, (n = { kind: 'topic', topic }));
    return n;
  }

  getParent(node: GlossaryNode): GlossaryNode | undefined {
    if (node.kind === 'topic') return undefined;
    const topic = this.bundle?.topics.find((t) => t.id === node.term.topic);
    return topic ? this.topicNode(topic) : undefined;
  }

  getTreeItem(node: GlossaryNode): vscode.TreeItem {
    const lang = displayLanguage();
    const other = lang === 'zh' ? 'en' : 'zh';
    if (node.kind === 'topic') {
      const count = (this.bundle?.terms ?? []).filter((t) => t.topic === node.topic.id).length;
      const item = new vscode.TreeItem(node.topic.title[lang], vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `glossary-topic:${node.topic.id}`;
      item.description = count === 1 ? vscode.l10n.t('1 term') : vscode.l10n.t('{0} terms', count);
      item.iconPath = new vscode.ThemeIcon('symbol-key');
      return item;
    }
    const { term } = node;
    const item = new vscode.TreeItem(term.term[lang], vscode.TreeItemCollapsibleState.None);
    item.id = `term:${term.id}`;
    item.description = term.term[other];
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`**${term.term[lang]}** · ${term.term[other]}\n\n`);
    tooltip.appendText(term.definition[lang]);
    item.tooltip = tooltip;
    item.iconPath = new vscode.ThemeIcon('symbol-constant');
    item.contextValue = 'term';
    item.command = { command: OPEN_TERM_COMMAND, title: vscode.l10n.t('Open'), arguments: [term.id] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
    this.subscription.dispose();
  }
}
