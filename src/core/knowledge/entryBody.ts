// The Markdown body of an entry: `# 中文` with `## 题目/答案/解析`, `# English` with
// `## Question/Answer/Analysis`. Headings inside fenced code (e.g. Python comments) are text.
import { LANGS, type Lang } from './model';
import type { FileReport, Position } from './problem';
import { textSlot, type TextSlot } from './textSlot';

export type SectionKey = 'question' | 'answer' | 'analysis';
export const SECTION_KEYS: readonly SectionKey[] = ['question', 'answer', 'analysis'];

export const LANGUAGE_HEADINGS: Record<Lang, string> = { zh: '中文', en: 'English' };
export const SECTION_HEADINGS: Record<Lang, Record<SectionKey, string>> = {
  zh: { question: '题目', answer: '答案', analysis: '解析' },
  en: { question: 'Question', answer: 'Answer', analysis: 'Analysis' },
};

interface Section {
  at: Position;
  lines: string[];
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The three body sections as text slots (missing languages are left to the language policy). */
export function parseEntryBody(body: string, bodyLine: number, report: FileReport): Record<SectionKey, TextSlot> {
  const languages: Partial<Record<Lang, Position>> = {};
  const sections: Record<Lang, Partial<Record<SectionKey, Section>>> = { zh: {}, en: {} };
  let lang: Lang | undefined;
  let current: Section | undefined;
  let fence: string | undefined;
  let strayReported = false;

  body.split(/\r?\n/).forEach((line, i) => {
    const at: Position = { line: bodyLine + i, column: 1 };
    const fenceMatch = FENCE.exec(line);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length && line.trim() === fenceMatch[1]) fence = undefined;
      current?.lines.push(line);
      return;
    }
    if (fenceMatch) fence = fenceMatch[1];
    const heading = fence === undefined ? HEADING.exec(line) : null;
    if (heading && heading[1].length === 1) {
      current = undefined;
      lang = LANGS.find((l) => LANGUAGE_HEADINGS[l] === heading[2]);
      strayReported = !lang; // text under an unknown language heading is covered by its problem
      if (!lang) report.add(at, `unknown language heading "# ${heading[2]}" (expected "# 中文" or "# English")`);
      else if (languages[lang]) report.add(at, `duplicate "# ${LANGUAGE_HEADINGS[lang]}" heading`);
      else languages[lang] = at;
      return;
    }
    if (heading && heading[1].length === 2 && lang) {
      const names = SECTION_HEADINGS[lang];
      const key = SECTION_KEYS.find((k) => names[k] === heading[2]);
      current = undefined;
      // Text under a rejected heading is covered by the heading's problem.
      strayReported = true;
      if (!key) {
        const expected = SECTION_KEYS.map((k) => `"## ${names[k]}"`).join(', ');
        report.add(at, `unknown section "## ${heading[2]}" under "# ${LANGUAGE_HEADINGS[lang]}" (expected ${expected})`);
      } else if (sections[lang][key]) {
        report.add(at, `duplicate "## ${names[key]}" section under "# ${LANGUAGE_HEADINGS[lang]}"`);
      } else {
        strayReported = false;
        current = { at, lines: [] };
        sections[lang][key] = current;
      }
      return;
    }
    if (current) current.lines.push(line);
    else if (line.trim() && !strayReported) {
      report.add(at, 'text outside a "## …" section of "# 中文" or "# English" (it would be lost)');
      strayReported = true;
    }
  });

  const bodyStart: Position = { line: bodyLine, column: 1 };
  const slot = (key: SectionKey): TextSlot =>
    textSlot(
      { zh: sections.zh[key]?.lines.join('\n'), en: sections.en[key]?.lines.join('\n') },
      (l) => sections[l][key]?.at ?? languages[l] ?? bodyStart,
      (l) => {
        const section = `"## ${SECTION_HEADINGS[l][key]}"`;
        const language = `"# ${LANGUAGE_HEADINGS[l]}"`;
        if (!languages[l]) return `missing the ${language} part of the body (${SECTION_KEYS.map((k) => `## ${SECTION_HEADINGS[l][k]}`).join(', ')})`;
        return sections[l][key] ? `${section} under ${language} is empty` : `missing ${section} under ${language}`;
      },
    );
  return { question: slot('question'), answer: slot('answer'), analysis: slot('analysis') };
}
