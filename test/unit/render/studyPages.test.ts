import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { emptyProgress, type Progress } from '../../../src/core/quiz/progressState';
import { progressView } from '../../../src/core/quiz/progressStats';
import { buildQuiz } from '../../../src/core/quiz/questionGenerator';
import { answerQuestion, endQuizSession, nextQuestion, quizSessionResults, startQuizSession } from '../../../src/core/quiz/quizSession';
import { createScheduler } from '../../../src/core/quiz/scheduler';
import { CHART_CSS } from '../../../src/core/quiz/svgCharts';
import { PROGRESS_VIEW_ID, renderProgressPage, renderResultsGonePage, renderResultsPage, type StudyPageLabels } from '../../../src/core/render/studyPages';
import { fixtureBundle } from '../quiz/fixtures';

const LABELS: StudyPageLabels = {
  actions: 'Actions',
  startQuiz: 'Start a quiz',
  startReview: 'Review due cards',
  showProgress: 'Show progress',
  resultsTitle: 'Quiz results',
  score: (c, a) => `${c} of ${a} right`,
  percent: (r) => `${Math.round(r * 100)}%`,
  duration: (ms) => `Time: ${Math.round(ms / 1000)} s`,
  skipped: () => 'skipped',
  endedEarly: 'You ended the quiz early.',
  nothingAnswered: 'Nothing answered.',
  byTopic: 'By topic',
  topic: 'Topic',
  asked: 'Asked',
  right: 'Right',
  wrong: 'Wrong',
  skippedSeries: 'Skipped',
  accuracy: 'Accuracy',
  missed: 'Questions to look at again',
  noneMissed: 'Every answer was right.',
  yourAnswer: 'Your answer',
  rightAnswer: 'Right answer',
  openEntry: 'Read the entry',
  openTerm: 'Read the term card',
  resultsGone: 'These results are gone.',
  progressTitle: 'Study progress',
  dueNow: 'due now',
  newCards: 'new cards',
  streak: 'day streak',
  reviews: 'reviews',
  mastered: 'mastered',
  reviewsPerDay: 'Reviews per day',
  retentionByWeek: 'Retention per week',
  retentionDescription: 'Share not rated Again.',
  masteryByTopic: 'Mastery by topic',
  mastery: { new: 'New', learning: 'Learning', review: 'Reviewing', mastered: 'Mastered' },
  noReviewsYet: 'Nothing reviewed yet.',
};

const T0 = new Date('2025-03-01T09:00:00Z');

/** No inline styles or scripts (the CSP forbids them) and nothing loaded from elsewhere. */
function assertSafe(html: string): void {
  assert.doesNotMatch(html, /<script|<style|javascript:/i);
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) assert.doesNotMatch(tag, /\son\w+=|\sstyle=|\ssrc=|\shref="(?!#)/i, tag);
}

