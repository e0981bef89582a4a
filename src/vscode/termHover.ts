import * as vscode from 'vscode';
import type { ContentBundle, Lang } from '../core/knowledge/model';
import { findTermsInDocument } from '../core/terms/documentMatcher';
import { buildHoverCard, type HoverCardCommands } from '../core/terms/hoverCard';
import { MAX_LINE_LENGTH } from '../core/terms/commentLexer';
import { detectMlContext } from '../core/terms/mlContext';
import { buildTermIndex, type TermIndex } from '../core/terms/termIndex';
import { termAt, type TermMatch } from '../core/terms/termMatcher';
import type { CommentSyntaxes } from './commentSyntaxes';
import type { ContentStore } from './contentStore';
import { displayLanguage } from './displayLanguage';

export const HOVER_SETTINGS = {
  enabled: 'llmFieldGuide.hover.enabled',
  include: 'llmFieldGuide.hover.includeLanguages',
  exclude: 'llmFieldGuide.hover.excludeLanguages',
  codeSignals: 'llmFieldGuide.hover.codeSignals',
} as const;

export const HOVER_COMMANDS: HoverCardCommands = {
  openTerm: 'llmFieldGuide.openTerm',
  openEntry: 'llmFieldGuide.openEntry',
  quiz: 'llmFieldGuide.quizTarget',
  switchLanguage: 'llmFieldGuide.hoverLanguage',
};

// Documents larger than this are matched in a window of lines around the hover, so a 5 MB file
// costs the same as a small one; the ML context then comes from the top of the file (imports).
const WHOLE_DOCUMENT_LIMIT = 512 * 1024;
const WINDOW_LINES = 1000;
const CONTEXT_LINES = 400;
const CACHE_SIZE = 16;

interface MatchedText {
  version: number;
  /** Document offset of the matched text's first character. */
  base: number;
  end: number;
  matches: TermMatch[];
}

/** Term matches per document version, so repeated hovers in a file reuse one lexing pass. */
class MatchCache {
  private readonly entries = new Map<string, MatchedText>();

  get(key: string, version: number, offset: number): MatchedText | undefined {
    const hit = this.entries.get(key);
    if (!hit || hit.version !== version || offset < hit.base || offset > hit.end) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit); // most recently used last
    return hit;
  }

  set(key: string, value: MatchedText): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > CACHE_SIZE) this.entries.delete(this.entries.keys().next().value!);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Finds glossary terms in comments, docstrings and prose of any document. */
export class TermMatcherService implements vscode.Disposable {
  private index: { bundle: ContentBundle; index: TermIndex } | undefined;
  private readonly cache = new MatchCache();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: ContentStore,
    private readonly syntaxes: CommentSyntaxes,
  ) {
    this.subscriptions = [
      store.onDidChange(() => {
        this.index = undefined;
        this.cache.clear();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(HOVER_SETTINGS.codeSignals)) this.cache.clear();
      }),
    ];
  }

  async bundleAndIndex(): Promise<{ bundle: ContentBundle; index: TermIndex } | undefined> {
    const state = await this.store.load();
    if (state.kind === 'failed') return undefined;
    if (this.index?.bundle !== state.bundle) this.index = { bundle: state.bundle, index: buildTermIndex(state.bundle.terms, state.bundle.termIndex) };
    return this.index;
  }

  /**
   * Prepares hovers for a document in the background: loads the content, builds the index and
   * lexes the document, so the first hover in a file is as fast as the next ones.
   */
  async warmUp(document: vscode.TextDocument): Promise<void> {
    if (!this.enabledFor(document.languageId) || document.lineCount === 0) return;
    await this.matchesAround(document, new vscode.Position(0, 0));
  }

  enabledFor(languageId: string): boolean {
    const config = vscode.workspace.getConfiguration();
    if (!config.get<boolean>(HOVER_SETTINGS.enabled, true)) return false;
    const include = config.get<string[]>(HOVER_SETTINGS.include, []);
    const exclude = config.get<string[]>(HOVER_SETTINGS.exclude, []);
    return (include.length === 0 || include.includes(languageId)) && !exclude.includes(languageId);
  }

  /** ML context of the file: the whole notebook for a notebook cell. */
  private mlContext(document: vscode.TextDocument, text: string): boolean {
    if (document.uri.scheme === 'vscode-notebook-cell') {
      const notebook = vscode.workspace.notebookDocuments.find((nb) => nb.getCells().some((c) => c.document === document));
      if (notebook) return detectMlContext(notebook.getCells().map((c) => c.document.getText()).join('\n')).ml;
    }
    return detectMlContext(text).ml;
  }

  /** The matches covering `offset`'s neighbourhood (whole document when it is small). */
  async matchesAround(document: vscode.TextDocument, position: vscode.Position, token?: vscode.CancellationToken): Promise<MatchedText | undefined> {
    const offset = document.offsetAt(position);
    const key = document.uri.toString();
    const cached = this.cache.get(key, document.version, offset);
    if (cached) return cached;
    const loaded = await this.bundleAndIndex();
    const syntax = await this.syntaxes.syntaxFor(document.languageId);
    if (!loaded || token?.isCancellationRequested) return undefined;
    const codeSignals = vscode.workspace.getConfiguration().get<boolean>(HOVER_SETTINGS.codeSignals, false);
    let base = 0;
    let text: string;
    let mlContext: boolean;
    // The offset of the end is the length, without joining a large document into one string.
    const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    if (length <= WHOLE_DOCUMENT_LIMIT) {
      text = document.getText();
      mlContext = this.mlContext(document, text);
    } else {
      const first = Math.max(0, position.line - WINDOW_LINES);
      const last = Math.min(document.lineCount - 1, position.line + WINDOW_LINES);
      const range = new vscode.Range(first, 0, last, document.lineAt(last).text.length);
      base = document.offsetAt(range.start);
      text = document.getText(range);
      const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount - 1, CONTEXT_LINES), 0));
      mlContext = detectMlContext(head).ml;
    }
    const matches = findTermsInDocument(loaded.index, text, syntax, { codeSignals, mlContext });
    const result: MatchedText = { version: document.version, base, end: base + text.length, matches };
    this.cache.set(key, result);
    return result;
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}

/** The hover card: allow-listed command links only, cancellation honoured, long lines skipped. */
export class TermHoverProvider implements vscode.HoverProvider {
  /** A card language chosen with the card's own language link; cleared when the setting changes. */
  languageOverride: Lang | undefined;

  constructor(private readonly matcher: TermMatcherService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!this.matcher.enabledFor(document.languageId)) return undefined;
    if (document.lineAt(position.line).text.length > MAX_LINE_LENGTH) return undefined;
    const matched = await this.matcher.matchesAround(document, position, token);
    if (!matched || token.isCancellationRequested) return undefined;
    const match = termAt(matched.matches, document.offsetAt(position) - matched.base);
    if (!match) return undefined;
    const loaded = await this.matcher.bundleAndIndex();
    const term = loaded?.index.terms.get(match.termId);
    if (!term || !loaded) return undefined;
    const card = new vscode.MarkdownString(buildHoverCard(term, loaded.bundle, this.languageOverride ?? displayLanguage(), HOVER_COMMANDS), true);
    card.isTrusted = { enabledCommands: Object.values(HOVER_COMMANDS) };
    const range = new vscode.Range(document.positionAt(matched.base + match.start), document.positionAt(matched.base + match.end));
    return new vscode.Hover(card, range);
  }
}
