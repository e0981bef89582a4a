import * as vscode from 'vscode';
import type { ContentBundle, Lang } from '../core/knowledge/model';
import type { PanelTarget } from '../core/panel/panelMessages';
import { allCardIds, parseCardId } from '../core/quiz/cardIds';
import { dueCards, nextDueAt } from '../core/quiz/dueCards';
import { REVIEW_RATINGS, type ReviewRating } from '../core/quiz/progressState';
import { ratingPreview } from '../core/quiz/ratingPreview';
import {
  cardPrompt,
  currentCard,
  endReviewSession,
  newCardsToLearn,
  rateCard,
  revealAnswer,
  reviewPosition,
  reviewSummary,
  skipCard,
  startReviewSession,
  type ReviewKind,
  type ReviewSession,
} from '../core/quiz/reviewSession';
import { displayLanguage } from './displayLanguage';
import type { ProgressStore } from './progressStore';
import { openButton, promptRows, skipButton, type StudyItem } from './studyItems';
import { dateTimeText, inTime, ratingText } from './studyText';

/** How many never-seen cards one "learn new cards" session offers. */
export const NEW_CARDS_PER_SESSION = 10;

export interface ReviewDeps {
  store: ProgressStore;
  favourites(): string[];
  recent(): string[];
  openPage(target: PanelTarget, options: { preserveFocus?: boolean }): Promise<boolean>;
  startQuiz(): void;
  showProgress(): void;
  info(message: string): void;
}

type Step = 'empty' | 'question' | 'answer' | 'ended';

type Action =
  | { type: 'learnNew' }
  | { type: 'quiz' }
  | { type: 'progress' }
  | { type: 'reveal' }
  | { type: 'rate'; rating: ReviewRating };

type Item = StudyItem<Action>;

const RATING_ICONS: Record<ReviewRating, string> = { again: 'refresh', hard: 'dash', good: 'check', easy: 'check-all' };

let counter = 0;
const newReviewId = (now: Date): string => `review-${now.getTime().toString(36)}-${(counter++).toString(36)}`;

/**
 * Flashcard review in a quick pick: the card's question, then its answer in the panel, then a
 * rating (Again / Hard / Good / Easy, each with when the card would come back). Each rating is
 * stored as it is given. With nothing due it says when the next card is due and offers new cards.
 */
export class ReviewRun {
  readonly pick = vscode.window.createQuickPick<Item>();
  private step: Step = 'question';
  private session: ReviewSession | undefined;
  private readonly lang: Lang = displayLanguage();
  private readonly buttons = { skip: skipButton(), openEntry: openButton('entry'), openTerm: openButton('term') };
  private readonly ended: Promise<ReviewSession | undefined>;
  private resolveEnded!: (session: ReviewSession | undefined) => void;
  private writes: Promise<unknown>[] = [];

  constructor(
    private readonly deps: ReviewDeps,
    private readonly bundle: ContentBundle,
  ) {
    this.ended = new Promise((resolve) => (this.resolveEnded = resolve));
    this.pick.ignoreFocusOut = true; // the answer opens in the panel while the rating waits here
    this.pick.onDidAccept(() => this.accept());
    this.pick.onDidTriggerButton((b) => this.button(b));
    this.pick.onDidHide(() => void this.end());
  }

  get done(): Promise<ReviewSession | undefined> {
    return this.ended;
  }

  get current(): ReviewSession | undefined {
    return this.session;
  }

  get currentStep(): Step {
    return this.step;
  }

  /** Starts with the due cards, or (kind 'new') with cards never seen; with nothing due, says so. */
  show(kind?: ReviewKind): void {
    const now = new Date();
    const { due, newCards } = dueCards(this.deps.store.current, allCardIds(this.bundle), now);
    if (kind === 'new') this.begin('new', this.newCards(newCards), now);
    else if (due.length > 0) this.begin('due', due, now);
    else this.showEmpty(newCards.length, now);
    this.pick.show();
  }

  private newCards(newCards: readonly string[]): string[] {
    return newCardsToLearn(newCards, { favourites: this.deps.favourites(), recent: this.deps.recent() }, NEW_CARDS_PER_SESSION);
  }

  private showEmpty(newCount: number, now: Date): void {
    const next = this.nextDue(now);
    this.step = 'empty';
    this.pick.title = vscode.l10n.t('No cards are due for review');
    this.pick.step = undefined;
    this.pick.totalSteps = undefined;
    this.pick.placeholder = next ?? vscode.l10n.t('Nothing is scheduled yet: learn some new cards or take a quiz.');
    const items: Item[] = [
      ...(newCount > 0
        ? [{ label: `$(sparkle) ${vscode.l10n.t('Learn new cards')}`, description: vscode.l10n.t('{0} of {1} new cards', Math.min(NEW_CARDS_PER_SESSION, newCount), newCount), action: { type: 'learnNew' } as const }]
        : []),
      { label: `$(mortar-board) ${vscode.l10n.t('Start a quiz')}`, action: { type: 'quiz' } },
      { label: `$(graph) ${vscode.l10n.t('Show progress')}`, action: { type: 'progress' } },
    ];
    this.pick.items = items;
    this.pick.activeItems = [items[0]];
  }

  private nextDue(now: Date): string | undefined {
    const next = nextDueAt(this.deps.store.current, allCardIds(this.bundle), now);
    return next && vscode.l10n.t('The next card is due {0} ({1}).', inTime(next, now), dateTimeText(next));
  }

  private begin(kind: ReviewKind, cards: readonly string[], now: Date): void {
    this.session = startReviewSession(newReviewId(now), kind, cards.filter((id) => cardPrompt(id, this.bundle)), now);
    if (this.session.phase === 'finished') {
      this.showEmpty(0, now);
      return;
    }
    this.showQuestion();
  }

