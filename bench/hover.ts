// hover_p50_ms / hover_p99_ms: one hover request per comment line of a generated 20 000-line
// Python file, top to bottom, after the first hover (which loads the content and lexes).
//
// Measured on the product as the editor calls it: the built bundle is activated with the stub
// `vscode`, and the hover provider it registers gets a TextDocument and a Position per request
// (its own per-document-version match cache, term lookup and card Markdown all count). Beside it,
// `hover_core_*` models a provider from the core alone — lex the whole document once per version,
// then termAt + the core card builder per request — to tell the core's cost from the provider's.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ContentBundle, Lang, Term } from '../src/core/knowledge/model';
import { findTermsInDocument } from '../src/core/terms/documentMatcher';
import { syntaxForLanguage } from '../src/core/terms/languageSyntax';
import { detectMlContext } from '../src/core/terms/mlContext';
import { buildTermIndex } from '../src/core/terms/termIndex';
import { termAt, type TermMatch } from '../src/core/terms/termMatcher';
import { activateOnce } from './activation';
import { aliasSource, generatePythonFile, shippedContent, type GeneratedFile, type HoverTarget } from './corpus';
import { EXTENSION_BUNDLE, ROOT, sample, stats, type BenchOptions, type Timed } from './harness';
import { CancellationTokenSource, createVscodeStub, deactivateBundle, Position, TextDocument, Uri, type HoverRegistration } from './vscodeStub';

export interface HoverResult {
  hover_p50_ms: number;
  hover_p99_ms: number;
  /** The first hover: loads the content, builds the term index, lexes. */
  hover_first_ms: number;
  /** Share of hovers that returned a card. */
  hover_hit_rate: number;
  /** Share of hovers slower than 1 ms (the budget for p99). */
  hover_slow_share: number;
  hover_core_p50_ms: number;
  hover_core_p99_ms: number;
  hover_core_first_ms: number;
  hover_requests: number;
  /** Where the core model's card came from: the product's builder, or a stand-in. */
  cardSource: string;
}

export const HOVER_FILE_LINES = 20_000;

let cachedFile: { lines: number; file: GeneratedFile } | undefined;

/** The generated Python file (cached: generation is not what is measured). */
export function hoverFile(lines = HOVER_FILE_LINES): GeneratedFile {
  if (cachedFile?.lines !== lines) cachedFile = { lines, file: generatePythonFile(lines, aliasSource(shippedContent().terms)) };
  return cachedFile.file;
}

type Provider = HoverRegistration['provider'];

/** Activates the built extension and returns its hover provider, with a way to shut it down. */
export async function productHoverProvider(): Promise<{ provider: Provider; dispose(): Promise<void> }> {
  if (!fs.existsSync(EXTENSION_BUNDLE)) throw new Error(`${EXTENSION_BUNDLE} is missing: run npm run build`);
  const stub = createVscodeStub();
  const context = stub.context();
  const { bundle } = await activateOnce(EXTENSION_BUNDLE, stub, context);
  const registration = stub.hoverProviders[0];
  if (!registration) {
    await deactivateBundle(bundle, context);
    throw new Error('dist/extension.js registers no hover provider');
  }
  return { provider: registration.provider, dispose: () => deactivateBundle(bundle, context) };
}

export function benchDocument(file: GeneratedFile, version = 1): TextDocument {
  return new TextDocument(Uri.file(path.join(ROOT, 'bench', 'generated', 'train_loop.py')), 'python', file.text, version);
}

/** Sends hover requests one by one; returns per-request ms (first excluded) and the first's ms. */
async function hoverRun(request: (t: HoverTarget) => Promise<unknown> | unknown, targets: readonly HoverTarget[]): Promise<{ first: number; samples: number[]; hits: number }> {
  const t0 = performance.now();
  let hits = (await request(targets[0])) ? 1 : 0;
  const first = performance.now() - t0;
  let i = 1;
  const samples = await sample(
    'hover',
    async (): Promise<Timed> => {
      const target = targets[i++];
      const start = performance.now();
      const hover = await request(target);
      const ms = performance.now() - start;
      if (hover) hits++;
      return { overriddenDuration: ms };
    },
    // Exactly one request per remaining comment line, no warm-up: a user's hovers are not warmed up.
    { time: 0, iterations: targets.length - 1, warmup: false },
  );
  return { first, samples, hits };
}

