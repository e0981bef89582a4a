import type { ContentReader } from './contentReader';

/** Files keyed by path ("content/entries/training/x.md"). */
export type FileMap = Map<string, string>;

/**
 * A ContentReader over files already in memory; folders are implied by the paths.
 * The extension reads pack folders asynchronously through the editor's file system first,
 * then hands them to the (synchronous) compiler through this reader; tests use it for fixtures.
 */
export function memoryContentReader(files: FileMap): ContentReader {
  const children = (dir: string, wantDirs: boolean): string[] => {
    const prefix = dir.replace(/\/+$/, '') + '/';
    const names = new Set<string>();
    for (const file of files.keys()) {
      if (!file.startsWith(prefix)) continue;
      const rest = file.slice(prefix.length).split('/');
      if (wantDirs ? rest.length > 1 : rest.length === 1) names.add(rest[0]);
    }
    return [...names].sort();
  };
  return {
    readText: (p) => files.get(p),
    listFiles: (dir) => children(dir, false),
    listDirs: (dir) => children(dir, true),
  };
}
