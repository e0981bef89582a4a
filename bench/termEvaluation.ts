// Scores the hover matcher against the labelled set in test/fixtures/term-eval/*.jsonl: precision
// and recall micro-averaged over term occurrences. Shared by bench/termEval.ts and its unit test.

import fs from 'node:fs';
import path from 'node:path';
import { findTermsInDocument } from '../src/core/terms/documentMatcher';
import { PROSE_SYNTAX, syntaxForLanguage } from '../src/core/terms/languageSyntax';
import type { TermIndex } from '../src/core/terms/termIndex';

export const EVAL_DIR = path.join(import.meta.dirname, '../test/fixtures/term-eval');

export interface EvalCase {
  /** `file:line`, for reports. */
  where: string;
  language: string;
  text: string;
  /** `ml`: the snippet comes from an ML file (file-level ML context); `none`: from other code. */
  context: 'ml' | 'none';
  /** Term ids, one per occurrence. */
  expected: string[];
  /** Also match code identifiers (off unless the line says so). */
  codeSignals: boolean;
}

export interface CaseOutcome {
  case: EvalCase;
  found: string[];
  missed: string[];
  spurious: string[];
}

export interface EvalScore {
  cases: number;
  negatives: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** Cases with a missed or spurious term. */
  errors: CaseOutcome[];
}

export function loadEvalSet(dir = EVAL_DIR): EvalCase[] {
  const cases: EvalCase[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    fs.readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        const o = JSON.parse(line) as Partial<EvalCase> & { codeSignals?: boolean };
        const where = `${file}:${i + 1}`;
        if (typeof o.language !== 'string' || typeof o.text !== 'string' || !Array.isArray(o.expected)) throw new Error(`${where}: malformed case`);
        if (o.context !== 'ml' && o.context !== 'none') throw new Error(`${where}: context must be "ml" or "none"`);
        cases.push({ where, language: o.language, text: o.text, context: o.context, expected: o.expected.map(String), codeSignals: o.codeSignals === true });
      });
  }
  return cases;
}

/** Runs each case through findTermsInDocument, as the hover would, and compares term-id multisets. */
export function scoreEvalSet(index: TermIndex, cases: readonly EvalCase[]): EvalScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: CaseOutcome[] = [];
  for (const c of cases) {
    for (const id of c.expected) if (!index.terms.has(id)) throw new Error(`${c.where}: unknown term id "${id}"`);
    const syntax = syntaxForLanguage(c.language) ?? PROSE_SYNTAX;
    const found = findTermsInDocument(index, c.text, syntax, { codeSignals: c.codeSignals, mlContext: c.context === 'ml' }).map((m) => m.termId);
    const left = [...c.expected];
    const spurious: string[] = [];
    for (const id of found) {
      const k = left.indexOf(id);
      if (k >= 0) left.splice(k, 1);
      else spurious.push(id);
    }
    tp += found.length - spurious.length;
    fp += spurious.length;
    fn += left.length;
    if (left.length || spurious.length) errors.push({ case: c, found, missed: left, spurious });
  }
  return {
    cases: cases.length,
    negatives: cases.filter((c) => c.expected.length === 0).length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    errors,
  };
}
