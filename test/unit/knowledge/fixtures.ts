// Test helpers: fixture folders loaded into memory, so each test can break one file and compile.
import fs from 'node:fs';
import path from 'node:path';
import { memoryContentReader, type FileMap } from '../../../src/core/knowledge/memoryContentReader';
import type { ContentProblem, Position } from '../../../src/core/knowledge/problem';

export const FIXTURES = path.join(import.meta.dirname, '../../fixtures');

export type { FileMap };

/** A ContentReader over a FileMap: folders are implied by the paths. */
export const memoryReader = memoryContentReader;

/** Reads a fixture folder into memory under `as` (default: its own name). */
export function loadFixture(name: string, as = name): FileMap {
  const files: FileMap = new Map();
  const walk = (dir: string, rel: string): void => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      if (d.isDirectory()) walk(path.join(dir, d.name), `${rel}/${d.name}`);
      else files.set(`${rel}/${d.name}`, fs.readFileSync(path.join(dir, d.name), 'utf8'));
    }
  };
  walk(path.join(FIXTURES, name), as);
  return files;
}

/** Replaces `from` (which must occur) in one file; returns the new text. */
export function edit(files: FileMap, file: string, from: string | RegExp, to: string): string {
  const text = files.get(file);
  if (text === undefined) throw new Error(`no fixture file ${file}`);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${String(from)} not found in ${file}`);
  files.set(file, next);
  return next;
}

/** Where `needle` occurs in `text` (the n-th occurrence, 1-based), moved `offset` characters in. */
export function locate(text: string, needle: string, offset = 0, occurrence = 1): Position {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" not found`);
  }
  const before = text.slice(0, index + offset);
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}

/** The problems whose message matches, as "file:line:column" strings for readable failures. */
export function sites(problems: ContentProblem[], message: RegExp): string[] {
  return problems.filter((p) => message.test(p.message)).map((p) => `${p.file}:${p.line}:${p.column}`);
}

export function site(file: string, at: Position): string {
  return `${file}:${at.line}:${at.column}`;
}
