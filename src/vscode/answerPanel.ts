import * as vscode from 'vscode';
import type { ContentBundle, Lang } from '../core/knowledge/model';
import { parsePanelMessage, parsePanelState, type PanelMessage, type PanelTarget } from '../core/panel/panelMessages';
import { escapeHtml } from '../core/render/htmlEscape';
import type { ContentStore } from './contentStore';
import { displayLanguage } from './displayLanguage';
import { REVIEW_COMMAND, START_QUIZ_COMMAND } from './quizCommands';
import { PANEL_VIEW_TYPE } from './viewIds';


/** Turns a view of the knowledge base into the panel's inner HTML (pure core renderers). */
export interface PanelPageRenderer {
  render(target: PanelTarget, bundle: ContentBundle, lang: Lang): { title: string; html: string } | undefined;
}

/** What the panel asks the rest of the extension to do. */
export interface PanelActions {
  reveal(entryId: string): void;
  copyMarkdown(entryId: string, lang: Lang): void;
  quiz(target: PanelTarget): void;
  viewed(target: PanelTarget): void;
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** One webview panel showing an entry or a term card. */
class AnswerPanel {
  private target: PanelTarget;
  private lang: Lang;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    target: PanelTarget,
    lang: Lang,
    private readonly owner: AnswerPanels,
  ) {
    this.target = target;
    this.lang = lang;
    panel.iconPath = vscode.Uri.joinPath(owner.extensionUri, 'media', 'activity-bar.svg');
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  get current(): PanelTarget {
    return this.target;
  }

  async show(target: PanelTarget, lang?: Lang): Promise<boolean> {
    const state = await this.owner.store.load();
    if (state.kind === 'failed') {
      this.panel.webview.html = this.owner.shell(this.panel.webview, this.target, this.lang, `<p>${escapeHtml(state.reason)}</p>`);
      return false;
    }
    const page = this.owner.renderer.render(target, state.bundle, lang ?? this.lang);
    if (!page) return false;
    this.target = target;
    if (lang) this.lang = lang;
    this.panel.title = page.title;
    this.panel.webview.html = this.owner.shell(this.panel.webview, target, this.lang, page.html);
    this.owner.actions.viewed(target);
    return true;
  }

  private onMessage(raw: unknown): void {
    const message = parsePanelMessage(raw);
    if ('error' in message) {
      this.owner.log.warn(`Ignored a malformed message from the answer panel: ${message.error}`);
      return;
    }
    this.handle(message);
  }

  private handle(message: PanelMessage): void {
    switch (message.type) {
      case 'open':
        void this.show(message.target);
        break;
      case 'openToSide':
        void this.owner.open(message.target, { toSide: true });
        break;
      case 'reveal':
        this.owner.actions.reveal(message.id);
        break;
      case 'setLanguage':
        // The page switches languages itself; remember it for links and reloads.
        this.lang = message.lang;
        break;
      case 'quiz':
        this.owner.actions.quiz(message.target);
        break;
      case 'copyMarkdown':
        this.owner.actions.copyMarkdown(message.id, this.lang);
        break;
      case 'startQuiz':
        void vscode.commands.executeCommand(START_QUIZ_COMMAND);
        break;
      case 'startReview':
        void vscode.commands.executeCommand(REVIEW_COMMAND);
        break;
      case 'ready':
        break;
    }
  }

  dispose(): void {
    this.owner.forget(this);
    this.disposables.forEach((d) => d.dispose());
  }
}

/**
 * The answer panels: one reusable panel, plus a second one for "open to the side".
 * No retainContextWhenHidden: the page keeps its state through getState/setState and is
 * restored after a reload by the serializer.
 */
export class AnswerPanels implements vscode.WebviewPanelSerializer, vscode.Disposable {
  private main: AnswerPanel | undefined;
  private side: AnswerPanel | undefined;

  constructor(
    readonly extensionUri: vscode.Uri,
    readonly store: ContentStore,
    readonly renderer: PanelPageRenderer,
    readonly actions: PanelActions,
    readonly log: vscode.LogOutputChannel,
  ) {}

  /** Panels currently open, for tests and for re-rendering after a language change. */
  get openPanels(): vscode.WebviewPanel[] {
    return [this.main, this.side].filter((p): p is AnswerPanel => p !== undefined).map((p) => p.panel);
  }

  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
  }

  async open(target: PanelTarget, opts: { toSide?: boolean; preserveFocus?: boolean } = {}): Promise<boolean> {
    const lang = displayLanguage();
    const slot = opts.toSide ? 'side' : 'main';
    let panel = this[slot];
    if (!panel) {
      const column = opts.toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
      const webviewPanel = vscode.window.createWebviewPanel(PANEL_VIEW_TYPE, vscode.l10n.t('LLM Field Guide'), { viewColumn: column, preserveFocus: opts.preserveFocus }, this.options());
      panel = new AnswerPanel(webviewPanel, target, lang, this);
      this[slot] = panel;
    } else {
      panel.panel.reveal(undefined, opts.preserveFocus);
    }
    return panel.show(target, lang);
  }

  async deserializeWebviewPanel(webviewPanel: vscode.WebviewPanel, raw: unknown): Promise<void> {
    webviewPanel.webview.options = this.options();
    const state = parsePanelState(raw);
    if ('error' in state) {
      this.log.warn(`Could not restore an answer panel (${state.error}); closing it.`);
      webviewPanel.dispose();
      return;
    }
    const panel = new AnswerPanel(webviewPanel, state.view, state.lang, this);
    if (!this.main) this.main = panel;
    else this.side ??= panel;
    if (!(await panel.show(state.view, state.lang))) webviewPanel.dispose();
  }

  /** Re-renders open panels, e.g. after the content was reloaded; only those whose view matches `which`, if given. */
  async refresh(which?: (view: PanelTarget) => boolean): Promise<void> {
    for (const p of [this.main, this.side]) if (p && (!which || which(p.current))) await p.show(p.current);
  }

  forget(panel: AnswerPanel): void {
    if (this.main === panel) this.main = undefined;
    if (this.side === panel) this.side = undefined;
  }

  /** The full HTML document: strict CSP, nonce script, styles from media/. */
  shell(webview: vscode.Webview, view: PanelTarget, lang: Lang, inner: string): string {
    const n = nonce();
    const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', file));
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `img-src ${webview.cspSource} https: data:`,
      `font-src ${webview.cspSource}`,
      `script-src 'nonce-${n}'`,
    ].join('; ');
    const state = escapeHtml(JSON.stringify({ view, lang }));
    return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${media('panel.css')}">
<link rel="stylesheet" href="${media('charts.css')}">
</head>
<body data-lang="${lang}" data-state="${state}">
${inner}
<script nonce="${n}" src="${media('panel.js')}"></script>
</body>
</html>`;
  }

  dispose(): void {
    this.main?.panel.dispose();
    this.side?.panel.dispose();
  }
}
