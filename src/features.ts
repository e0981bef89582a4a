// Wires the VS Code surfaces together; each lives in its own file under src/vscode/. Loaded on
// first use by the activation stand-ins of src/extension.ts, which own the tree views.
import * as vscode from 'vscode';
import type { Lang } from './core/knowledge/model';
import { contentStats } from './core/knowledge/stats';
import type { PanelTarget } from './core/panel/panelMessages';
import { entryToMarkdown } from './core/render/entryMarkdown';
import { AnswerPanels, type PanelPageRenderer } from './vscode/answerPanel';
import { packsChunk } from './vscode/chunks';
import { existingPackRoots, PACKS_SETTING, WORKSPACE_PACK_FOLDER } from './vscode/packRoots';
import { CommentSyntaxes } from './vscode/commentSyntaxes';
import { ContentStore } from './vscode/contentStore';
import { DifficultyFilter } from './vscode/difficultyFilter';
import { displayLanguage, LANGUAGE_SETTING } from './vscode/displayLanguage';
import { GlossaryTreeProvider, OPEN_TERM_COMMAND, type GlossaryNode } from './vscode/glossaryTree';
import { panelPageRenderer } from './vscode/panelPages';
import { QUIZ_TARGET_COMMAND } from './vscode/quizCommands';
import { registerQuizFeature, type QuizFeatureApi } from './vscode/quizFeature';
import { ReadingList } from './vscode/readingList';
import { HoverToggle } from './vscode/hoverToggle';
import { SearchService, showSearch } from './vscode/searchPick';
import { TermHoverProvider, TermMatcherService } from './vscode/termHover';
import { TermUnderline } from './vscode/termUnderline';
import { OPEN_ENTRY_COMMAND, TopicsTreeProvider, type TopicsNode } from './vscode/topicsTree';

/** The live services, as the handle activate() returns hands them to the integration tests. */
export interface LlmFieldGuideApi {
  contentStore: ContentStore;
  topicsTree: TopicsTreeProvider;
  glossaryTree: GlossaryTreeProvider;
  panels: AnswerPanels;
  search: SearchService;
  renderer: PanelPageRenderer;
  termMatcher: TermMatcherService;
  quiz: QuizFeatureApi;
}

/** What activation registered before loading the features and the features use: the Topics view (reveal, message). */
export interface ActivationShell {
  topicsView: vscode.TreeView<TopicsNode>;
}

/** What the activation stand-ins forward to. */
export interface LoadedFeatures {
  api: LlmFieldGuideApi;
  hoverProvider: vscode.HoverProvider;
}

/** A command argument that names an entry: its id (from links) or a tree node (from menus). */
function entryIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  const node = arg as TopicsNode | undefined;
  return node?.kind === 'entry' ? node.entry.id : undefined;
}

function termIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  const node = arg as GlossaryNode | undefined;
  return node?.kind === 'term' ? node.term.id : undefined;
}

