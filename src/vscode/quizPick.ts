import * as vscode from 'vscode';
import type { ContentBundle, Lang } from '../core/knowledge/model';
import type { PanelTarget } from '../core/panel/panelMessages';
import { allCardIds, entryCardId, termCardId } from '../core/quiz/cardIds';
import { dueCards } from '../core/quiz/dueCards';
import { buildQuiz } from '../core/quiz/questionGenerator';
import type { QuizQuestion, QuizScope } from '../core/quiz/quizQuestion';
import {
  answerQuestion,
  currentQuestion,
  endQuizSession,
  isLastQuestion,
  nextQuestion,
  quizPosition,
  skipQuestion,
  startQuizSession,
  type QuizSession,
} from '../core/quiz/quizSession';
import { displayLanguage } from './displayLanguage';
import type { ProgressStore } from './progressStore';
import { escapeIcons, labelledLines, lineItems, OPTION_LETTERS, openButton, promptRows, separator, skipButton, type StudyItem } from './studyItems';

export const QUIZ_LENGTHS = [5, 10, 20] as const;

export interface QuizDeps {
  store: ProgressStore;
  favourites(): string[];
  openPage(target: PanelTarget, options: { preserveFocus?: boolean }): Promise<boolean>;
  /** Called once when a session ends (finished or stopped) with at least one answer. */
  showResults(session: QuizSession): Promise<void>;
  warn(message: string): void;
}

/** Where a quiz starts: nothing set asks for everything; a scope skips that step; both start at once. */
export interface QuizStart {
  scope?: QuizScope;
  length?: number;
  /** Shown in the title instead of "Quiz", e.g. the entry quizzed on. */
  title?: string;
}

type Step = 'scope' | 'topic' | 'length' | 'question' | 'feedback' | 'ended';

type Action =
  | { type: 'scope'; scope: QuizScope }
  | { type: 'pickTopic' }
  | { type: 'length'; length: number }
  | { type: 'option'; index: number }
  | { type: 'prompt' }
  | { type: 'next' }
  | { type: 'open' };

type Item = StudyItem<Action>;

let sessionCounter = 0;
/** Session ids double as panel target ids (lower-case letters, digits, dashes). */
export const newSessionId = (now: Date): string => `quiz-${now.getTime().toString(36)}-${(sessionCounter++).toString(36)}`;

/**
 * One quiz in a quick pick: scope, length, then each question with its feedback. Every answer is
 * recorded as it is given; Esc ends the quiz and the results show what was answered. The methods
 * (pickScope, choose, skip, next, end) are what the quick pick's events call, and what tests drive.
 */
export class QuizRun {
  readonly pick = vscode.window.createQuickPick<Item>();
  private step: Step = 'scope';
  private scope: QuizScope | undefined;
  private length: number | undefined;
  private session: QuizSession | undefined;
  private readonly lang: Lang = displayLanguage();
  private readonly buttons = { skip: skipButton(), openEntry: openButton('entry'), openTerm: openButton('term') };
  private readonly ended: Promise<QuizSession | undefined>;
  private resolveEnded!: (session: QuizSession | undefined) => void;
  /** Pending answer writes, so the results are shown after they are stored. */
  private writes: Promise<unknown>[] = [];

  constructor(
    private readonly deps: QuizDeps,
    private readonly bundle: ContentBundle,
    private readonly start: QuizStart = {},
  ) {
    this.ended = new Promise((resolve) => (this.resolveEnded = resolve));
    this.scope = start.scope;
    this.length = start.length;
    const pick = this.pick;
    pick.ignoreFocusOut = true; // opening the entry beside the quiz must not end it
    pick.matchOnDescription = false;
    pick.matchOnDetail = false;
    pick.onDidAccept(() => this.accept());
    pick.onDidTriggerButton((button) => this.button(button));
    pick.onDidHide(() => void this.end());
  }

  /** Resolves with the session when the quiz is over (undefined if it never started). */
  get done(): Promise<QuizSession | undefined> {
    return this.ended;
  }

  get current(): QuizSession | undefined {
    return this.session;
  }

  get currentStep(): Step {
    return this.step;
  }

