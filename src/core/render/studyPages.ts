// The study pages of the answer panel: a quiz session's results and the progress overview, as body
// HTML (the glue adds CSP, nonce and stylesheets, media/charts.css among them). Charts are inline SVG
// from quiz/svgCharts.ts; every text is escaped. The chrome's words come in through StudyPageLabels
// (the glue localises them); content (topic titles, questions) is shown in the display language.
//
// Classes used (besides those of markdownRenderer.ts and svgCharts.ts):
//   page study-page results-page|progress-page, page-header, page-title, page-meta, page-actions,
//   page-action action-<startQuiz|startReview|openView>, study-summary, summary-figure,
//   summary-value, summary-label, study-section, topic-accuracy, numeric, missed-list,
//   missed-question, missed-prompt, missed-answers, answer-yours, answer-right, missed-explanation,
//   markdown-body, missed-open, study-note, chart
import type { ContentBundle, Lang } from '../knowledge/model';
import { MASTERY_LEVELS, type MasteryLevel } from '../quiz/mastery';
import type { ProgressView } from '../quiz/progressStats';
import type { QuizQuestion } from '../quiz/quizQuestion';
import type { SessionAnswer, SessionResults } from '../quiz/sessionResults';
import { barChart, lineChart, stackedBarChart, type ChartColour } from '../quiz/svgCharts';
import { contentLookup } from './contentLookup';
import { escapeHtml } from './htmlEscape';
import { attributeHtml } from './languageBlocks';
import { linkHtml } from './linkHtml';
import { renderMarkdown } from './markdownRenderer';
import { HTML_LANG } from './uiLabels';

export interface StudyPageLabels {
  actions: string;
  startQuiz: string;
  startReview: string;
  showProgress: string;

  resultsTitle: string;
  /** "7 of 10 right" */
  score(correct: number, asked: number): string;
  /** 0.7 → "70%" */
  percent(ratio: number): string;
  /** "2 min 13 s" */
  duration(ms: number): string;
  skipped(count: number): string;
  endedEarly: string;
  nothingAnswered: string;
  byTopic: string;
  topic: string;
  asked: string;
  right: string;
  wrong: string;
  skippedSeries: string;
  accuracy: string;
  missed: string;
  noneMissed: string;
  yourAnswer: string;
  rightAnswer: string;
  openEntry: string;
  openTerm: string;
  resultsGone: string;

  progressTitle: string;
  dueNow: string;
  newCards: string;
  streak: string;
  reviews: string;
  mastered: string;
  reviewsPerDay: string;
  retentionByWeek: string;
  retentionDescription: string;
  masteryByTopic: string;
  mastery: Record<MasteryLevel, string>;
  noReviewsYet: string;
}

type StudyAction = { action: 'startQuiz' | 'startReview' } | { action: 'openView'; kind: 'progress'; id: string };

function actionsHtml(actions: readonly StudyAction[], labels: StudyPageLabels): string {
  const buttons = actions.map((a) => {
    const label = a.action === 'startQuiz' ? labels.startQuiz : a.action === 'startReview' ? labels.startReview : labels.showProgress;
    const data: Array<[string, string]> = a.action === 'openView' ? [['data-kind', a.kind], ['data-id', a.id]] : [];
    return `<button${attributeHtml([['type', 'button'], ['class', `page-action action-${a.action}`], ['data-action', a.action], ...data])}>${escapeHtml(label)}</button>`;
  });
  return `<div class="page-actions" role="group" aria-label="${escapeHtml(labels.actions)}">${buttons.join('')}</div>`;
}

function figure(value: string, label: string): string {
  return `<div class="summary-figure"><span class="summary-value">${escapeHtml(value)}</span> <span class="summary-label">${escapeHtml(label)}</span></div>`;
}

const paragraphs = (text: string): string =>
  text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');

import { PROGRESS_VIEW_ID } from './studyPageIds';
export { PROGRESS_VIEW_ID };

export interface ResultsPageInput {
  results: SessionResults;
  /** The questions of the session, for the chosen option of each missed one. */
  answers: readonly SessionAnswer[];
  endedEarly: boolean;
}

