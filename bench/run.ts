// `npm run bench`: performance figures as ratios against baselines measured in the same run, with
// the absolute medians beside them (the machines are shared and noisy).
//
//   npm run bench                      full run, prints a table
//   npm run bench -- --json            also writes bench/results.json (flat object, every value a number)
//   npm run bench -- --check           prints each budget with pass/fail; exits 1 if any fails
//   npm run bench -- --quick           tiny inputs and time budgets: a smoke run, figures not comparable
//   npm run bench -- --only hover,search   just these measurements
//
// Run as `node --expose-gc --import tsx bench/run.ts` (the npm script does).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureActivation } from './activation';
import { measureContentLoad } from './content';
import { measureReference, ROOT, round, type BenchOptions } from './harness';
import { measureHeap } from './heap';
import { measureHover } from './hover';
import { measureMatcher } from './matcher';
import { measureSearch } from './search';
import { bundleInputs, measureSizes } from './size';

export type Results = Record<string, number>;

export interface Budget {
  key: string;
  op: '<=' | '>=';
  limit: number;
}

export const BUDGETS: readonly Budget[] = [
  { key: 'activation_ratio', op: '<=', limit: 1.5 },
  { key: 'bundle_kb', op: '<=', limit: 150 },
  { key: 'vsix_kb', op: '<=', limit: 1500 },
  { key: 'hover_p99_ms', op: '<=', limit: 1 },
  { key: 'matcher_vs_naive_1000', op: '>=', limit: 20 },
  { key: 'matcher_scaling', op: '<=', limit: 2 },
  { key: 'search_p99_ms_100x', op: '<=', limit: 5 },
  { key: 'content_load_ms', op: '<=', limit: 30 },
  { key: 'heap_mb', op: '<=', limit: 30 },
];

/** The keys bench/results.json always has (issue #7); others are extra detail. */
export const REQUIRED_KEYS = [
  'activation_ms',
  'activation_ratio',
  'bundle_kb',
  'content_kb',
  'vsix_kb',
  'hover_p50_ms',
  'hover_p99_ms',
  'matcher_mb_s_100',
  'matcher_mb_s_1000',
  'matcher_mb_s_10000',
  'matcher_vs_naive_1000',
  'matcher_scaling',
  'search_p99_ms_1x',
  'search_p99_ms_100x',
  'content_load_ms',
  'heap_mb',
] as const;

export interface Measurement {
  name: string;
  run: (options: BenchOptions) => Promise<object>;
}

/**
 * In this order: sizes first (they may re-package, which rebuilds dist/), the heap while the process
 * is still clean, then the timings.
 */
export const MEASUREMENTS: readonly Measurement[] = [
  { name: 'size', run: measureSizes },
  { name: 'heap', run: measureHeap },
  { name: 'activation', run: measureActivation },
  { name: 'hover', run: measureHover },
  { name: 'content', run: measureContentLoad },
  { name: 'matcher', run: measureMatcher },
  { name: 'search', run: measureSearch },
];

export interface RunReport {
  results: Results;
  /** Non-numeric findings: notes, stub gaps, errors. */
  notes: string[];
  errors: string[];
  seconds: number;
}

