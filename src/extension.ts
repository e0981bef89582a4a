// Wires the VS Code surfaces together; each lives in its own file under src/vscode/.
import * as vscode from 'vscode';
import { contentStats } from './core/knowledge/stats';
import { ContentStore } from './vscode/contentStore';
import { LANGUAGE_SETTING } from './vscode/displayLanguage';
import { TOPICS_VIEW_ID, TopicsTreeProvider } from './vscode/topicsTree';

/** What activate() returns: lets integration tests reach the live providers. */
export interface LlmFieldGuideApi {
  contentStore: ContentStore;
  topicsTree: TopicsTreeProvider;
}

export function activate(context: vscode.ExtensionContext): LlmFieldGuideApi {
  const contentStore = new ContentStore(vscode.Uri.joinPath(context.extensionUri, 'dist', 'content.json'));
  const topicsTree = new TopicsTreeProvider(contentStore);
  const topicsView = vscode.window.createTreeView(TOPICS_VIEW_ID, { treeDataProvider: topicsTree, showCollapseAll: true });
  topicsTree.onLoadFailure = (reason) => {
    topicsView.message = reason ? vscode.l10n.t('Content could not be loaded: {0}', reason) : undefined;
  };

  context.subscriptions.push(
    contentStore,
    topicsTree,
    topicsView,
    vscode.commands.registerCommand('llmFieldGuide.refresh', () => contentStore.reload()),
    vscode.commands.registerCommand('llmFieldGuide.showStats', async () => {
      const state = await contentStore.load();
      if (state.kind === 'failed') {
        void vscode.window.showErrorMessage(vscode.l10n.t('Content could not be loaded: {0}', state.reason));
        return;
      }
      const s = contentStats(state.bundle);
      void vscode.window.showInformationMessage(
        vscode.l10n.t('LLM Field Guide: {0} topics, {1} entries, {2} glossary terms, {3} quiz items.', s.topics, s.entries, s.glossaryTerms, s.quizItems),
      );
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(LANGUAGE_SETTING)) topicsTree.refresh();
    }),
  );
  return { contentStore, topicsTree };
}

export function deactivate(): void {}
