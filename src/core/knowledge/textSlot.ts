import { LANGS, type Bilingual, type Lang } from './model';
import type { Position } from './problem';

/**
 * One piece of bilingual text being parsed (a title, a body section, a quiz option), with what to
 * report for each language that is absent. Whether an absent language is an error depends on
 * where the text comes from, so parsers collect slots and a language policy decides later.
 */
export interface TextSlot {
  /** The text per language; '' where missing. Filled in place by the language policy. */
  text: Bilingual;
  missing: Partial<Record<Lang, { at: Position; message: string }>>;
}

export function emptySlot(): TextSlot {
  return { text: { zh: '', en: '' }, missing: {} };
}

/** A slot with the given text, marking each empty language missing with `describe(lang)` at `at(lang)`. */
export function textSlot(
  text: Partial<Record<Lang, string>>,
  at: (lang: Lang) => Position,
  describe: (lang: Lang) => string,
): TextSlot {
  const slot = emptySlot();
  for (const lang of LANGS) {
    const value = text[lang]?.trim() ?? '';
    slot.text[lang] = value;
    if (!value) slot.missing[lang] = { at: at(lang), message: describe(lang) };
  }
  return slot;
}