/** Runs the measurements; numbers go to `results`, anything else to `notes`. */
export async function runBench(options: BenchOptions & { only?: readonly string[]; log?: (line: string) => void } = {}): Promise<RunReport> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const results: Results = {};
  const notes: string[] = [];
  const errors: string[] = [];
  const referenceBefore = await measureReference(options);
  for (const m of MEASUREMENTS) {
    if (options.only && !options.only.includes(m.name)) continue;
    const t0 = performance.now();
    log(`• ${m.name} …`);
    try {
      const r = await m.run(options);
      for (const [key, value] of Object.entries(r)) {
        if (typeof value === 'number') results[key] = value;
        else if (Array.isArray(value) && value.length) {
          const label = key === 'missing' ? 'vscode stub improvised' : key;
          notes.push(key === 'notes' ? value.join('; ') : `${m.name}: ${label}: ${value.join(', ')}`);
        } else if (typeof value === 'string') notes.push(`${m.name}: ${key}: ${value}`);
      }
      log(`  ${m.name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    } catch (e) {
      errors.push(`${m.name}: ${(e as Error).stack ?? String(e)}`);
      log(`  ${m.name} FAILED: ${(e as Error).message}`);
    }
  }
  const referenceAfter = await measureReference(options);
  results.reference_ms = (referenceBefore + referenceAfter) / 2;
  return { results, notes, errors, seconds: (performance.now() - started) / 1000 };
}

// ---------------------------------------------------------------------------------------------
// Reporting.

interface Row {
  key: string;
  unit: string;
  /** What the figure is compared with, and that baseline's key in the results. */
  baseline?: { label: string; key: string };
  label?: string;
}

const REF = { label: 'reference workload', key: 'reference_ms' };

const ROWS: Row[] = [
  { key: 'activation_ms', unit: 'ms', baseline: { label: 'empty extension', key: 'activation_empty_ms' }, label: 'activate() incl. module load (median)' },
  { key: 'activation_ratio', unit: '×', label: 'activation_ms / empty extension' },
  { key: 'activation_registrations_ms', unit: 'ms', baseline: { label: 'empty extension', key: 'activation_empty_ms' }, label: 'registrations alone, empty handlers (floor)' },
  { key: 'bundle_kb', unit: 'KB', label: 'dist/extension.js, minified' },
  { key: 'bundle_total_kb', unit: 'KB', label: 'all node-host JS in dist/ (chunks incl.)' },
  { key: 'content_kb', unit: 'KB', label: 'dist/content.json' },
  { key: 'vsix_kb', unit: 'KB', label: 'packaged .vsix' },
  { key: 'hover_p50_ms', unit: 'ms', baseline: REF, label: 'hover, product provider, p50' },
  { key: 'hover_p99_ms', unit: 'ms', baseline: REF, label: 'hover, product provider, p99' },
  { key: 'hover_first_ms', unit: 'ms', baseline: REF, label: 'first hover (content + index + lex)' },
  { key: 'hover_core_p50_ms', unit: 'ms', baseline: REF, label: 'hover, core model (whole-file cache), p50' },
  { key: 'hover_core_p99_ms', unit: 'ms', baseline: REF, label: 'hover, core model, p99' },
  { key: 'hover_hit_rate', unit: '', label: 'share of hovers that showed a card' },
  { key: 'hover_slow_share', unit: '', label: 'share of hovers over 1 ms' },
  { key: 'matcher_mb_s_100', unit: 'MB/s', baseline: { label: 'naive regexes, 1 000 terms', key: 'naive_mb_s_1000' }, label: 'matcher, 100 terms' },
  { key: 'matcher_mb_s_1000', unit: 'MB/s', baseline: { label: 'naive regexes, 1 000 terms', key: 'naive_mb_s_1000' }, label: 'matcher, 1 000 terms' },
  { key: 'matcher_mb_s_10000', unit: 'MB/s', baseline: { label: 'naive regexes, 1 000 terms', key: 'naive_mb_s_1000' }, label: 'matcher, 10 000 terms' },
  { key: 'lexer_mb_s', unit: 'MB/s', baseline: { label: 'naive regexes, 1 000 terms', key: 'naive_mb_s_1000' }, label: 'lexing alone (part of the matcher)' },
  { key: 'matcher_vs_naive_1000', unit: '×', label: 'matcher / naive at 1 000 terms' },
  { key: 'matcher_scaling', unit: '×', label: 'throughput at 100 terms / at 10 000' },
  { key: 'matcher_index_ms_10000', unit: 'ms', baseline: REF, label: 'term index build, 10 000 terms' },
  { key: 'search_p50_ms_1x', unit: 'ms', baseline: REF, label: 'search, today’s content, p50' },
  { key: 'search_p99_ms_1x', unit: 'ms', baseline: REF, label: 'search, today’s content, p99' },
  { key: 'search_p50_ms_100x', unit: 'ms', baseline: REF, label: 'search, 100× content, p50' },
  { key: 'search_p99_ms_100x', unit: 'ms', baseline: REF, label: 'search, 100× content, p99' },
  { key: 'search_build_ms_1x', unit: 'ms', baseline: REF, label: 'search index build, today’s content' },
  { key: 'search_build_ms_100x', unit: 'ms', baseline: REF, label: 'search index build, 100× content' },
  { key: 'content_load_ms', unit: 'ms', baseline: REF, label: 'first content load + term index (cold)' },
  { key: 'content_read_parse_ms', unit: 'ms', baseline: REF, label: '  of which read + JSON.parse' },
  { key: 'content_term_index_ms', unit: 'ms', baseline: REF, label: '  of which term index' },
  { key: 'content_search_index_ms', unit: 'ms', baseline: REF, label: 'first search index build (cold)' },
  { key: 'heap_mb', unit: 'MB', label: 'heap growth: activation + content + 1 000 hovers' },
  { key: 'heap_activation_mb', unit: 'MB', label: '  of which right after activate()' },
  { key: 'reference_ms', unit: 'ms', label: 'reference workload (fixed JS, no product code)' },
];

function fmt(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return '—';
  const a = Math.abs(x);
  if (a >= 1000) return x.toFixed(0);
  if (a >= 100) return x.toFixed(1);
  if (a >= 1) return x.toFixed(2);
  if (a >= 0.01) return x.toFixed(3);
  return x.toPrecision(2);
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(rows[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function formatResults(results: Results): string {
  const rows = [['figure', 'value', 'unit', 'baseline', 'vs baseline', 'what']];
  for (const row of ROWS) {
    if (!(row.key in results)) continue;
    const v = results[row.key];
    const b = row.baseline && results[row.baseline.key];
    const ratio = b === undefined ? undefined : v / b;
    rows.push([row.key, fmt(v), row.unit, row.baseline && b !== undefined ? `${fmt(b)} (${row.baseline.label})` : '', ratio === undefined ? '' : `×${fmt(ratio)}`, row.label ?? '']);
  }
  return table(rows);
}

export interface BudgetOutcome extends Budget {
  value: number | undefined;
  pass: boolean;
}

export function checkBudgets(results: Results): BudgetOutcome[] {
  return BUDGETS.map((b) => {
    const value = results[b.key];
    const pass = value !== undefined && Number.isFinite(value) && (b.op === '<=' ? value <= b.limit : value >= b.limit);
    return { ...b, value, pass };
  });
}

function formatBudgets(outcomes: BudgetOutcome[]): string {
  const rows = [['budget', 'value', 'limit', 'result', 'margin']];
  for (const o of outcomes) {
    const margin = o.value === undefined ? 'not measured' : o.op === '<=' ? `${fmt(o.value / o.limit)}× the limit` : `${fmt(o.value / o.limit)}× the minimum`;
    rows.push([o.key, fmt(o.value), `${o.op} ${o.limit}`, o.pass ? 'pass' : 'FAIL', margin]);
  }
  return table(rows);
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.availableParallelism()} cores, ${cpu}, node ${process.version}, ${os.platform()} ${os.arch()}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const has = (flag: string) => args.includes(flag);
  const onlyArg = args.find((a) => a.startsWith('--only'));
  const only = onlyArg ? (onlyArg.includes('=') ? onlyArg.split('=')[1] : args[args.indexOf(onlyArg) + 1]).split(',') : undefined;
  const quick = has('--quick');
  if (!(globalThis as { gc?: unknown }).gc) console.warn('note: run under node --expose-gc (npm run bench does) for the heap figure');
  console.log(`LLM Field Guide benchmarks${quick ? ' (quick smoke run: figures are not comparable)' : ''}`);
  console.log(`machine: ${machine()}`);
  const report = await runBench({ quick, only, log: (l) => console.log(l) });
  console.log('');
  console.log(formatResults(report.results));
  if (report.notes.length) console.log(`\nnotes:\n${report.notes.map((n) => `  - ${n}`).join('\n')}`);
  console.log(`\n${report.seconds.toFixed(0)} s; machine load at the end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  if (has('--json')) {
    const file = path.join(ROOT, 'bench', 'results.json');
    const rounded = Object.fromEntries(Object.entries(report.results).map(([k, v]) => [k, round(v, 4)]));
    fs.writeFileSync(file, `${JSON.stringify(rounded, null, 2)}\n`);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }

  let failed = report.errors.length > 0;
  if (has('--check')) {
    const outcomes = checkBudgets(report.results).filter((o) => !only || o.value !== undefined);
    console.log(`\n${formatBudgets(outcomes)}`);
    if (outcomes.some((o) => o.key === 'bundle_kb' && !o.pass)) {
      const inputs = await bundleInputs();
      console.log('\nbundle_kb: what dist/extension.js is made of (esbuild metafile, minified bytes):');
      console.log(table([['input', 'KB'], ...inputs.slice(0, 12).map((i) => [i.name, i.kb.toFixed(1)])]));
    }
    if (outcomes.some((o) => !o.pass)) failed = true;
  }
  if (report.errors.length) console.error(`\nmeasurements that failed:\n${report.errors.join('\n\n')}`);
  process.exitCode = failed ? 1 : 0;
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
