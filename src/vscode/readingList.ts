import * as vscode from 'vscode';
import { addKeysForSync, type SyncableMemento } from './syncedKeys';

const FAVOURITES_KEY = 'llmFieldGuide.favourites';
const RECENT_KEY = 'llmFieldGuide.recentlyViewed';
const RECENT_LIMIT = 10;

/** Favourite entries and recently viewed entries, kept in globalState (and synced). */
export class ReadingList implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: SyncableMemento) {
    addKeysForSync(state, [FAVOURITES_KEY, RECENT_KEY]);
  }

  favourites(): string[] {
    return this.ids(FAVOURITES_KEY);
  }

  recentlyViewed(): string[] {
    return this.ids(RECENT_KEY);
  }

  isFavourite(entryId: string): boolean {
    return this.favourites().includes(entryId);
  }

  async setFavourite(entryId: string, favourite: boolean): Promise<void> {
    const rest = this.favourites().filter((id) => id !== entryId);
    await this.state.update(FAVOURITES_KEY, favourite ? [...rest, entryId] : rest);
    this.changed.fire();
  }

  async markViewed(entryId: string): Promise<void> {
    const recent = [entryId, ...this.recentlyViewed().filter((id) => id !== entryId)].slice(0, RECENT_LIMIT);
    await this.state.update(RECENT_KEY, recent);
    this.changed.fire();
  }

  /** Saved lists from another version or a hand-edited state are filtered to plain id strings. */
  private ids(key: string): string[] {
    const raw = this.state.get<unknown>(key);
    return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string' && x.length < 200) : [];
  }

  dispose(): void {
    this.changed.dispose();
  }
}
