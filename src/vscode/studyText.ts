// Words for the quiz and review surfaces: time spans, dates, mastery levels and the study pages'
// labels, all through vscode.l10n so they follow VS Code's display language.
import * as vscode from 'vscode';
import { minutesAndSeconds, timeSpan, type TimeSpan } from '../core/quiz/dueStatus';
import type { MasteryLevel } from '../core/quiz/mastery';
import type { ReviewRating } from '../core/quiz/progressState';
import type { StudyPageLabels } from '../core/render/studyPages';

export function spanText({ value, unit }: TimeSpan): string {
  switch (unit) {
    case 'minute':
      return value === 1 ? vscode.l10n.t('1 minute') : vscode.l10n.t('{0} minutes', value);
    case 'hour':
      return value === 1 ? vscode.l10n.t('1 hour') : vscode.l10n.t('{0} hours', value);
    case 'day':
      return value === 1 ? vscode.l10n.t('1 day') : vscode.l10n.t('{0} days', value);
    case 'month':
      return value === 1 ? vscode.l10n.t('1 month') : vscode.l10n.t('{0} months', value);
    case 'year':
      return value === 1 ? vscode.l10n.t('1 year') : vscode.l10n.t('{0} years', value);
  }
}

/** "in 3 hours" from now to `at`. */
export const inTime = (at: Date, now: Date): string => vscode.l10n.t('in {0}', spanText(timeSpan(at.getTime() - now.getTime())));

/** A date and time in VS Code's display language, e.g. "Mar 3, 2025, 14:05". */
export function dateTimeText(at: Date): string {
  try {
    return new Intl.DateTimeFormat(vscode.env.language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  } catch {
    return at.toISOString().slice(0, 16).replace('T', ' ');
  }
}

export const percentText = (ratio: number): string => `${Math.round(ratio * 100)}%`;

export function durationText(ms: number): string {
  const { minutes, seconds } = minutesAndSeconds(ms);
  return minutes > 0 ? vscode.l10n.t('{0} min {1} s', minutes, seconds) : vscode.l10n.t('{0} s', seconds);
}

export const masteryText = (): Record<MasteryLevel, string> => ({
  new: vscode.l10n.t('New'),
  learning: vscode.l10n.t('Learning'),
  review: vscode.l10n.t('Reviewing'),
  mastered: vscode.l10n.t('Mastered'),
});

export const ratingText = (): Record<ReviewRating, string> => ({
  again: vscode.l10n.t('Again'),
  hard: vscode.l10n.t('Hard'),
  good: vscode.l10n.t('Good'),
  easy: vscode.l10n.t('Easy'),
});

export function studyPageLabels(): StudyPageLabels {
  return {
    actions: vscode.l10n.t('Actions'),
    startQuiz: vscode.l10n.t('Start a quiz'),
    startReview: vscode.l10n.t('Review due cards'),
    showProgress: vscode.l10n.t('Show progress'),
    resultsTitle: vscode.l10n.t('Quiz results'),
    score: (correct, asked) => vscode.l10n.t('{0} of {1} right', correct, asked),
    percent: percentText,
    duration: (ms) => vscode.l10n.t('Time: {0}', durationText(ms)),
    skipped: (count) => (count === 1 ? vscode.l10n.t('question skipped') : vscode.l10n.t('questions skipped')),
    endedEarly: vscode.l10n.t('You ended the quiz early; the results cover the questions you got to. Every answer you gave has been saved.'),
    nothingAnswered: vscode.l10n.t('No question was answered in this quiz.'),
    byTopic: vscode.l10n.t('By topic'),
    topic: vscode.l10n.t('Topic'),
    asked: vscode.l10n.t('Asked'),
    right: vscode.l10n.t('Right'),
    wrong: vscode.l10n.t('Wrong'),
    skippedSeries: vscode.l10n.t('Skipped'),
    accuracy: vscode.l10n.t('Accuracy'),
    missed: vscode.l10n.t('Questions to look at again'),
    noneMissed: vscode.l10n.t('Every answer was right.'),
    yourAnswer: vscode.l10n.t('Your answer'),
    rightAnswer: vscode.l10n.t('Right answer'),
    openEntry: vscode.l10n.t('Read the entry'),
    openTerm: vscode.l10n.t('Read the term card'),
    resultsGone: vscode.l10n.t('The results of this quiz are no longer available (they are kept until the window closes). Your answers are saved in your progress.'),
    progressTitle: vscode.l10n.t('Study progress'),
    dueNow: vscode.l10n.t('due now'),
    newCards: vscode.l10n.t('new cards'),
    streak: vscode.l10n.t('day streak'),
    reviews: vscode.l10n.t('reviews in total'),
    mastered: vscode.l10n.t('mastered'),
    reviewsPerDay: vscode.l10n.t('Reviews per day (last 30 days)'),
    retentionByWeek: vscode.l10n.t('Retention per week (last 12 weeks)'),
    retentionDescription: vscode.l10n.t('Share of reviews not rated Again (quiz: answered right).'),
    masteryByTopic: vscode.l10n.t('Mastery by topic'),
    mastery: masteryText(),
    noReviewsYet: vscode.l10n.t('Nothing reviewed yet: start a quiz or review some new cards, and your progress shows up here.'),
  };
}
