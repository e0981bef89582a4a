// The source Q&A documents' own format, accepted in content packs so a user can drop one in as is:
//
//   #### 12. 如何优化大模型推理速度？        (or ##### 12. …)
//   **题目：** …   **答案：** …   **解析：** …
//
// Those documents are Chinese only; entries read from them carry zh and are flagged untranslated.
// 题目 and 解析 are optional (many source entries have neither): the heading stands in for 题目.
import type { Entry } from './model';
import type { ParsedEntry } from './parsed';
import { FileReport, type ContentProblem, type Position } from './problem';

const ENTRY_HEADING = /^(#{4,5})[ \t]+(\d+)[.．、][ \t]*(.+?)[ \t]*#*[ \t]*$/;
const ANY_HEADING = /^ {0,3}(#{1,6})[ \t]+/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const MARKER = /^\*\*(题目|答案|解析)(?:[：:]\*\*|\*\*[：:])[ \t]*(.*)$/;
const TOPIC_HINT = /^\s*(?:<!--\s*)?topic:\s*([\w:-]+)\s*(?:-->)?\s*$/;

type Marker = '题目' | '答案' | '解析';

interface SourceEntryDraft {
  number: number;
  title: string;
  level: number;
  at: Position;
  lead: string[];
  sections: Partial<Record<Marker, { at: Position; lines: string[] }>>;
  current?: string[];
  broken: boolean;
}

export interface SourceDocumentOptions {
  /** Entry ids are `<idPrefix>-<N>`. */
  idPrefix: string;
  /** Topic for entries when the document has no `topic:` hint line before its first entry. */
  topic: string;
  difficulty: Entry['difficulty'];
}

/** True when the text has at least one `#### N. title` / `##### N. title` entry heading. */
export function looksLikeSourceDocument(text: string): boolean {
  return text.split(/\r?\n/).some((line) => ENTRY_HEADING.test(line));
}

/** Reads every numbered entry; an entry that cannot be read is reported and left out. */
export function parseSourceDocument(file: string, text: string, options: SourceDocumentOptions): { entries: ParsedEntry[]; problems: ContentProblem[] } {
  const report = new FileReport(file);
  const drafts: SourceEntryDraft[] = [];
  let topic = { value: options.topic, at: undefined as Position | undefined };
  let draft: SourceEntryDraft | undefined;
  let fence: string | undefined;

  text.split(/\r?\n/).forEach((line, i) => {
    const at: Position = { line: i + 1, column: 1 };
    const fenceMatch = FENCE.exec(line);
    if (fence !== undefined || fenceMatch) {
      if (fence === undefined) fence = fenceMatch?.[1];
      else if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length && line.trim() === fenceMatch[1]) fence = undefined;
      draft?.current?.push(line);
      return;
    }
    const heading = ENTRY_HEADING.exec(line);
    if (heading) {
      draft = { number: Number(heading[2]), title: heading[3], level: heading[1].length, at, lead: [], sections: {}, broken: false };
      draft.current = draft.lead;
      drafts.push(draft);
      return;
    }
    const other = ANY_HEADING.exec(line);
    if (other && (!draft || other[1].length <= draft.level)) {
      draft = undefined; // a section heading of the document, not part of an answer
      return;
    }
    if (!draft) {
      const hint = TOPIC_HINT.exec(line);
      if (hint && drafts.length === 0) topic = { value: hint[1], at: { line: i + 1, column: line.indexOf(hint[1]) + 1 } };
      return;
    }
    const marker = MARKER.exec(line);
    if (marker) {
      const name = marker[1] as Marker;
      if (draft.sections[name]) {
        report.add(at, `source entry ${draft.number}: second **${name}：** section`);
        draft.broken = true;
      }
      const section = { at, lines: [marker[2]] };
      draft.sections[name] = section;
      draft.current = section.lines;
      return;
    }
    draft.current?.push(line);
  });

  const entries: ParsedEntry[] = [];
  for (const d of drafts) {
    const text = (lines: string[] | undefined): string => (lines ?? []).join('\n').trim();
    const lead = text(d.lead);
    const answer = text(d.sections['答案']?.lines);
    const question = text(d.sections['题目']?.lines) || lead || d.title;
    const name = `source entry ${d.number} "${d.title}"`;
    if (!d.sections['答案']) {
      report.add(d.at, `${name} has no **答案：** section`);
      continue;
    }
    if (!answer) {
      report.add(d.sections['答案'].at, `${name}: **答案：** is empty`);
      continue;
    }
    if (lead && d.sections['题目']) {
      report.add(d.at, `${name}: text between the heading and **题目：** (it would be lost)`);
      continue;
    }
    if (d.broken) continue;
    const same = (zh: string): Entry['title'] => ({ zh, en: zh });
    entries.push({
      entry: {
        id: `${options.idPrefix}-${d.number}`,
        topic: topic.value,
        difficulty: options.difficulty,
        title: same(d.title),
        question: same(question),
        answer: same(answer),
        analysis: same(text(d.sections['解析']?.lines)),
        terms: [],
        related: [],
        sources: [],
        corrections: [],
        file,
        untranslated: 'en',
      },
      file,
      idAt: d.at,
      topicAt: topic.at ?? d.at,
      terms: [],
      related: [],
      sources: [],
      quiz: [],
    });
  }
  return { entries, problems: report.problems };
}