export function activateFeatures(context: vscode.ExtensionContext, { topicsView }: ActivationShell): LoadedFeatures {
  const log = vscode.window.createOutputChannel('LLM Field Guide', { log: true });
  const packDiagnostics = vscode.languages.createDiagnosticCollection('llmFieldGuide.packs');
  let reportedPackProblems = '';
  const contentStore = new ContentStore(vscode.Uri.joinPath(context.extensionUri, 'dist', 'content.json'), async (shipped) => {
    if ((await existingPackRoots()).length === 0) {
      packDiagnostics.clear();
      return shipped;
    }
    const { loadContentPacks, reportPackProblems } = packsChunk();
    const result = await loadContentPacks(shipped);
    reportPackProblems(packDiagnostics, result.problems);
    const summary = result.problems.map((p) => `${p.file}:${p.line}`).join('\n');
    if (result.problems.length && summary !== reportedPackProblems) {
      reportedPackProblems = summary;
      result.problems.forEach((p) => log.warn(`${p.file}:${p.line}:${p.column} ${p.message}`));
      void vscode.window
        .showWarningMessage(vscode.l10n.t('Content packs: {0} problem(s); the affected entries were skipped.', result.problems.length), vscode.l10n.t('Show Problems'))
        .then((choice) => choice && vscode.commands.executeCommand('workbench.actions.view.problems'));
    }
    return result.bundle;
  });
  const readingList = new ReadingList(context.globalState);
  const difficultyFilter = new DifficultyFilter(context.workspaceState);
  const topicsTree = new TopicsTreeProvider(contentStore, readingList, difficultyFilter);
  const glossaryTree = new GlossaryTreeProvider(contentStore);
  const search = new SearchService(contentStore);

  const updateTopicsMessage = (failure: string | undefined) => {
    if (failure) topicsView.message = vscode.l10n.t('Content could not be loaded: {0}', failure);
    else if (difficultyFilter.isActive()) {
      topicsView.message = vscode.l10n.t('Showing difficulty {0} only.', difficultyFilter.levels().map((l) => '★'.repeat(l)).join(' / '));
    } else topicsView.message = undefined;
  };
  topicsTree.onLoadResult = updateTopicsMessage;

  const reveal = async (entryId: string) => {
    const node = await topicsTree.entryNodeFor(entryId);
    if (!node) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This entry is hidden by the difficulty filter.'));
      return;
    }
    await topicsView.reveal(node, { select: true, focus: true, expand: true });
  };
  const copyMarkdown = async (entryId: string, lang: Lang = displayLanguage()) => {
    const state = await contentStore.load();
    const entry = state.kind === 'loaded' ? state.bundle.entries.find((e) => e.id === entryId) : undefined;
    if (!entry) return;
    await vscode.env.clipboard.writeText(entryToMarkdown(entry, lang));
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Copied “{0}” as Markdown.', entry.title[lang]), 3000);
  };

  const renderer = panelPageRenderer({ quiz: true });
  const panels = new AnswerPanels(
    context.extensionUri,
    contentStore,
    renderer,
    {
      reveal: (id) => void reveal(id),
      copyMarkdown: (id, lang) => void copyMarkdown(id, lang),
      quiz: (target) => void vscode.commands.executeCommand(QUIZ_TARGET_COMMAND, target),
      viewed: (target) => {
        if (target.kind === 'entry') void readingList.markViewed(target.id);
      },
    },
    log,
  );
  const open = async (target: PanelTarget, toSide = false) => {
    if (!(await panels.open(target, { toSide }))) {
      void vscode.window.showWarningMessage(vscode.l10n.t('“{0}” is not in the knowledge base.', target.id));
    }
  };

  // Hover cards for ML terms in comments of any language; the content loads on the first hover.
  const termMatcher = new TermMatcherService(contentStore, new CommentSyntaxes(log));
  const termHover = new TermHoverProvider(termMatcher);
  context.subscriptions.push(
    termMatcher,
    new HoverToggle(),
    new TermUnderline(termMatcher),
    // Warm up shortly after an editor becomes active, off the activation path.
    vscode.window.onDidChangeActiveTextEditor((editor) => editor && setTimeout(() => void termMatcher.warmUp(editor.document), 300)),
    vscode.commands.registerCommand('llmFieldGuide.hoverLanguage', async (lang: unknown) => {
      if (lang !== 'zh' && lang !== 'en') return;
      termHover.languageOverride = lang;
      await vscode.commands.executeCommand('editor.action.showHover');
    }),
  );

  const initialEditor = vscode.window.activeTextEditor;
  if (initialEditor) setTimeout(() => void termMatcher.warmUp(initialEditor.document), 1000);

  const packWatcher = vscode.workspace.createFileSystemWatcher(`**/${WORKSPACE_PACK_FOLDER}/**/*.md`);
  let reloadTimer: ReturnType<typeof setTimeout> | undefined;
  const reloadSoon = () => {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => contentStore.reload(), 300);
  };

  context.subscriptions.push(
    log,
    packDiagnostics,
    contentStore,
    readingList,
    difficultyFilter,
    topicsTree,
    glossaryTree,
    panels,
    packWatcher,
    packWatcher.onDidChange(reloadSoon),
    packWatcher.onDidCreate(reloadSoon),
    packWatcher.onDidDelete(reloadSoon),
    { dispose: () => clearTimeout(reloadTimer) },
    contentStore.onDidChange(() => void panels.refresh()),
    vscode.commands.registerCommand(OPEN_ENTRY_COMMAND, (arg: unknown) => {
      const id = entryIdOf(arg);
      if (id) return open({ kind: 'entry', id });
    }),
    vscode.commands.registerCommand(OPEN_TERM_COMMAND, (arg: unknown) => {
      const id = termIdOf(arg);
      if (id) return open({ kind: 'term', id });
    }),
    vscode.commands.registerCommand('llmFieldGuide.openToSide', (arg: unknown) => {
      const entry = entryIdOf(arg);
      const term = entry ? undefined : termIdOf(arg);
      if (entry) return open({ kind: 'entry', id: entry }, true);
      if (term) return open({ kind: 'term', id: term }, true);
    }),
    vscode.commands.registerCommand('llmFieldGuide.copyAsMarkdown', (arg: unknown) => {
      const id = entryIdOf(arg);
      if (id) return copyMarkdown(id);
    }),
    vscode.commands.registerCommand('llmFieldGuide.addFavourite', (arg: unknown) => {
      const id = entryIdOf(arg);
      if (id) return readingList.setFavourite(id, true);
    }),
    vscode.commands.registerCommand('llmFieldGuide.removeFavourite', (arg: unknown) => {
      const id = entryIdOf(arg);
      if (id) return readingList.setFavourite(id, false);
    }),
    vscode.commands.registerCommand('llmFieldGuide.search', (query?: unknown) =>
      showSearch(search, (target) => open(target).then(() => (target.kind === 'entry' ? reveal(target.id) : undefined)), typeof query === 'string' ? query : ''),
    ),
    vscode.commands.registerCommand('llmFieldGuide.switchLanguage', async () => {
      const current = vscode.workspace.getConfiguration().get<string>(LANGUAGE_SETTING, 'auto');
      const items: (vscode.QuickPickItem & { value: string })[] = [
        { label: '中文', description: vscode.l10n.t('Chinese'), value: 'zh' },
        { label: 'English', description: vscode.l10n.t('English'), value: 'en' },
        { label: vscode.l10n.t('Follow VS Code'), description: vscode.env.language, value: 'auto' },
      ].map((i) => ({ ...i, picked: i.value === current, detail: i.value === current ? vscode.l10n.t('current') : undefined }));
      const choice = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Language of entries, terms and quizzes') });
      if (choice) await vscode.workspace.getConfiguration().update(LANGUAGE_SETTING, choice.value, vscode.ConfigurationTarget.Global);
    }),
    vscode.commands.registerCommand('llmFieldGuide.filterDifficulty', async () => {
      const levels = difficultyFilter.levels();
      const names = [vscode.l10n.t('Basic'), vscode.l10n.t('Intermediate'), vscode.l10n.t('Advanced')];
      const items = [1, 2, 3].map((l) => ({ label: `${'★'.repeat(l)}${'☆'.repeat(3 - l)}`, description: names[l - 1], level: l, picked: levels.includes(l) }));
      const chosen = await vscode.window.showQuickPick(items, { canPickMany: true, title: vscode.l10n.t('Show entries of these difficulties') });
      if (chosen) await difficultyFilter.set(chosen.map((c) => c.level));
    }),
    difficultyFilter.onDidChange(() => updateTopicsMessage(undefined)),
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
      if (e.affectsConfiguration(LANGUAGE_SETTING)) {
        termHover.languageOverride = undefined;
        topicsTree.refresh();
        glossaryTree.refresh();
      }
      if (e.affectsConfiguration(PACKS_SETTING)) contentStore.reload();
    }),
  );
  // Quizzes, review, progress (src/vscode/quizFeature.ts).
  const quiz = registerQuizFeature(context, { contentStore, panels, renderer, readingList, topicsTree, log });
  return { api: { contentStore, topicsTree, glossaryTree, panels, search, renderer, termMatcher, quiz }, hoverProvider: termHover };
}

