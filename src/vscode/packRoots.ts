import * as vscode from 'vscode';

export const PACKS_SETTING = 'llmFieldGuide.contentPacks';
export const WORKSPACE_PACK_FOLDER = '.llm-field-guide';

/** Pack folders: the setting (absolute, or relative to the first workspace folder) and every workspace folder's `.llm-field-guide/`. */
export function packRoots(): vscode.Uri[] {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const configured = vscode.workspace.getConfiguration().get<unknown>(PACKS_SETTING, []);
  const roots: vscode.Uri[] = [];
  for (const entry of Array.isArray(configured) ? configured : []) {
    if (typeof entry !== 'string' || !entry.trim()) continue;
    const p = entry.trim();
    if (p.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(p)) roots.push(vscode.Uri.file(p));
    else if (folders[0]) roots.push(vscode.Uri.joinPath(folders[0].uri, p));
  }
  for (const f of folders) roots.push(vscode.Uri.joinPath(f.uri, WORKSPACE_PACK_FOLDER));
  const seen = new Set<string>();
  return roots.filter((r) => !seen.has(r.toString()) && seen.add(r.toString()));
}

async function isFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type === vscode.FileType.Directory;
  } catch {
    return false;
  }
}

/** The pack folders that exist; checking is cheap, so the pack parser loads only when one does. */
export async function existingPackRoots(): Promise<vscode.Uri[]> {
  const roots = packRoots();
  const present = await Promise.all(roots.map(isFolder));
  return roots.filter((_, i) => present[i]);
}
