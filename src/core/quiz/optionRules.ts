// The two rules every question's options obey, whatever produced them.
import { LANGS, type Bilingual } from '../knowledge/model';

/** How option texts are compared: case, spacing and surrounding blanks do not make two options different. */
export function normalizeOptionText(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** True when no two texts are the same in either language. */
export function allDistinct(texts: readonly Bilingual[]): boolean {
  return LANGS.every((lang) => new Set(texts.map((t) => normalizeOptionText(t[lang]))).size === texts.length);
}

/** Exactly one correct option, and all options distinct in both languages. */
export function optionsAreValid(options: readonly { text: Bilingual; correct: boolean }[]): boolean {
  return options.filter((o) => o.correct).length === 1 && allDistinct(options.map((o) => o.text));
}
