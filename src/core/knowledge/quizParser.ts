import { isMap, type Node } from 'yaml';
import { LANGS, type QuizItem, type QuizOption } from './model';
import type { ParsedQuizItem } from './parsed';
import type { FileReport, Position } from './problem';
import type { TextSlot } from './textSlot';
import { bilingualFromNode, checkKnownKeys, readBilingual, readBoolean, readList, readString } from './yamlFields';
import type { YamlSource } from './yamlSource';

export const OPTIONS_PER_ITEM = 4;

const ITEM_KEYS = ['id', 'question', 'options', 'explanation'] as const;

/** A quiz item still being parsed: its texts are slots until the owner's language policy ran. */
export interface QuizDraft {
  parsed: ParsedQuizItem;
  optionsAt: Position[];
}

/**
 * Reads a `quiz:` list. Text slots are appended to `slots` so the owner applies one language
 * policy to itself and its quiz; call `checkDistinctOptions` after that.
 */
export function parseQuiz(src: YamlSource, items: Node[], owner: QuizItem['owner'], slots: TextSlot[]): QuizDraft[] {
  const drafts: QuizDraft[] = [];
  items.forEach((node, index) => {
    if (!isMap(node)) {
      src.add(node, `quiz item ${index + 1} must be a mapping with id, question, options and explanation`);
      return;
    }
    checkKnownKeys(src, node, ITEM_KEYS, `quiz item ${index + 1}`);
    const id = readString(src, node, 'id', `quiz item ${index + 1}`, true);
    const name = `quiz ${id?.value ?? `item ${index + 1}`}`;
    const question = readBilingual(src, node, 'question', `${name} question`);
    const explanation = readBilingual(src, node, 'explanation', `${name} explanation`);
    const list = readList(src, node, 'options', name);
    if (list.items.length !== OPTIONS_PER_ITEM) {
      src.add(list.at, `${name} has ${list.items.length} options; exactly ${OPTIONS_PER_ITEM} are required`);
    }
    const options: QuizOption[] = [];
    const optionsAt: Position[] = [];
    list.items.forEach((optionNode, i) => {
      const text = bilingualFromNode(src, optionNode, `${name} option ${i + 1}`, ['correct']);
      const correct = isMap(optionNode) ? readBoolean(src, optionNode, 'correct', `${name} option ${i + 1}`) === true : false;
      slots.push(text);
      options.push({ text: text.text, correct });
      optionsAt.push(src.at(optionNode));
    });
    const correctCount = options.filter((o) => o.correct).length;
    if (list.items.length > 0 && correctCount !== 1) {
      src.add(list.at, `${name} has ${correctCount} options marked "correct: true"; exactly one is required`);
    }
    slots.push(question, explanation);
    if (!id) return;
    drafts.push({
      parsed: {
        item: { id: id.value, owner, question: question.text, options, explanation: explanation.text },
        file: src.report.file,
        idAt: id.at,
      },
      optionsAt,
    });
  });
  return drafts;
}

/** Reports options whose text repeats another option's in the same language. */
export function checkDistinctOptions(drafts: QuizDraft[], report: FileReport): void {
  for (const { parsed, optionsAt } of drafts) {
    const languages = LANGS.filter((lang) => lang !== parsed.item.untranslated);
    for (const lang of languages) {
      const seen = new Map<string, number>();
      parsed.item.options.forEach((option, i) => {
        const text = option.text[lang].trim();
        if (!text) return;
        const first = seen.get(text);
        if (first !== undefined) report.add(optionsAt[i], `quiz ${parsed.item.id} option ${i + 1} repeats option ${first + 1} (${lang}): "${text}"`);
        else seen.set(text, i);
      });
    }
  }
}
