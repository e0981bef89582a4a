// The hover card for a glossary term, as Markdown for the editor's hover widget.
import type { ContentBundle, Lang, Term } from '../knowledge/model';
import { escapeMarkdown } from '../render/markdownEscape';

/** Commands the card links to; the hover allow-lists exactly these. */
export interface HoverCardCommands {
  openTerm: string;
  openEntry: string;
  quiz: string;
  switchLanguage: string;
}

const LABELS: Record<Lang, { inCode: string; related: string; open: string; quiz: string; entries: string; other: string; otherTitle: string }> = {
  zh: { inCode: '代码中', related: '相关', open: '在手册中打开', quiz: '就此测验', entries: '相关问答', other: 'English', otherTitle: 'Show this card in English' },
  en: { inCode: 'In code', related: 'Related', open: 'Open in Field Guide', quiz: 'Quiz me on this', entries: 'Q&A', other: '中文', otherTitle: '用中文显示' },
};

const MAX_SIGNALS = 4;
const MAX_RELATED = 4;
const MAX_ENTRIES = 3;

const ABBREVIATIONS = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf|al|approx|Fig|Eq|No)\.$/i;

/** The first `max` sentences (Chinese or Latin punctuation), so the card stays short. */
export function firstSentences(text: string, max = 3): string {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    let ends = c === '。' || c === '！' || c === '？';
    if (c === '.' || c === '!' || c === '?') {
      // A Latin full stop ends a sentence before white space or the end, unless it closes an abbreviation.
      const next = text[i + 1];
      ends = (next === undefined || /\s/.test(next)) && !(c === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 8), i + 1)));
    }
    if (ends && ++count === max) return text.slice(0, i + 1).trim();
  }
  return text.trim();
}

export function commandLink(label: string, command: string, args: unknown[], title?: string): string {
  const uri = `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
  return `[${escapeMarkdown(label)}](${uri}${title ? ` "${title.replace(/"/g, "'")}"` : ''})`;
}

/** The identifier part of a code signal (`torch.autocast (deprecated alias)` → `torch.autocast`). */
function signalIdentifier(signal: string): string {
  return signal.split(/[\s(=]/)[0] || signal;
}

export function buildHoverCard(term: Term, bundle: ContentBundle, lang: Lang, commands: HoverCardCommands): string {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const l = LABELS[lang];
  const lines: string[] = [];
  // Title, definition and actions first: the hover widget is short, the rest may scroll.
  lines.push(`**${escapeMarkdown(term.term[lang])}** · ${escapeMarkdown(term.term[other])} · ${commandLink(l.other, commands.switchLanguage, [other], l.otherTitle)}`);
  lines.push('');
  lines.push(escapeMarkdown(firstSentences(term.definition[lang])));
  lines.push('');
  lines.push(`$(book) ${commandLink(l.open, commands.openTerm, [term.id])} · $(mortar-board) ${commandLink(l.quiz, commands.quiz, [{ kind: 'term', id: term.id }])}`);

  const signals = [...new Set(term.codeSignals.map(signalIdentifier))].slice(0, MAX_SIGNALS);
  const related = term.related
    .map((id) => bundle.terms.find((t) => t.id === id))
    .filter((t): t is Term => t !== undefined)
    .slice(0, MAX_RELATED);
  const entries = bundle.entries.filter((e) => e.terms.includes(term.id)).slice(0, MAX_ENTRIES);
  if (signals.length || related.length || entries.length) lines.push('', '---', '');
  if (signals.length) lines.push(`${l.inCode}: ${signals.map((s) => `\`${s.replace(/`/g, '')}\``).join(' · ')}`, '');
  if (related.length) lines.push(`${l.related}: ${related.map((t) => commandLink(t.term[lang], commands.openTerm, [t.id])).join(' · ')}`, '');
  if (entries.length) {
    lines.push(`${l.entries}:`, '');
    for (const e of entries) lines.push(`- ${commandLink(e.title[lang], commands.openEntry, [e.id])}`);
  }
  return lines.join('\n');
}
