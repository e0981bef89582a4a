import * as vscode from 'vscode';
import { CONTENT_FORMAT_VERSION, type ContentBundle } from '../core/knowledge/model';

export type ContentState =
  | { kind: 'loaded'; bundle: ContentBundle }
  | { kind: 'failed'; reason: string };

/**
 * Loads the compiled knowledge base (dist/content.json) on first use, never at activation:
 * activation stays cheap and the file is read only when a surface needs it.
 * Reads through vscode.workspace.fs so the same code runs in the web worker host.
 */
export class ContentStore implements vscode.Disposable {
  private loading: Promise<ContentState> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  /**
   * @param extend adds to the shipped bundle after it is read (content packs); a failure there
   *   is reported by the extender and never loses the shipped content.
   */
  constructor(
    private readonly bundleUri: vscode.Uri,
    private readonly extend: (bundle: ContentBundle) => Promise<ContentBundle> = async (b) => b,
  ) {}

  load(): Promise<ContentState> {
    this.loading ??= this.read();
    return this.loading;
  }

  reload(): void {
    this.loading = undefined;
    this.changed.fire();
  }

  private async read(): Promise<ContentState> {
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(this.bundleUri));
    } catch (e) {
      return { kind: 'failed', reason: vscode.l10n.t('Cannot read {0}: {1}', this.bundleUri.path, (e as Error).message) };
    }
    let bundle: ContentBundle;
    try {
      bundle = JSON.parse(text) as ContentBundle;
    } catch (e) {
      return { kind: 'failed', reason: vscode.l10n.t('{0} is not valid JSON: {1}', this.bundleUri.path, (e as Error).message) };
    }
    if (bundle.formatVersion !== CONTENT_FORMAT_VERSION || !Array.isArray(bundle.topics) || !Array.isArray(bundle.entries)) {
      return { kind: 'failed', reason: vscode.l10n.t('{0} has an unknown format; rebuild the extension.', this.bundleUri.path) };
    }
    try {
      return { kind: 'loaded', bundle: await this.extend(bundle) };
    } catch {
      // The extender reports its own failures; the shipped content is still good.
      return { kind: 'loaded', bundle };
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