// ---------------------------------------------------------------------------------------------
// The core-only model.

const MODEL_COMMANDS = { openTerm: 'llmFieldGuide.openTerm', openEntry: 'llmFieldGuide.openEntry', quiz: 'llmFieldGuide.quizTarget', switchLanguage: 'llmFieldGuide.hoverLanguage' };

type CardBuilder = (term: Term, bundle: ContentBundle, lang: Lang) => string;

/** The product's core card builder if there is one, otherwise a card made from the term's fields. */
export async function coreCardBuilder(): Promise<{ source: string; build: CardBuilder }> {
  for (const rel of ['src/core/terms/hoverCard.ts', 'src/core/render/hoverCard.ts']) {
    const file = path.join(ROOT, rel);
    if (!fs.existsSync(file)) continue;
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const build = mod.buildHoverCard;
    if (typeof build === 'function') return { source: rel, build: (term, bundle, lang) => String(build(term, bundle, lang, MODEL_COMMANDS)) };
  }
  return { source: 'representative card (bench/hover.ts)', build: representativeCard };
}

/** A card of the size the product's will be: names, definition, code signals, related, links. */
export function representativeCard(term: Term, bundle: ContentBundle, lang: Lang): string {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const esc = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
  const link = (label: string, command: string, args: unknown[]) => `[${esc(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
  const related = term.related.map((id) => bundle.terms.find((t) => t.id === id)).filter((t): t is Term => t !== undefined);
  return [
    `**${esc(term.term[lang])}** · ${esc(term.term[other])}`,
    '',
    esc(term.definition[lang]),
    '',
    term.codeSignals.slice(0, 4).map((s) => `\`${s}\``).join(' · '),
    '',
    related.slice(0, 4).map((t) => link(t.term[lang], MODEL_COMMANDS.openTerm, [t.id])).join(' · '),
    '',
    link(lang === 'zh' ? '在手册中打开' : 'Open in Field Guide', MODEL_COMMANDS.openTerm, [term.id]),
  ].join('\n');
}

/** What a hover provider built on the core does per request, with a per-version match cache. */
export function coreHoverModel(bundle: ContentBundle, build: CardBuilder): (document: TextDocument, position: Position) => string | undefined {
  const index = buildTermIndex(bundle.terms);
  const cache = new Map<string, { version: number; matches: TermMatch[] }>();
  return (document, position) => {
    const key = document.uri.toString();
    let cached = cache.get(key);
    if (cached?.version !== document.version) {
      const text = document.getText();
      const syntax = syntaxForLanguage(document.languageId);
      if (!syntax) return undefined;
      cached = { version: document.version, matches: findTermsInDocument(index, text, syntax, { mlContext: detectMlContext(text).ml }) };
      cache.set(key, cached);
    }
    const match = termAt(cached.matches, document.offsetAt(position));
    const term = match && index.terms.get(match.termId);
    return term ? build(term, bundle, 'en') : undefined;
  };
}

// ---------------------------------------------------------------------------------------------

export async function measureHover(options: BenchOptions = {}): Promise<HoverResult> {
  const file = hoverFile(options.quick ? 2_000 : HOVER_FILE_LINES);
  const targets = file.hoverTargets;
  const token = new CancellationTokenSource().token;

  const product = await productHoverProvider();
  let real: Awaited<ReturnType<typeof hoverRun>>;
  try {
    const document = benchDocument(file);
    real = await hoverRun((t) => product.provider.provideHover(document, new Position(t.line, t.character), token), targets);
  } finally {
    await product.dispose();
  }

  const card = await coreCardBuilder();
  const modelDocument = benchDocument(file);
  const tModel = performance.now();
  const model = coreHoverModel(shippedContent(), card.build);
  const modelBuildMs = performance.now() - tModel;
  const core = await hoverRun((t) => model(modelDocument, new Position(t.line, t.character)), targets);

  const r = stats(real.samples);
  const c = stats(core.samples);
  return {
    hover_p50_ms: r.p50,
    hover_p99_ms: r.p99,
    hover_first_ms: real.first,
    hover_hit_rate: real.hits / targets.length,
    hover_slow_share: real.samples.filter((ms) => ms > 1).length / real.samples.length,
    hover_core_p50_ms: c.p50,
    hover_core_p99_ms: c.p99,
    hover_core_first_ms: core.first + modelBuildMs,
    hover_requests: targets.length,
    cardSource: card.source,
  };
}
