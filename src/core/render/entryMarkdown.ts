// An entry as Markdown in one language, for "copy as Markdown": what a reader pastes into notes.
import type { Entry, Lang } from '../knowledge/model';
import { formatSourceReference, UI_LABELS } from './uiLabels';

export function entryToMarkdown(entry: Entry, lang: Lang): string {
  const labels = UI_LABELS[lang];
  const parts: string[] = [`# ${entry.title[lang]}`];
  parts.push(`## ${labels.question}`, entry.question[lang].trim());
  parts.push(`## ${labels.answer}`, entry.answer[lang].trim());
  parts.push(`## ${labels.analysis}`, entry.analysis[lang].trim());
  if (entry.corrections.length) {
    parts.push(`## ${labels.corrections}`);
    for (const c of entry.corrections) {
      const lines = [
        `> **${labels.correction} ${c.id}**`,
        '>',
        `> ${labels.correctionOriginal}${labels.colon}${quoteLine(c.original)}`,
        '>',
        `> ${labels.correctionCorrected}${labels.colon}${quoteLine(c.corrected[lang])}`,
      ];
      if (c.reference) lines.push('>', `> ${labels.correctionReference}${labels.colon}${quoteLine(c.reference)}`);
      parts.push(lines.join('\n'));
    }
  }
  if (entry.sources.length) parts.push(entry.sources.map((s) => `- ${formatSourceReference(s, labels)}`).join('\n'));
  return `${parts.join('\n\n')}\n`;
}

/** Keeps a multi-line value inside the blockquote. */
function quoteLine(text: string): string {
  return text.trim().replace(/\r?\n/g, '\n> ');
}