export function renderResultsPage(input: ResultsPageInput, bundle: ContentBundle, lang: Lang, labels: StudyPageLabels): string {
  const { results } = input;
  const lookup = contentLookup(bundle);
  const topicTitle = (id: string): string => lookup.topic(id)?.title[lang] ?? id;
  const header =
    '<header class="page-header">' +
    `<h1 class="page-title">${escapeHtml(labels.resultsTitle)}</h1>` +
    `<p class="page-meta">${escapeHtml(labels.duration(results.durationMs))}</p>` +
    actionsHtml([{ action: 'startQuiz' }, { action: 'startReview' }, { action: 'openView', kind: 'progress', id: PROGRESS_VIEW_ID }], labels) +
    '</header>';

  const summary =
    '<section class="study-summary">' +
    figure(labels.percent(results.score), labels.score(results.correct, results.asked)) +
    (results.skipped > 0 ? figure(String(results.skipped), labels.skipped(results.skipped)) : '') +
    '</section>' +
    (input.endedEarly ? `<p class="study-note">${escapeHtml(labels.endedEarly)}</p>` : '') +
    (results.asked > 0 && results.answered === 0 ? `<p class="study-note">${escapeHtml(labels.nothingAnswered)}</p>` : '');

  const rows = results.byTopic
    .map(
      (t) =>
        `<tr><th scope="row">${escapeHtml(topicTitle(t.topicId))}</th><td class="numeric">${t.asked}</td><td class="numeric">${t.correct}</td>` +
        `<td class="numeric">${t.accuracy === null ? '–' : escapeHtml(labels.percent(t.accuracy))}</td></tr>`,
    )
    .join('');
  const byTopic =
    results.byTopic.length === 0
      ? ''
      : `<section class="study-section" aria-labelledby="by-topic-heading"><h2 id="by-topic-heading">${escapeHtml(labels.byTopic)}</h2>` +
        stackedBarChart({
          id: 'results-by-topic',
          title: labels.byTopic,
          series: [
            { label: labels.right, colour: 'green' },
            { label: labels.wrong, colour: 'red' },
            { label: labels.skippedSeries, colour: 'yellow' },
          ],
          rows: results.byTopic.map((t) => ({ label: topicTitle(t.topicId), values: [t.correct, t.answered - t.correct, t.asked - t.answered] })),
        }) +
        `<table class="topic-accuracy"><thead><tr><th scope="col">${escapeHtml(labels.topic)}</th><th scope="col">${escapeHtml(labels.asked)}</th>` +
        `<th scope="col">${escapeHtml(labels.right)}</th><th scope="col">${escapeHtml(labels.accuracy)}</th></tr></thead><tbody>${rows}</tbody></table>` +
        '</section>';

  const chosen = new Map<string, number>();
  for (const a of input.answers) if (!chosen.has(a.questionId)) chosen.set(a.questionId, a.chosenIndex);
  const missedItem = (q: QuizQuestion): string => {
    const yours = q.options[chosen.get(q.id) ?? -1];
    const right = q.options.find((o) => o.correct);
    const owner = q.owner.kind === 'entry' ? lookup.entry(q.owner.id)?.title[lang] : lookup.term(q.owner.id)?.term[lang];
    const open = owner
      ? `<p class="missed-open">${linkHtml({ kind: q.owner.kind, id: q.owner.id }, escapeHtml(`${q.owner.kind === 'entry' ? labels.openEntry : labels.openTerm}: ${owner}`))}</p>`
      : '';
    return (
      '<li class="missed-question">' +
      `<div class="missed-prompt">${paragraphs(q.prompt[lang])}</div>` +
      '<dl class="missed-answers">' +
      (yours ? `<dt>${escapeHtml(labels.yourAnswer)}</dt><dd class="answer-yours">${escapeHtml(yours.text[lang])}</dd>` : '') +
      (right ? `<dt>${escapeHtml(labels.rightAnswer)}</dt><dd class="answer-right">${escapeHtml(right.text[lang])}</dd>` : '') +
      '</dl>' +
      `<div class="missed-explanation markdown-body">${renderMarkdown(q.explanation[lang])}</div>` +
      open +
      '</li>'
    );
  };
  const missed =
    results.answered === 0
      ? ''
      : `<section class="study-section" aria-labelledby="missed-heading"><h2 id="missed-heading">${escapeHtml(labels.missed)}</h2>` +
        (results.missed.length === 0 ? `<p class="study-note">${escapeHtml(labels.noneMissed)}</p>` : `<ol class="missed-list">${results.missed.map(missedItem).join('')}</ol>`) +
        '</section>';

  return `<main class="page study-page results-page" lang="${HTML_LANG[lang]}">${header}${summary}${byTopic}${missed}</main>`;
}

