// A content problem, reported as `file:line:column message` (the format editors and CI link).

export interface ContentProblem {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}:${p.column} ${p.message}`;
}