  show(): void {
    if (this.scope && this.length) void this.begin();
    else if (this.scope) this.showLength();
    else this.showScope();
    this.pick.show();
  }

  private heading(): string {
    return this.start.title ? vscode.l10n.t('Quiz: {0}', this.start.title) : vscode.l10n.t('Quiz');
  }

  private setup(step: Step, items: Item[], placeholder: string, position: [number, number], back: boolean): void {
    this.step = step;
    this.pick.value = '';
    this.pick.title = this.heading();
    this.pick.step = position[0];
    this.pick.totalSteps = position[1];
    this.pick.placeholder = placeholder;
    this.pick.buttons = back ? [vscode.QuickInputButtons.Back] : [];
    this.pick.items = items;
    this.pick.activeItems = items.filter((i) => i.action).slice(0, 1);
  }

  private setupSteps(): number {
    return (this.start.scope ? 0 : 1) + (this.start.length ? 0 : 1) + (this.scope?.kind === 'topic' && !this.start.scope ? 1 : 0);
  }

  showScope(): void {
    const now = new Date();
    const ids = allCardIds(this.bundle);
    const due = dueCards(this.deps.store.current, ids, now).due.length;
    const favourites = this.deps.favourites().filter((id) => this.bundle.entries.some((e) => e.id === id));
    const items: Item[] = [
      {
        label: `$(history) ${vscode.l10n.t('Cards due now')}`,
        description: due === 0 ? vscode.l10n.t('none due right now') : vscode.l10n.t('{0} due', due),
        action: { type: 'scope', scope: { kind: 'due' } },
      },
      {
        label: `$(library) ${vscode.l10n.t('All topics')}`,
        description: vscode.l10n.t('{0} entries, {1} terms', this.bundle.entries.length, this.bundle.terms.length),
        action: { type: 'scope', scope: { kind: 'all' } },
      },
      { label: `$(list-tree) ${vscode.l10n.t('One topic…')}`, action: { type: 'pickTopic' } },
      {
        label: `$(symbol-key) ${vscode.l10n.t('Glossary terms')}`,
        description: vscode.l10n.t('{0} terms', this.bundle.terms.length),
        action: { type: 'scope', scope: { kind: 'terms' } },
      },
      {
        label: `$(star-full) ${vscode.l10n.t('Favourites')}`,
        description: favourites.length === 0 ? vscode.l10n.t('none yet: star entries in the Topics view') : vscode.l10n.t('{0} entries', favourites.length),
        action: { type: 'scope', scope: { kind: 'favourites', entryIds: favourites } },
      },
    ];
    this.setup('scope', items, vscode.l10n.t('What should the quiz cover?'), [1, 2], false);
  }

  private showTopics(): void {
    const now = new Date();
    const due = new Set(dueCards(this.deps.store.current, allCardIds(this.bundle), now).due);
    const items: Item[] = this.bundle.topics.map((t) => {
      const entries = this.bundle.entries.filter((e) => e.topic === t.id);
      const terms = this.bundle.terms.filter((term) => term.topic === t.id);
      const dueHere = [...entries.map((e) => entryCardId(e.id)), ...terms.map((term) => termCardId(term.id))].filter((id) => due.has(id)).length;
      const counts = vscode.l10n.t('{0} entries, {1} terms', entries.length, terms.length);
      return {
        label: escapeIcons(t.title[this.lang]),
        description: dueHere > 0 ? `${counts} · ${vscode.l10n.t('{0} due', dueHere)}` : counts,
        action: { type: 'scope', scope: { kind: 'topic', topicId: t.id } },
      };
    });
    this.setup('topic', items, vscode.l10n.t('Which topic?'), [2, 3], true);
  }

  private showLength(): void {
    const items: Item[] = QUIZ_LENGTHS.map((n) => ({ label: `$(list-ordered) ${vscode.l10n.t('{0} questions', n)}`, action: { type: 'length', length: n } }));
    const total = this.setupSteps();
    this.setup('length', items, vscode.l10n.t('How many questions?'), [total, total], !this.start.scope);
  }

