// Breaks text into lines for places that show one line per row (quick-pick items). Widths are in
// columns: CJK and other full-width characters take two, everything else one. Latin text breaks at
// spaces; CJK text may break between any two characters, except before closing punctuation.

const WIDE_RANGES = '\\u1100-\\u115f\\u2e80-\\u303e\\u3041-\\u33ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\ua000-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const WIDE = new RegExp(`[${WIDE_RANGES}]`);
/** A wide character, a Latin word with the spaces after it, or a run of spaces. */
const UNIT = new RegExp(`[${WIDE_RANGES}]|[^\\s${WIDE_RANGES}]+\\s*|\\s+`, 'g');
/** Characters a line should not start with (closing punctuation, in both scripts). */
const NO_LINE_START = /^[，。、；：！？）》」』】〕〉”’,.;:!?)\]}%]/;

export const charWidth = (ch: string): number => (WIDE.test(ch) ? 2 : 1);
export const textWidth = (text: string): number => [...text].reduce((w, ch) => w + charWidth(ch), 0);

/** Units that must stay together: a Latin word (with its trailing space), or a single wide character. */
function units(paragraph: string): string[] {
  return paragraph.match(UNIT) ?? [];
}

/** A unit wider than a whole line is cut into pieces that fit. */
function split(unit: string, columns: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of unit) {
    if (piece && textWidth(piece + ch) > columns) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

function wrapParagraph(paragraph: string, columns: number, firstColumns = columns): string[] {
  const lines: string[] = [];
  let line = '';
  const narrowest = Math.min(columns, firstColumns);
  for (const unit of units(paragraph).flatMap((u) => (textWidth(u.trimEnd()) > narrowest ? split(u, narrowest) : [u]))) {
    const width = lines.length === 0 ? firstColumns : columns;
    if (!line && /^\s+$/.test(unit)) continue;
    const fits = textWidth((line + unit).trimEnd()) <= width;
    if (fits || !line.trim()) {
      line += unit;
      continue;
    }
    // Closing punctuation stays on the line it closes, one character past the width at most.
    if (NO_LINE_START.test(unit) && textWidth((line + unit).trimEnd()) <= width + 2) {
      line += unit;
      continue;
    }
    lines.push(line.trimEnd());
    line = /^\s+$/.test(unit) ? '' : unit;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * The text as lines of at most `columns` (closing punctuation may overhang by one character); the
 * first line may be given less room (`firstColumns`), e.g. when a label shares its row.
 * Paragraph breaks (blank lines) are kept as one empty line; runs of spaces collapse.
 */
export function wrapText(text: string, columns: number, firstColumns: number = columns): string[] {
  const width = Math.max(4, Math.floor(columns));
  const firstWidth = Math.max(4, Math.floor(firstColumns));
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  const lines: string[] = [];
  paragraphs.forEach((p, i) => {
    if (i > 0) lines.push('');
    lines.push(...wrapParagraph(p, width, i === 0 ? firstWidth : width));
  });
  return lines;
}

export interface SplitPrompt {
  /** The prompt's first paragraph, when it fits on the title line. */
  title?: string;
  /** The rest of the prompt (all of it when there is no title), wrapped. */
  lines: string[];
}

/**
 * A question for a quick pick: a first paragraph short enough goes into the title, the rest is
 * shown as lines of the list (a title line cuts off what does not fit, so nothing long goes there).
 */
export function splitPrompt(text: string, titleColumns: number, lineColumns: number): SplitPrompt {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  if (paragraphs.length > 0 && textWidth(paragraphs[0]) <= titleColumns) {
    return { title: paragraphs[0], lines: wrapText(paragraphs.slice(1).join('\n\n'), lineColumns) };
  }
  return { lines: wrapText(text, lineColumns) };
}
