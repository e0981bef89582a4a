// Activation does only what VS Code needs at once: it registers the contributed commands, the two
// trees, the hover provider and the panel serializer as stand-ins. The extension behind them
// (src/features.ts, emitted as dist/features.js) loads on the first call into any of them, or a
// second after activation when nothing asked sooner (for the status bar and the hover warm-up).
// Activation runs while the window starts, so this file is kept to the few statements that must
// run then: each line here is compiled and run on every start-up.
import { commands, EventEmitter, l10n, languages, window, type ExtensionContext, type TreeDataProvider, type TreeView } from 'vscode';
import type { LlmFieldGuideApi, LoadedFeatures } from './features';
import { featuresChunk } from './vscode/chunks';
import { GLOSSARY_VIEW_ID, PANEL_VIEW_TYPE, TOPICS_VIEW_ID } from './vscode/viewIds';

export type { LlmFieldGuideApi } from './features';

/** What activate() returns: the integration tests' handle on the live services (loads them). */
export interface LlmFieldGuideHandle {
  features(): LlmFieldGuideApi;
}

/** How long after activation the features load on their own, when nothing asked for them sooner. */
const IDLE_LOAD_DELAY_MS = 1000;

export function activate(context: ExtensionContext): LlmFieldGuideHandle {
  let features: LoadedFeatures | undefined;
  let failure: Error | undefined;
  const load = (): LoadedFeatures => {
    if (features) return features;
    // Reported once; the trees and the hover then fail the same way instead of loading again.
    if (failure) throw failure;
    clearTimeout(idleLoad);
    // The real commands take over the placeholders' ids.
    for (const placeholder of placeholders.splice(0)) placeholder.dispose();
    try {
      features = featuresChunk().activateFeatures(context, { topicsView: topics.view });
    } catch (e) {
      failure = e instanceof Error ? e : new Error(String(e));
      void window.showErrorMessage(l10n.t('LLM Field Guide could not start: {0}', failure.message));
      throw failure;
    }
    context.subscriptions.push(
      features.api.topicsTree.onDidChangeTreeData((e) => topics.changed.fire(e)),
      features.api.glossaryTree.onDidChangeTreeData((e) => glossary.changed.fire(e)),
    );
    return features;
  };
  // A command run before the features are loaded loads them, then runs the real command.
  const placeholders = contributedCommands(context).map((id) =>
    commands.registerCommand(id, (...args: unknown[]) => {
      load();
      return commands.executeCommand(id, ...args);
    }),
  );
  const topics = standInTree(TOPICS_VIEW_ID, () => load().api.topicsTree);
  const glossary = standInTree(GLOSSARY_VIEW_ID, () => load().api.glossaryTree);
  const idleLoad = setTimeout(() => {
    try {
      load();
    } catch {
      // Reported by load().
    }
  }, IDLE_LOAD_DELAY_MS);
  context.subscriptions.push(
    { dispose: () => placeholders.forEach((p) => p.dispose()) },
    { dispose: () => clearTimeout(idleLoad) },
    topics.view,
    topics.changed,
    glossary.view,
    glossary.changed,
    languages.registerHoverProvider('*', { provideHover: (document, position, token) => load().hoverProvider.provideHover(document, position, token) }),
    window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, { deserializeWebviewPanel: (panel, state) => load().api.panels.deserializeWebviewPanel(panel, state) }),
  );
  return { features: () => load().api };
}

export function deactivate(): void {}

/** The command ids the manifest contributes: VS Code may invoke any of them right after start-up. */
function contributedCommands(context: ExtensionContext): string[] {
  const manifest = context.extension.packageJSON as { contributes?: { commands?: { command: string }[] } };
  return (manifest.contributes?.commands ?? []).map((c) => c.command);
}

/**
 * A tree view whose provider forwards to the real one, loading it on the first call. The change
 * event is the stand-in's own, relayed by load(): VS Code subscribes to it when the view is made.
 */
function standInTree<T>(id: string, real: () => TreeDataProvider<T>): { view: TreeView<T>; changed: EventEmitter<T | T[] | undefined | null | void> } {
  const changed = new EventEmitter<T | T[] | undefined | null | void>();
  const view = window.createTreeView(id, {
    treeDataProvider: {
      onDidChangeTreeData: changed.event,
      getTreeItem: (element) => real().getTreeItem(element),
      getChildren: (element) => real().getChildren(element),
      getParent: (element) => real().getParent?.(element),
    },
    showCollapseAll: true,
  });
  return { view, changed };
}
