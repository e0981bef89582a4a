// A ts-fsrs card (Dates, numeric enum) in its stored JSON form. Nothing converts back: stored
// cards are always recomputed by replaying the log.
import { State, type Card } from 'ts-fsrs';
import type { CardStateName, StoredCard } from './progressState';

export function toStoredCard(card: Card): StoredCard {
  const stored: StoredCard = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: State[card.state] as CardStateName,
  };
  if (card.last_review) stored.last_review = card.last_review.toISOString();
  return stored;
}