  /** Chooses the scope (as the scope step would). */
  async pickScope(scope: QuizScope): Promise<void> {
    if (scope.kind === 'due' && dueCards(this.deps.store.current, allCardIds(this.bundle), new Date()).due.length === 0) {
      this.deps.warn(vscode.l10n.t('No cards are due right now. Pick another scope, or review new cards with “Review Due Cards”.'));
      return;
    }
    if (scope.kind === 'favourites' && scope.entryIds.length === 0) {
      this.deps.warn(vscode.l10n.t('You have no favourites yet: add entries with the star in the Topics view.'));
      return;
    }
    this.scope = scope;
    if (this.length) await this.begin();
    else this.showLength();
  }

  /** Chooses the length (as the length step would) and starts the questions. */
  async pickLength(length: number): Promise<void> {
    this.length = length;
    await this.begin();
  }

  private async begin(): Promise<void> {
    if (!this.scope || !this.length) return;
    const now = new Date();
    const due = this.scope.kind === 'due' ? dueCards(this.deps.store.current, allCardIds(this.bundle), now).due : undefined;
    const questions = buildQuiz({ bundle: this.bundle, scope: this.scope, length: this.length, seed: `${now.getTime()}`, due });
    if (questions.length === 0) {
      this.deps.warn(vscode.l10n.t('There are no quiz questions for this yet.'));
      if (this.start.scope) this.pick.hide();
      else this.showScope();
      return;
    }
    this.session = startQuizSession(newSessionId(now), questions, now);
    this.showQuestion();
  }

  private topicTitle(question: QuizQuestion): string {
    return this.bundle.topics.find((t) => t.id === question.topicId)?.title[this.lang] ?? question.topicId;
  }

  private showQuestion(): void {
    const session = this.session;
    const question = session && currentQuestion(session);
    if (!session || !question) return;
    const { step, total } = quizPosition(session);
    const prompt = promptRows<Action>(question.prompt[this.lang], vscode.l10n.t('Quiz · {0}', this.topicTitle(question)), { type: 'prompt' });
    const options = question.options.flatMap((o, index) => {
      const action: Action = { type: 'option', index };
      const letter = `${OPTION_LETTERS[index]}. `;
      // With the question above them, the options start under a labelled separator.
      if (index === 0 && prompt.rows.length > 0) return labelledLines<Action>(vscode.l10n.t('Answers'), o.text[this.lang], 'circle-large-outline', action, letter);
      return [...(index > 0 ? [separator<Action>()] : []), ...lineItems<Action>(o.text[this.lang], 'circle-large-outline', action, letter)];
    });
    const items = [...prompt.rows, ...options];
    this.step = 'question';
    this.pick.value = '';
    this.pick.title = prompt.title;
    this.pick.step = step;
    this.pick.totalSteps = total;
    this.pick.placeholder = vscode.l10n.t('Pick an answer (or type its letter). Esc ends the quiz, answers kept.');
    this.pick.buttons = [this.buttons.skip, question.owner.kind === 'entry' ? this.buttons.openEntry : this.buttons.openTerm];
    this.pick.items = items;
    this.pick.activeItems = items.filter((i) => i.action?.type === 'option').slice(0, 1);
  }

  private showFeedback(): void {
    const feedback = this.session?.feedback;
    if (!this.session || !feedback) return;
    const { question, correct, chosenIndex, correctIndex } = feedback;
    const last = isLastQuestion(this.session);
    const option = (i: number): string => `${OPTION_LETTERS[i]}. ${question.options[i]?.text[this.lang] ?? ''}`;
    const items: Item[] = [
      { label: last ? `$(checklist) ${vscode.l10n.t('See the results')}` : `$(arrow-right) ${vscode.l10n.t('Next question')}`, action: { type: 'next' }, alwaysShow: true },
      {
        label: `$(book) ${question.owner.kind === 'entry' ? vscode.l10n.t('Open the full answer in the panel') : vscode.l10n.t('Open the term card in the panel')}`,
        action: { type: 'open' },
        alwaysShow: true,
      },
      ...labelledLines<Action>(vscode.l10n.t('Right answer'), option(correctIndex), 'pass-filled', { type: 'next' }),
      ...(correct ? [] : labelledLines<Action>(vscode.l10n.t('Your answer'), option(chosenIndex), 'error', { type: 'next' })),
      ...question.explanation[this.lang]
        .split(/\n\s*\n/)
        .flatMap((paragraph, i) =>
          i === 0 ? labelledLines<Action>(vscode.l10n.t('Explanation'), paragraph, 'info', { type: 'next' }) : lineItems<Action>(paragraph, 'blank', { type: 'next' }),
        ),
    ];
    this.step = 'feedback';
    this.pick.value = '';
    this.pick.title = correct ? vscode.l10n.t('✓ Right') : vscode.l10n.t('✗ Not quite: the right answer is {0}', OPTION_LETTERS[correctIndex]);
    this.pick.placeholder = last ? vscode.l10n.t('Press Enter to see the results.') : vscode.l10n.t('Press Enter for the next question; Esc ends the quiz.');
    this.pick.buttons = [question.owner.kind === 'entry' ? this.buttons.openEntry : this.buttons.openTerm];
    this.pick.items = items;
    this.pick.activeItems = [items[0]];
  }

