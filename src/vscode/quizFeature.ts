// Quizzes and spaced-repetition review: the commands, the progress in globalState, the due counter
// in the status bar, mastery badges and due counts in the Topics tree, and the results and progress
// pages of the answer panel. The scheduling, scoring and page rendering are the pure core's
// (src/core/quiz, src/core/render/studyPages.ts); this file only wires them to VS Code.
import * as vscode from 'vscode';
import type { ContentBundle } from '../core/knowledge/model';
import type { PanelTarget } from '../core/panel/panelMessages';
import { cardIdOf } from '../core/quiz/cardIds';
import { dueStatus, type DueStatus } from '../core/quiz/dueStatus';
import { progressView } from '../core/quiz/progressStats';
import type { QuizScope } from '../core/quiz/quizQuestion';
import { parseQuizTarget, type QuizTarget } from '../core/quiz/quizTarget';
import { quizSessionResults, type QuizSession } from '../core/quiz/quizSession';
import { PROGRESS_VIEW_ID } from '../core/render/studyPageIds';
import { renderChunk } from './chunks';
import type { AnswerPanels } from './answerPanel';
import type { ContentStore } from './contentStore';
import { displayLanguage } from './displayLanguage';
import { DueCounter } from './dueCounter';
import type { GlossaryNode } from './glossaryTree';
import { MasteryDecorations } from './masteryDecorations';
import type { ExtensiblePanelPageRenderer } from './panelPages';
import { ProgressStore, RETENTION_SETTING, targetRetention } from './progressStore';
import {
  EXPORT_PROGRESS_COMMAND,
  IMPORT_PROGRESS_COMMAND,
  QUIZ_TARGET_COMMAND,
  QUIZ_TOPIC_COMMAND,
  RESET_PROGRESS_COMMAND,
  REVIEW_COMMAND,
  SHOW_PROGRESS_COMMAND,
  START_QUIZ_COMMAND,
} from './quizCommands';
import { QuizRun, type QuizStart } from './quizPick';
import type { ReadingList } from './readingList';
import { ReviewRun } from './reviewPick';
import { studyPageLabels } from './studyText';
import type { SyncableMemento } from './syncedKeys';
import type { TopicsNode, TopicsTreeProvider } from './topicsTree';

export interface QuizFeatureDeps {
  contentStore: ContentStore;
  panels: AnswerPanels;
  renderer: ExtensiblePanelPageRenderer;
  readingList: ReadingList;
  topicsTree: TopicsTreeProvider;
  log: vscode.LogOutputChannel;
}

/** What integration tests reach through the extension's API. */
export interface QuizFeatureApi {
  store: ProgressStore;
  /** The memento the progress lives in; tests write to it as another window would. */
  globalState: SyncableMemento;
  dueCounter: DueCounter;
  decorations: MasteryDecorations;
  /** The quiz or review on screen, if any. */
  activeQuiz(): QuizRun | undefined;
  activeReview(): ReviewRun | undefined;
  startQuiz(start?: QuizStart): Promise<QuizRun | undefined>;
  startReview(kind?: 'new'): Promise<ReviewRun | undefined>;
  /** Counts again (status bar, badges, topic descriptions) and returns what it counted. */
  refresh(): Promise<DueStatus | undefined>;
}

/** Sessions whose results page can still be shown (they live only as long as the window). */
const MAX_KEPT_RESULTS = 20;

const TIMER_DEBOUNCE_MS = 150;