  private topicTitle(cardId: string): string {
    const owner = parseCardId(cardId);
    const topicId =
      owner?.kind === 'entry' ? this.bundle.entries.find((e) => e.id === owner.id)?.topic : this.bundle.terms.find((t) => t.id === owner?.id)?.topic;
    return this.bundle.topics.find((t) => t.id === topicId)?.title[this.lang] ?? '';
  }

  private showQuestion(): void {
    const session = this.session;
    const cardId = session && currentCard(session);
    const prompt = cardId && cardPrompt(cardId, this.bundle);
    if (!session || !cardId || !prompt) return;
    const { step, total } = reviewPosition(session);
    const heading = session.kind === 'new' ? vscode.l10n.t('New card · {0}', this.topicTitle(cardId)) : vscode.l10n.t('Review · {0}', this.topicTitle(cardId));
    const rows = promptRows<Action>(prompt[this.lang], heading, { type: 'reveal' });
    const items: Item[] = [...rows.rows, { label: `$(eye) ${vscode.l10n.t('Show the answer')}`, action: { type: 'reveal' }, alwaysShow: true }];
    this.step = 'question';
    this.pick.value = '';
    this.pick.title = rows.title;
    this.pick.step = step;
    this.pick.totalSteps = total;
    this.pick.placeholder = vscode.l10n.t('Recall the answer, then press Enter to see it in the panel. Esc ends the review.');
    this.pick.buttons = [this.buttons.skip];
    this.pick.items = items;
    this.pick.activeItems = [items[items.length - 1]];
  }

  private showRatings(): void {
    const cardId = this.session && currentCard(this.session);
    if (!cardId) return;
    const now = new Date();
    const preview = ratingPreview(this.deps.store.schedulerInUse, this.deps.store.current, cardId, now);
    const names = ratingText();
    const items: Item[] = REVIEW_RATINGS.map((rating, i) => ({
      label: `$(${RATING_ICONS[rating]}) ${i + 1}  ${names[rating]}`,
      description: vscode.l10n.t('next review {0}', inTime(preview[rating], now)),
      action: { type: 'rate', rating },
      alwaysShow: true,
    }));
    this.step = 'answer';
    this.pick.value = '';
    this.pick.placeholder = vscode.l10n.t('How well did you remember it? Pick a rating (or type 1–4 and press Enter).');
    this.pick.buttons = [this.buttons.skip, parseCardId(cardId)?.kind === 'term' ? this.buttons.openTerm : this.buttons.openEntry];
    this.pick.items = items;
    this.pick.activeItems = [items[2]];
  }

  /** Shows the answer in the panel (beside the review, which keeps the focus) and asks for a rating. */
  async reveal(): Promise<void> {
    if (!this.session || this.step !== 'question') return;
    this.session = revealAnswer(this.session);
    this.showRatings();
    await this.openCurrent();
  }

  private async openCurrent(): Promise<void> {
    const owner = this.session && parseCardId(currentCard(this.session) ?? '');
    if (owner) await this.deps.openPage({ kind: owner.kind, id: owner.id }, { preserveFocus: true });
  }

  /** Rates the current card and moves on; the rating is stored at once. */
  rate(rating: ReviewRating): Promise<unknown> {
    const cardId = this.session && currentCard(this.session);
    if (!this.session || !cardId || this.step !== 'answer') return Promise.resolve();
    this.session = rateCard(this.session, rating, new Date());
    const write = this.deps.store.rate(cardId, rating, this.session.id).catch(() => undefined);
    this.writes.push(write);
    this.afterMove();
    return write;
  }

  skip(): void {
    if (!this.session || (this.step !== 'question' && this.step !== 'answer')) return;
    this.session = skipCard(this.session, new Date());
    this.afterMove();
  }

  private afterMove(): void {
    if (this.session?.phase === 'finished') this.pick.hide();
    else this.showQuestion();
  }

  private accept(): void {
    const typed = this.pick.value.trim();
    if (this.step === 'answer' && /^[1-4]$/.test(typed)) {
      void this.rate(REVIEW_RATINGS[Number(typed) - 1]);
      return;
    }
    const action = this.pick.selectedItems[0]?.action ?? this.pick.activeItems[0]?.action;
    if (!action) return;
    switch (action.type) {
      case 'learnNew': {
        const now = new Date();
        this.begin('new', this.newCards(dueCards(this.deps.store.current, allCardIds(this.bundle), now).newCards), now);
        return;
      }
      case 'quiz':
        this.pick.hide();
        this.deps.startQuiz();
        return;
      case 'progress':
        this.pick.hide();
        this.deps.showProgress();
        return;
      case 'reveal':
        void this.reveal();
        return;
      case 'rate':
        void this.rate(action.rating);
        return;
    }
  }

  private button(button: vscode.QuickInputButton): void {
    if (button === this.buttons.skip) this.skip();
    else if (button === this.buttons.openEntry || button === this.buttons.openTerm) void this.openCurrent();
  }

  async end(): Promise<void> {
    if (this.step === 'ended') return;
    this.step = 'ended';
    const session = this.session ? endReviewSession(this.session, new Date()) : undefined;
    this.session = session;
    this.pick.hide();
    this.pick.dispose();
    await Promise.all(this.writes);
    if (session && session.ratings.length > 0) {
      const summary = reviewSummary(session);
      const next = this.nextDue(new Date());
      this.deps.info(
        [summary.rated === 1 ? vscode.l10n.t('Review done: 1 card rated.') : vscode.l10n.t('Review done: {0} cards rated.', summary.rated), next].filter(Boolean).join(' '),
      );
    }
    this.resolveEnded(session);
  }
}
