import * as vscode from 'vscode';
import type { Lang } from '../core/knowledge/model';

export const LANGUAGE_SETTING = 'llmFieldGuide.language';

/** The language content is shown in: the setting, or VS Code's display language when "auto". */
export function displayLanguage(): Lang {
  const setting = vscode.workspace.getConfiguration().get<string>(LANGUAGE_SETTING, 'auto');
  if (setting === 'zh' || setting === 'en') return setting;
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
