import fs from 'node:fs';
import type { ContentReader } from '../core/knowledge/contentReader';

/** ContentReader over the local file system (CLI and build). */
export const nodeContentReader: ContentReader = {
  readText(path) {
    try {
      return fs.readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  listFiles(dir) {
    try {
      return fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name).sort();
    } catch {
      return [];
    }
  },
  listDirs(dir) {
    try {
      return fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    } catch {
      return [];
    }
  },
};