  /** Answers the current question with option `index` and shows the feedback; the answer is stored at once. */
  choose(index: number): Promise<unknown> {
    if (!this.session || this.step !== 'question') return Promise.resolve();
    const before = this.session;
    this.session = answerQuestion(before, index);
    const feedback = this.session.feedback;
    if (this.session === before || !feedback) return Promise.resolve();
    this.showFeedback();
    const write = this.deps.store.answer(feedback.question, feedback.correct, this.session.id).catch(() => undefined);
    this.writes.push(write);
    return write;
  }

  skip(): void {
    if (!this.session || this.step !== 'question') return;
    this.session = skipQuestion(this.session, new Date());
    this.afterMove();
  }

  next(): void {
    if (!this.session || this.step !== 'feedback') return;
    this.session = nextQuestion(this.session, new Date());
    this.afterMove();
  }

  private afterMove(): void {
    if (this.session?.phase === 'finished') this.pick.hide();
    else this.showQuestion();
  }

  /** Opens the current question's entry or term card beside the quiz, which stays open. */
  async openCurrent(): Promise<void> {
    const question = this.session && currentQuestion(this.session);
    if (question) await this.deps.openPage({ kind: question.owner.kind, id: question.owner.id }, { preserveFocus: true });
  }

  private accept(): void {
    const typed = this.pick.value.trim().toUpperCase();
    if (this.step === 'question' && typed) {
      const index = OPTION_LETTERS.indexOf(typed) >= 0 ? OPTION_LETTERS.indexOf(typed) : Number(typed) - 1;
      const question = this.session && currentQuestion(this.session);
      if (question && Number.isInteger(index) && index >= 0 && index < question.options.length) {
        void this.choose(index);
        return;
      }
    }
    const action = this.pick.selectedItems[0]?.action ?? this.pick.activeItems[0]?.action;
    if (!action) return;
    switch (action.type) {
      case 'scope':
        void this.pickScope(action.scope);
        return;
      case 'pickTopic':
        this.showTopics();
        return;
      case 'length':
        void this.pickLength(action.length);
        return;
      case 'option':
        void this.choose(action.index);
        return;
      case 'prompt':
        return;
      case 'next':
        this.next();
        return;
      case 'open':
        void this.openCurrent();
        return;
    }
  }

  private button(button: vscode.QuickInputButton): void {
    if (button === vscode.QuickInputButtons.Back) {
      if (this.step === 'length' && this.scope?.kind === 'topic' && !this.start.scope) this.showTopics();
      else this.showScope();
    } else if (button === this.buttons.skip) this.skip();
    else if (button === this.buttons.openEntry || button === this.buttons.openTerm) void this.openCurrent();
  }

  /** Ends the quiz (Esc, or after the last question): keeps the answers and shows the results. */
  async end(): Promise<void> {
    if (this.step === 'ended') return;
    this.step = 'ended';
    const session = this.session ? endQuizSession(this.session, new Date()) : undefined;
    this.session = session;
    this.pick.hide();
    this.pick.dispose();
    await Promise.all(this.writes);
    if (session && session.answers.length > 0) {
      try {
        await this.deps.showResults(session);
      } catch (e) {
        this.deps.warn(String(e));
      }
    }
    this.resolveEnded(session);
  }
}
