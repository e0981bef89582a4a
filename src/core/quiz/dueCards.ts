// Which cards want attention now. "Due" means a card that has been reviewed before and whose
// scheduled time has come; never-seen cards are counted apart as "new", so a fresh install does
// not greet the learner with hundreds of due cards.
import type { Progress } from './progressState';

export interface DueCards {
  /** Reviewed cards with due ≤ now, most overdue first (ties by id). */
  due: string[];
  /** Cards never reviewed, in the order given. */
  newCards: string[];
}

/** Only cards in `allCardIds` count: progress for content since removed is kept but ignored. */
export function dueCards(progress: Progress, allCardIds: readonly string[], now: Date): DueCards {
  const due: { id: string; at: number }[] = [];
  const newCards: string[] = [];
  for (const id of new Set(allCardIds)) {
    const card = progress.cards[id];
    if (!card || card.state === 'New') newCards.push(id);
    else if (Date.parse(card.due) <= now.getTime()) due.push({ id, at: Date.parse(card.due) });
  }
  due.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { due: due.map((d) => d.id), newCards };
}

/** When the next reviewed card falls due after `now` (for a status-bar refresh timer), if any. */
export function nextDueAt(progress: Progress, allCardIds: readonly string[], now: Date): Date | undefined {
  let next = Infinity;
  for (const id of allCardIds) {
    const card = progress.cards[id];
    if (!card || card.state === 'New') continue;
    const at = Date.parse(card.due);
    if (at > now.getTime() && at < next) next = at;
  }
  return Number.isFinite(next) ? new Date(next) : undefined;
}
