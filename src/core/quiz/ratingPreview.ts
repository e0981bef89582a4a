// What each rating would do to a card: shown beside Again / Hard / Good / Easy ("Good · 3 days")
// so the learner sees the consequence of the choice. Computed by scheduling a throw-away copy.
import { REVIEW_RATINGS, type Progress, type ReviewRating } from './progressState';
import type { Scheduler } from './scheduler';

const PREVIEW_ID = '\u0000preview';

/** The time the card would next be due after each rating given `now`. */
export function ratingPreview(scheduler: Scheduler, progress: Progress, cardId: string, now: Date): Record<ReviewRating, Date> {
  const due = {} as Record<ReviewRating, Date>;
  for (const rating of REVIEW_RATINGS) {
    const { card } = scheduler.review(progress, cardId, rating, now, { id: PREVIEW_ID });
    due[rating] = new Date(card.due);
  }
  return due;
}
