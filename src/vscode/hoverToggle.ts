import * as vscode from 'vscode';
import { HOVER_SETTINGS } from './termHover';

export const TOGGLE_HOVER_COMMAND = 'llmFieldGuide.toggleHover';

/** Status-bar switch for the term hovers (the `llmFieldGuide.hover.enabled` setting). */
export class HoverToggle implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('llmFieldGuide.hoverToggle', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.item.name = vscode.l10n.t('LLM Field Guide: Term Hovers');
    this.item.command = TOGGLE_HOVER_COMMAND;
    this.subscriptions = [
      vscode.commands.registerCommand(TOGGLE_HOVER_COMMAND, () => this.toggle()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(HOVER_SETTINGS.enabled)) this.update();
      }),
    ];
    this.update();
    this.item.show();
  }

  private enabled(): boolean {
    return vscode.workspace.getConfiguration().get<boolean>(HOVER_SETTINGS.enabled, true);
  }

  private update(): void {
    const on = this.enabled();
    this.item.text = on ? '$(book) ML' : '$(circle-slash) ML';
    this.item.tooltip = on
      ? vscode.l10n.t('ML term hovers are on: hover a term in a comment for its explanation. Click to turn them off.')
      : vscode.l10n.t('ML term hovers are off. Click to turn them on.');
    this.item.accessibilityInformation = { label: on ? vscode.l10n.t('ML term hovers on') : vscode.l10n.t('ML term hovers off') };
  }

  async toggle(): Promise<void> {
    await vscode.workspace.getConfiguration().update(HOVER_SETTINGS.enabled, !this.enabled(), vscode.ConfigurationTarget.Global);
  }

  dispose(): void {
    this.item.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