describe('study pages', () => {
  const bundle = fixtureBundle();
  const questions = buildQuiz({ bundle, scope: { kind: 'all' }, length: 3, seed: 5 });

  it('shows score, time, per-topic accuracy and the missed questions with both answers', () => {
    let s = startQuizSession('quiz-a', questions, T0);
    const right = (i: number) => questions[i].options.findIndex((o) => o.correct);
    const wrong = (i: number) => questions[i].options.findIndex((o) => !o.correct);
    s = nextQuestion(answerQuestion(s, right(0)), T0);
    s = nextQuestion(answerQuestion(s, wrong(1)), T0);
    s = nextQuestion(answerQuestion(s, right(2)), new Date(T0.getTime() + 95_000));
    const html = renderResultsPage({ results: quizSessionResults(s), answers: s.answers, endedEarly: false }, bundle, 'en', LABELS);
    assertSafe(html);
    assert.match(html, /<h1 class="page-title">Quiz results<\/h1>/);
    assert.match(html, /67%/);
    assert.match(html, /2 of 3 right/);
    assert.match(html, /Time: 95 s/);
    assert.match(html, /<svg[^>]*class="lfg-chart"/);
    assert.match(html, /<table class="topic-accuracy">/);
    const missed = questions[1];
    assert.match(html, new RegExp(`answer-yours">${escapeRe(missed.options[wrong(1)].text.en)}`));
    assert.match(html, new RegExp(`answer-right">${escapeRe(missed.options[right(1)].text.en)}`));
    assert.match(html, new RegExp(`data-${missed.owner.kind}="${missed.owner.id}"`), 'a link to the entry or term asked about');
    assert.match(html, /data-action="startQuiz"/);
    assert.match(html, /data-action="openView" data-kind="progress" data-id="overview"/);
    assert.doesNotMatch(html, /You ended the quiz early/);
  });

  it('says when the quiz was ended early, in Chinese content too', () => {
    const s = endQuizSession(answerQuestion(startQuizSession('quiz-b', questions, T0), 0), T0);
    const html = renderResultsPage({ results: quizSessionResults(s), answers: s.answers, endedEarly: s.endedEarly }, bundle, 'zh', LABELS);
    assert.match(html, /You ended the quiz early/);
    assert.match(html, /lang="zh-CN"/);
    assert.ok(html.includes(questions[0].prompt.zh.split('\n')[0].replace(/&/g, '&amp;').replace(/</g, '&lt;')));
  });

  it('escapes content and labels', () => {
    const tricky = { ...questions[0], prompt: { en: '<img src=x onerror=alert(1)>', zh: '<b>' }, options: questions[0].options.map((o) => ({ ...o, text: { en: `"${o.text.en}"<script>`, zh: o.text.zh } })) };
    const wrong = tricky.options.findIndex((o) => !o.correct);
    const s = endQuizSession(answerQuestion(startQuizSession('quiz-c', [tricky], T0), wrong), T0);
    const html = renderResultsPage({ results: quizSessionResults(s), answers: s.answers, endedEarly: false }, bundle, 'en', { ...LABELS, resultsTitle: '<i>R</i>' });
    assertSafe(html);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(html, /&lt;i&gt;R&lt;\/i&gt;/);
  });

  it('offers a way on when the results are gone', () => {
    const html = renderResultsGonePage(LABELS);
    assert.match(html, /These results are gone\./);
    assert.match(html, new RegExp(`data-id="${PROGRESS_VIEW_ID}"`));
  });

  it('draws reviews per day, retention per week and mastery by topic', () => {
    const scheduler = createScheduler({ enableFuzz: false });
    let p: Progress = emptyProgress();
    p = scheduler.review(p, 'entry:training-stability', 'good', T0, { id: '1' }).progress;
    p = scheduler.answerQuestion(p, { cardId: 'term:dropout' }, false, T0, { id: '2' }).progress;
    const view = progressView(p, bundle, { now: new Date(T0.getTime() + 3_600_000), utcOffsetMinutes: 0 });
    const html = renderProgressPage(view, p.log.length, bundle, 'en', LABELS);
    assertSafe(html);
    assert.equal((html.match(/<svg /g) ?? []).length, 3);
    assert.match(html, /<title id="reviews-per-day-title">Reviews per day<\/title>/);
    assert.match(html, /<title id="retention-title">Retention per week<\/title>/);
    assert.match(html, /<title id="mastery-title">Mastery by topic<\/title>/);
    assert.match(html, /03-01: 2/, 'two reviews on the day, in the chart description');
    assert.match(html, /Training — Learning: 1/);
    assert.match(html, /50%/, 'retention as a percentage');
    assert.doesNotMatch(html, /Nothing reviewed yet/);
    const empty = renderProgressPage(progressView(emptyProgress(), bundle, { now: T0, utcOffsetMinutes: 0 }), 0, bundle, 'zh', LABELS);
    assert.match(empty, /Nothing reviewed yet/);
    assert.match(empty, /训练/);
  });

  it('ships the chart colours as a stylesheet (the CSP allows no inline styles)', () => {
    const css = fs.readFileSync(path.join(import.meta.dirname, '../../../media/charts.css'), 'utf8');
    assert.ok(css.includes(CHART_CSS), 'media/charts.css is out of date: copy CHART_CSS from src/core/quiz/svgCharts.ts');
  });
});

function escapeRe(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