/** What a restored panel shows when the session it showed is gone (results live only in memory). */
export function renderResultsGonePage(labels: StudyPageLabels): string {
  return (
    '<main class="page study-page results-page">' +
    `<header class="page-header"><h1 class="page-title">${escapeHtml(labels.resultsTitle)}</h1>` +
    actionsHtml([{ action: 'startQuiz' }, { action: 'openView', kind: 'progress', id: PROGRESS_VIEW_ID }], labels) +
    `</header><p class="study-note">${escapeHtml(labels.resultsGone)}</p></main>`
  );
}

const MASTERY_COLOURS: Record<MasteryLevel, ChartColour> = { new: 'purple', learning: 'orange', review: 'blue', mastered: 'green' };
const shortDate = (isoDate: string): string => isoDate.slice(5);

export function renderProgressPage(view: ProgressView, totalReviews: number, bundle: ContentBundle, lang: Lang, labels: StudyPageLabels): string {
  const lookup = contentLookup(bundle);
  const header =
    '<header class="page-header">' +
    `<h1 class="page-title">${escapeHtml(labels.progressTitle)}</h1>` +
    actionsHtml([{ action: 'startReview' }, { action: 'startQuiz' }], labels) +
    '</header>';
  const summary =
    '<section class="study-summary">' +
    figure(String(view.due), labels.dueNow) +
    figure(String(view.newCards), labels.newCards) +
    figure(String(view.totals.mastered), labels.mastered) +
    figure(String(view.streakDays), labels.streak) +
    figure(String(totalReviews), labels.reviews) +
    '</section>' +
    (totalReviews === 0 ? `<p class="study-note">${escapeHtml(labels.noReviewsYet)}</p>` : '');

  const section = (id: string, heading: string, body: string): string =>
    `<section class="study-section" aria-labelledby="${id}-heading"><h2 id="${id}-heading">${escapeHtml(heading)}</h2>${body}</section>`;
  const perDay = section(
    'reviews-per-day',
    labels.reviewsPerDay,
    barChart({ id: 'reviews-per-day', title: labels.reviewsPerDay, bars: view.reviewsPerDay.map((d) => ({ label: shortDate(d.date), value: d.reviews })) }),
  );
  const retention = section(
    'retention',
    labels.retentionByWeek,
    lineChart({
      id: 'retention',
      title: labels.retentionByWeek,
      description: labels.retentionDescription,
      points: view.retentionByWeek.map((w) => ({ label: shortDate(w.weekStart), value: w.retention })),
      min: 0,
      max: 1,
      formatValue: labels.percent,
    }),
  );
  const mastery = section(
    'mastery',
    labels.masteryByTopic,
    stackedBarChart({
      id: 'mastery',
      title: labels.masteryByTopic,
      series: MASTERY_LEVELS.map((level) => ({ label: labels.mastery[level], colour: MASTERY_COLOURS[level] })),
      rows: view.masteryByTopic.map((t) => ({ label: lookup.topic(t.topicId)?.title[lang] ?? t.topicId, values: MASTERY_LEVELS.map((level) => t[level]) })),
    }),
  );
  return `<main class="page study-page progress-page" lang="${HTML_LANG[lang]}">${header}${summary}${perDay}${retention}${mastery}</main>`;
}
