// Splits `---\n<yaml>\n---\n<markdown>` and remembers where each part starts, so problems in
// either part are reported at their line in the whole file.

export interface FrontMatter {
  yaml: string;
  /** File line of the first YAML line (2 unless the file starts with blank lines). */
  yamlLine: number;
  body: string;
  /** File line of the first body line. */
  bodyLine: number;
}

export type FrontMatterSplit = { ok: true; value: FrontMatter } | { ok: false; line: number; message: string };

const FENCE = /^---\s*$/;

export function hasFrontMatter(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '');
  return first !== undefined && FENCE.test(first);
}

export function splitFrontMatter(text: string): FrontMatterSplit {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let open = 0;
  while (open < lines.length && lines[open].trim() === '') open++;
  if (open >= lines.length || !FENCE.test(lines[open])) {
    return { ok: false, line: open + 1 > lines.length ? 1 : open + 1, message: 'missing front matter: the file must start with a "---" line' };
  }
  const close = lines.findIndex((l, i) => i > open && (FENCE.test(l) || /^\.\.\.\s*$/.test(l)));
  if (close < 0) return { ok: false, line: open + 1, message: 'front matter is not closed: add a "---" line after it' };
  return {
    ok: true,
    value: {
      yaml: lines.slice(open + 1, close).join('\n'),
      yamlLine: open + 2,
      body: lines.slice(close + 1).join('\n'),
      bodyLine: close + 2,
    },
  };
}