export function registerQuizFeature(context: vscode.ExtensionContext, deps: QuizFeatureDeps): QuizFeatureApi {
  const { contentStore, panels, renderer, readingList, topicsTree, log } = deps;
  const warned = (message: string) => {
    log.warn(message);
    void vscode.window.showWarningMessage(message);
  };
  const store = new ProgressStore(context.globalState, `${vscode.env.machineId}.${vscode.env.sessionId}`, warned);
  const dueCounter = new DueCounter(() => void refresh());
  const decorations = new MasteryDecorations(() => store.current.cards);
  const results = new Map<string, QuizSession>();
  let quiz: QuizRun | undefined;
  let review: ReviewRun | undefined;
  let dueByTopic = new Map<string, number>();

  const bundle = async (): Promise<ContentBundle | undefined> => {
    const state = await contentStore.load();
    if (state.kind === 'loaded') return state.bundle;
    void vscode.window.showErrorMessage(vscode.l10n.t('Content could not be loaded: {0}', state.reason));
    return undefined;
  };

  // --- counting: status bar, badges, topic descriptions --------------------------------------
  const refresh = async (): Promise<DueStatus | undefined> => {
    // A learner who never answered anything has nothing to count: the content is not even loaded.
    if (store.current.log.length === 0 && dueByTopic.size === 0) {
      dueCounter.update(undefined);
      decorations.refresh();
      return undefined;
    }
    const state = await contentStore.load();
    if (state.kind === 'failed') {
      dueCounter.update(undefined);
      return undefined;
    }
    const now = new Date();
    const status = dueStatus(store.current, state.bundle, now);
    dueCounter.update(status, now);
    decorations.refresh();
    const changed = status.dueByTopic.size !== dueByTopic.size || [...status.dueByTopic].some(([t, n]) => dueByTopic.get(t) !== n);
    dueByTopic = status.dueByTopic;
    if (changed) topicsTree.refresh();
    return status;
  };
  topicsTree.topicNote = (topicId) => {
    const n = dueByTopic.get(topicId);
    return n ? vscode.l10n.t('{0} due', n) : undefined;
  };
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshSoon = () => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => {
      void refresh();
      void panels.refresh((view) => view.kind === 'progress');
    }, TIMER_DEBOUNCE_MS);
  };

  // --- pages -----------------------------------------------------------------------------------
  const openPage = (target: PanelTarget, options: { preserveFocus?: boolean } = {}) => panels.open(target, options);
  const showResults = async (session: QuizSession) => {
    results.set(session.id, session);
    for (const id of [...results.keys()].slice(0, Math.max(0, results.size - MAX_KEPT_RESULTS))) results.delete(id);
    await openPage({ kind: 'results', id: session.id });
  };
  const showProgress = () => openPage({ kind: 'progress', id: PROGRESS_VIEW_ID });
  const pages = renderer.addPages(['results', 'progress'], {
    render(target, content, lang) {
      const labels = studyPageLabels();
      if (target.kind === 'progress') {
        const now = new Date();
        const view = progressView(store.current, content, { now, utcOffsetMinutes: -now.getTimezoneOffset() });
        return { title: labels.progressTitle, html: renderChunk().renderProgressPage(view, store.current.log.length, content, lang, labels) };
      }
      const session = results.get(target.id);
      if (!session) return { title: labels.resultsTitle, html: renderChunk().renderResultsGonePage(labels) };
      const html = renderChunk().renderResultsPage({ results: quizSessionResults(session), answers: session.answers, endedEarly: session.endedEarly }, content, lang, labels);
      return { title: labels.resultsTitle, html };
    },
  });

  // --- quiz and review ---------------------------------------------------------------------------
  const stopRunning = async () => {
    await quiz?.end();
    await review?.end();
  };
  const startQuiz = async (start: QuizStart = {}): Promise<QuizRun | undefined> => {
    const content = await bundle();
    if (!content) return undefined;
    await stopRunning();
    const run = new QuizRun(
      {
        store,
        favourites: () => readingList.favourites(),
        openPage,
        showResults,
        warn: (m) => void vscode.window.showInformationMessage(m),
      },
      content,
      start,
    );
    quiz = run;
    void run.done.then(() => {
      if (quiz === run) quiz = undefined;
    });
    run.show();
    return run;
  };
  const startReview = async (kind?: 'new'): Promise<ReviewRun | undefined> => {
    const content = await bundle();
    if (!content) return undefined;
    await stopRunning();
    const run = new ReviewRun(
      {
        store,
        favourites: () => readingList.favourites(),
        recent: () => readingList.recentlyViewed(),
        openPage,
        startQuiz: () => void startQuiz(),
        showProgress: () => void showProgress(),
        info: (m) => void vscode.window.showInformationMessage(m),
      },
      content,
    );
    review = run;
    void run.done.then(() => {
      if (review === run) review = undefined;
    });
    run.show(kind);
    return run;
  };

  /** A topic from a tree node or an id. */
  const topicIdOf = (arg: unknown): string | undefined => {
    if (typeof arg === 'string') return arg;
    const node = arg as TopicsNode | undefined;
    return node?.kind === 'topic' ? node.topic.id : undefined;
  };
  /** An entry or term from `{ kind, id }` (hover and panel links) or a tree node (menus). */
  const quizTargetOf = (arg: unknown): QuizTarget | undefined => {
    const parsed = parseQuizTarget(arg);
    if (parsed) return parsed;
    const node = arg as TopicsNode | GlossaryNode | undefined;
    if (node?.kind === 'entry' && 'entry' in node) return { kind: 'entry', id: node.entry.id };
    if (node?.kind === 'term' && 'term' in node) return { kind: 'term', id: node.term.id };
    return undefined;
  };
  const quizOn = async (target: QuizTarget): Promise<QuizRun | undefined> => {
    const content = await bundle();
    if (!content) return undefined;
    const lang = displayLanguage();
    const title = target.kind === 'entry' ? content.entries.find((e) => e.id === target.id)?.title[lang] : content.terms.find((t) => t.id === target.id)?.term[lang];
    if (!title) {
      void vscode.window.showWarningMessage(vscode.l10n.t('“{0}” is not in the knowledge base.', target.id));
      return undefined;
    }
    const scope: QuizScope = { kind: 'cards', cardIds: [cardIdOf(target)] };
    return startQuiz({ scope, length: 5, title });
  };

  // --- import, export, reset ------------------------------------------------------------------
  const exportProgress = async () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `llm-field-guide-progress-${new Date().toISOString().slice(0, 10)}.json`;
    const target = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export Quiz Progress'),
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: { JSON: ['json'] },
      saveLabel: vscode.l10n.t('Export'),
    });
    if (!target) return;
    const text = await store.exportText();
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    void vscode.window.showInformationMessage(vscode.l10n.t('Progress exported to {0}: {1} review(s).', target.path.split('/').pop() ?? target.path, store.current.log.length));
  };
  const importProgress = async (arg?: unknown) => {
    // A URI argument skips the dialog (scripts, tests); the palette shows the dialog.
    const uri =
      arg instanceof vscode.Uri
        ? arg
        : (
            await vscode.window.showOpenDialog({
              title: vscode.l10n.t('Import Quiz Progress'),
              canSelectMany: false,
              filters: { JSON: ['json'] },
              openLabel: vscode.l10n.t('Import'),
            })
          )?.[0];
    if (!uri) return;
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0}: {1}', uri.path, (e as Error).message));
      return;
    }
    const result = await store.import(text);
    if (!result.ok) {
      const lines = result.problems.map((p) => `${p.path}: ${p.message}`);
      lines.forEach((l) => log.warn(`import ${uri.path}: ${l}`));
      const shown = lines.slice(0, 3).join('; ') + (lines.length > 3 ? ` (+${lines.length - 3})` : '');
      const choice = await vscode.window.showErrorMessage(
        vscode.l10n.t('{0} was not imported, nothing changed. {1} problem(s): {2}', uri.path.split('/').pop() ?? uri.path, lines.length, shown),
        vscode.l10n.t('Show All'),
      );
      if (choice) log.show(true);
      return;
    }
    void vscode.window.showInformationMessage(
      result.added === 0 ? vscode.l10n.t('Imported: nothing new, every review in the file was already here.') : vscode.l10n.t('Imported {0} new review(s).', result.added ?? 0),
    );
  };
  const resetProgress = async (arg?: unknown) => {
    // `{ confirmed: true }` skips the dialog (tests); the palette always asks.
    const confirmed =
      (arg as { confirmed?: unknown } | undefined)?.confirmed === true ||
      (await vscode.window.showWarningMessage(
        vscode.l10n.t('Reset all quiz and review progress?'),
        { modal: true, detail: vscode.l10n.t('Every answer and rating so far is forgotten, on every device that syncs this progress. Export your progress first to keep a copy.') },
        vscode.l10n.t('Reset Progress'),
      )) !== undefined;
    if (!confirmed) return;
    await stopRunning();
    await store.reset();
    void vscode.window.showInformationMessage(vscode.l10n.t('Quiz and review progress was reset.'));
  };

  context.subscriptions.push(
    store,
    dueCounter,
    decorations,
    pages,
    { dispose: () => clearTimeout(refreshTimer) },
    { dispose: () => void stopRunning() },
    vscode.window.registerFileDecorationProvider(decorations),
    store.onDidChange(refreshSoon),
    contentStore.onDidChange(refreshSoon),
    // Another window or device may have stored answers meanwhile.
    vscode.window.onDidChangeWindowState((state) => {
      if (state.focused) void store.sync();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(RETENTION_SETTING)) store.setRetention(targetRetention());
    }),
    vscode.commands.registerCommand(START_QUIZ_COMMAND, () => startQuiz()),
    vscode.commands.registerCommand(QUIZ_TOPIC_COMMAND, (arg: unknown) => {
      const topicId = topicIdOf(arg);
      if (topicId) return startQuiz({ scope: { kind: 'topic', topicId } });
    }),
    vscode.commands.registerCommand(QUIZ_TARGET_COMMAND, (arg: unknown) => {
      const target = quizTargetOf(arg);
      if (target) return quizOn(target);
      log.warn(`${QUIZ_TARGET_COMMAND}: ignored an argument that names no entry or term`);
    }),
    vscode.commands.registerCommand(REVIEW_COMMAND, () => startReview()),
    vscode.commands.registerCommand(SHOW_PROGRESS_COMMAND, () => showProgress()),
    vscode.commands.registerCommand(EXPORT_PROGRESS_COMMAND, () => exportProgress()),
    vscode.commands.registerCommand(IMPORT_PROGRESS_COMMAND, (arg: unknown) => importProgress(arg)),
    vscode.commands.registerCommand(RESET_PROGRESS_COMMAND, (arg: unknown) => resetProgress(arg)),
  );
  void refresh();

  return {
    store,
    globalState: context.globalState,
    dueCounter,
    decorations,
    activeQuiz: () => quiz,
    activeReview: () => review,
    startQuiz,
    startReview: (kind) => startReview(kind),
    refresh,
  };
}
