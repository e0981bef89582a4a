// How the compiler sees a content folder. Injected so the core never touches node:fs directly:
// the CLI and build pass a node reader, tests pass an in-memory one.

export interface ContentReader {
  /** UTF-8 text of a file, or undefined when it does not exist. */
  readText(path: string): string | undefined;
  /** Files (not folders) directly inside a folder, as names; empty when the folder is missing. */
  listFiles(dir: string): string[];
  /** Sub-folders directly inside a folder, as names. */
  listDirs(dir: string): string[];
}

export function joinPath(...parts: string[]): string {
  return parts.filter((p) => p.length > 0).join('/').replace(/\/+/g, '/');
}
