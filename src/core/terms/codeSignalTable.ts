// Code-signal identifiers of all terms (their code signals and identifier-shaped aliases), resolved
// to one term each. An identifier several terms list
// goes to the term that also has it as an alias (`GradScaler`), else to the term listing it in more
// signals (`autocast`: three mixed-precision signals, one FP8), else to none (`tf.GradientTape`
// under autodiff and backprop): a hover card must not guess.

import type { Term } from '../knowledge/model';
import { aliasShapes } from './aliasShapes';
import { isDistinctive, parseCodeSignal, type SignalKey, type SignalKeyKind } from './codeSignalParser';
import { tokenize } from './normalize';

export interface CodeSignal {
  termId: string;
  kind: SignalKeyKind;
  /** The glossary code signal the identifier came from. */
  signal: string;
}

export interface DroppedSignal {
  key: string;
  termIds: string[];
}

export interface CodeSignalTable {
  keys: Map<string, CodeSignal>;
  /** Identifiers left out because several terms claim them equally. */
  dropped: DroppedSignal[];
}

interface Claim extends CodeSignal {
  primary: boolean;
}

function majorityWinner(claims: Claim[]): string | undefined {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.termId, (counts.get(c.termId) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length > 0 && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : undefined;
}

export function buildCodeSignalTable(terms: readonly Term[]): CodeSignalTable {
  const claims = new Map<string, Claim[]>();
  for (const term of terms) {
    const ambiguous = new Set(term.ambiguousAliases);
    for (const alias of term.aliases) {
      if (ambiguous.has(alias)) continue;
      for (const key of identifierKeys(alias)) {
        const list = claims.get(key.key) ?? [];
        list.push({ termId: term.id, kind: key.kind, signal: alias, primary: true });
        claims.set(key.key, list);
      }
    }
    for (const signal of term.codeSignals) {
      for (const k of parseCodeSignal(signal)) {
        const list = claims.get(k.key) ?? [];
        // One claim per signal: a term listing `autocast` in three signals claims it three times.
        if (!list.some((c) => c.signal === signal && c.termId === term.id)) {
          list.push({ termId: term.id, kind: k.kind, signal, primary: k.primary });
        }
        claims.set(k.key, list);
      }
    }
  }
  const byId = new Map(terms.map((t) => [t.id, t]));
  const keys = new Map<string, CodeSignal>();
  const dropped: DroppedSignal[] = [];
  for (const [key, all] of claims) {
    const primary = all.filter((c) => c.primary);
    const list = primary.length > 0 ? primary : all;
    const ids = [...new Set(list.map((c) => c.termId))];
    const winner = ids.length === 1 ? ids[0] : (aliasWinner(key, ids, byId) ?? majorityWinner(list));
    if (winner === undefined) {
      dropped.push({ key, termIds: ids });
      continue;
    }
    const claim = list.find((c) => c.termId === winner) as Claim;
    keys.set(key, { termId: claim.termId, kind: claim.kind, signal: claim.signal });
  }
  return { keys, dropped };
}

/**
 * An alias spelled as an identifier (`lora_alpha`, `GradScaler`, `torch.bfloat16`, `FSDP`) is code
 * evidence too. Plain words (`lora`, `dropout`) are not: in code they name variables.
 */
function identifierKeys(alias: string): SignalKey[] {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(alias)) return [];
  if (alias.includes('.')) return parseCodeSignal(alias).filter((k) => k.kind === 'qualified' || k.kind === 'name');
  const acronym = /^[A-Z][A-Z0-9]{2,}$/.test(alias);
  return isDistinctive(alias) || acronym ? [{ key: alias, kind: 'name', primary: true }] : [];
}

/** The one term whose longest alias found inside the identifier is longer than every other's. */
function aliasWinner(key: string, ids: string[], byId: Map<string, Term>): string | undefined {
  const keyTokens = tokenize(key.replace(/[._]/g, ' ')).map((t) => t.norm);
  const keyJoined = [keyTokens.join('')];
  let best: string | undefined;
  let bestScore = 0;
  let tie = false;
  for (const id of ids) {
    const term = byId.get(id);
    if (!term) continue;
    let score = 0;
    for (const alias of term.aliases) {
      for (const shape of aliasShapes(alias)) {
        if (contains(keyTokens, shape.tokens) || contains(keyJoined, shape.tokens)) score = Math.max(score, shape.tokens.join('').length);
      }
    }
    if (score > bestScore) {
      best = id;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  return tie ? undefined : best;
}

function contains(hay: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= hay.length; i++) {
    let ok = true;
    for (let k = 0; k < needle.length && ok; k++) ok = hay[i + k] === needle[k];
    if (ok) return true;
  }
  return false;
}
