import * as vscode from 'vscode';
import type { FileMap } from '../core/knowledge/memoryContentReader';
import { memoryContentReader } from '../core/knowledge/memoryContentReader';
import type { ContentBundle } from '../core/knowledge/model';
import { mergePacks, parsePack, type ContentPack } from '../core/knowledge/packs';
import type { ContentProblem } from '../core/knowledge/problem';
import { existingPackRoots } from './packRoots';


// A pack is a handful of notes; these caps keep a mistaken setting (a home folder, a repo with
// thousands of Markdown files) from stalling the extension host.
const MAX_FILES_PER_PACK = 500;
const MAX_FILE_BYTES = 1024 * 1024;
const MAX_DEPTH = 6;

export interface PackLoadResult {
  bundle: ContentBundle;
  problems: ContentProblem[];
  packRoots: vscode.Uri[];
}

/** Reads a pack folder's Markdown files into memory, keyed by path relative to a virtual root. */
async function readPackFolder(root: vscode.Uri, problems: ContentProblem[], display: string): Promise<FileMap> {
  const files: FileMap = new Map();
  const walk = async (dir: vscode.Uri, rel: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || files.size >= MAX_FILES_PER_PACK) return;
    let children: [string, vscode.FileType][];
    try {
      children = await vscode.workspace.fs.readDirectory(dir);
    } catch (e) {
      problems.push({ file: `${display}/${rel}`, line: 1, column: 1, message: `cannot read folder: ${(e as Error).message}` });
      return;
    }
    for (const [name, type] of children.sort(([a], [b]) => a.localeCompare(b))) {
      const childRel = rel ? `${rel}/${name}` : name;
      const uri = vscode.Uri.joinPath(dir, name);
      if (type & vscode.FileType.Directory) {
        if (!name.startsWith('.') && name !== 'node_modules') await walk(uri, childRel, depth + 1);
      } else if (name.toLowerCase().endsWith('.md')) {
        if (files.size >= MAX_FILES_PER_PACK) {
          problems.push({ file: `${display}/${childRel}`, line: 1, column: 1, message: `pack has more than ${MAX_FILES_PER_PACK} files; the rest are not loaded` });
          return;
        }
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (bytes.byteLength > MAX_FILE_BYTES) {
          problems.push({ file: `${display}/${childRel}`, line: 1, column: 1, message: `file larger than 1 MB; skipped` });
          continue;
        }
        files.set(`${display}/${childRel}`, new TextDecoder().decode(bytes));
      }
    }
  };
  await walk(root, '', 0);
  return files;
}

/** Loads every pack folder that exists and merges the packs into the shipped bundle. */
export async function loadContentPacks(shipped: ContentBundle): Promise<PackLoadResult> {
  const problems: ContentProblem[] = [];
  const packs: ContentPack[] = [];
  const found: vscode.Uri[] = [];
  for (const root of await existingPackRoots()) {
    found.push(root);
    // Problems name files by their real path so they can be opened from the Problems panel.
    const display = root.scheme === 'file' ? root.fsPath.replace(/\\/g, '/') : root.toString();
    const files = await readPackFolder(root, problems, display);
    const parsed = parsePack(display, memoryContentReader(files));
    problems.push(...parsed.problems);
    packs.push(parsed.pack);
  }
  if (packs.length === 0) return { bundle: shipped, problems, packRoots: found };
  const merged = mergePacks(shipped, packs);
  return { bundle: merged.bundle, problems: [...problems, ...merged.problems], packRoots: found };
}

/** Shows pack problems in the Problems panel, at their file and line. */
export function reportPackProblems(collection: vscode.DiagnosticCollection, problems: ContentProblem[]): void {
  collection.clear();
  const byFile = new Map<string, vscode.Diagnostic[]>();
  for (const p of problems) {
    const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
    const d = new vscode.Diagnostic(new vscode.Range(pos, pos), p.message, vscode.DiagnosticSeverity.Warning);
    d.source = 'LLM Field Guide';
    const list = byFile.get(p.file) ?? [];
    list.push(d);
    byFile.set(p.file, list);
  }
  for (const [file, diagnostics] of byFile) {
    const uri = file.includes('://') ? vscode.Uri.parse(file) : vscode.Uri.file(file);
    collection.set(uri, diagnostics);
  }
}
