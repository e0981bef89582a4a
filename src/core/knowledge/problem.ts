// A content problem, reported as `file:line:column message` (the format editors and CI link).

export interface ContentProblem {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  message: string;
}

/** A 1-based place in a file. */
export interface Position {
  line: number;
  column: number;
}

/** A value together with where it was written, so later checks can point at it. */
export interface Located<T> {
  value: T;
  at: Position;
}

export const START: Position = { line: 1, column: 1 };

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}:${p.column} ${p.message}`;
}

export function problemAt(file: string, at: Position, message: string): ContentProblem {
  return { file, line: at.line, column: at.column, message };
}

/** Problems found in one file. Identical reports collapse, so a missing part is reported once. */
export class FileReport {
  readonly problems: ContentProblem[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly file: string) {}

  add(at: Position, message: string): void {
    const p = problemAt(this.file, at, message);
    const key = formatProblem(p);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.problems.push(p);
  }
}

/** Problems in a stable reading order: by file, then line, then column. */
export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
