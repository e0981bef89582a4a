import type * as vscode from 'vscode';

export type SyncableMemento = vscode.Memento & { setKeysForSync(keys: readonly string[]): void };

// setKeysForSync replaces the whole list, so every surface that syncs a key goes through here and
// the list keeps everyone's keys.
const synced = new WeakMap<object, Set<string>>();

/** Adds keys to the memento's synchronised keys (Settings Sync), keeping those added before. */
export function addKeysForSync(state: SyncableMemento, keys: readonly string[]): void {
  const all = synced.get(state) ?? new Set<string>();
  keys.forEach((k) => all.add(k));
  synced.set(state, all);
  state.setKeysForSync([...all]);
}
