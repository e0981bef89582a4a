import * as vscode from 'vscode';
import type { TermMatcherService } from './termHover';

export const UNDERLINE_SETTING = 'llmFieldGuide.hover.underline';
const DEBOUNCE_MS = 250;

/** Optional dotted underline under recognised terms in the visible part of the active editor. */
export class TermUnderline implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    textDecoration: 'underline dotted',
    cursor: 'help',
  });
  private readonly subscriptions: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private cancel: vscode.CancellationTokenSource | undefined;

  constructor(private readonly matcher: TermMatcherService) {
    const soon = () => this.schedule();
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(soon),
      vscode.window.onDidChangeTextEditorVisibleRanges(soon),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) soon();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(UNDERLINE_SETTING) || e.affectsConfiguration('llmFieldGuide.hover')) soon();
      }),
    ];
    soon();
  }

  private on(): boolean {
    return vscode.workspace.getConfiguration().get<boolean>(UNDERLINE_SETTING, false);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), DEBOUNCE_MS);
  }

  private async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    if (!this.on() || !this.matcher.enabledFor(editor.document.languageId)) {
      editor.setDecorations(this.decoration, []);
      return;
    }
    this.cancel?.cancel();
    const cancel = (this.cancel = new vscode.CancellationTokenSource());
    const visible = editor.visibleRanges;
    if (visible.length === 0) return;
    const document = editor.document;
    const matched = await this.matcher.matchesAround(document, visible[0].start, cancel.token);
    if (!matched || cancel.token.isCancellationRequested || document.version !== matched.version) return;
    const ranges = matched.matches
      .map((m) => new vscode.Range(document.positionAt(matched.base + m.start), document.positionAt(matched.base + m.end)))
      .filter((r) => visible.some((v) => v.intersection(r)));
    editor.setDecorations(this.decoration, ranges);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.cancel?.cancel();
    this.decoration.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
