// How well a card is known, in four levels a learner understands, and how many cards of each
// topic sit at each level.
import type { ContentBundle } from '../knowledge/model';
import { cardTopics } from './cardIds';
import type { Progress, StoredCard } from './progressState';

export type MasteryLevel = 'new' | 'learning' | 'review' | 'mastered';
export const MASTERY_LEVELS: readonly MasteryLevel[] = ['new', 'learning', 'review', 'mastered'];

/** FSRS stability (days until recall drops to 90%) from which a card counts as mastered; Anki calls such cards "mature". */
export const MASTERED_STABILITY_DAYS = 21;

export function mastery(card: StoredCard | undefined): MasteryLevel {
  if (!card || card.state === 'New') return 'new';
  if (card.state === 'Learning' || card.state === 'Relearning') return 'learning';
  return card.stability >= MASTERED_STABILITY_DAYS ? 'mastered' : 'review';
}

export type MasteryCounts = Record<MasteryLevel, number> & { total: number };

export interface TopicMastery extends MasteryCounts {
  topicId: string;
}

export const emptyMasteryCounts = (): MasteryCounts => ({ new: 0, learning: 0, review: 0, mastered: 0, total: 0 });

/** Per topic of the bundle, in topic order; topics without cards are listed with zero counts. */
export function masteryByTopic(progress: Progress, bundle: ContentBundle): TopicMastery[] {
  const byTopic = new Map(bundle.topics.map((t) => [t.id, { topicId: t.id, ...emptyMasteryCounts() }]));
  for (const [cardId, topicId] of cardTopics(bundle)) {
    const counts = byTopic.get(topicId);
    if (!counts) continue;
    counts[mastery(progress.cards[cardId])]++;
    counts.total++;
  }
  return [...byTopic.values()];
}
