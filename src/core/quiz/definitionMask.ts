// A definition often names its own term ("Mixed precision training is training in which ..."),
// which would give the answer away when the definition is a prompt or an option. The term's names
// are blanked out before a definition is shown in a generated question.
//
// Aliases are hover-matching surface forms and include examples as well as synonyms (GPTQ is an
// alias of post-training quantization); blanking those would strip the definition of content, so
// only aliases that look like a name of the term itself are blanked.
import type { Bilingual, Term } from '../knowledge/model';

const BLANK: Bilingual = { zh: '＿＿', en: '____' };
const MIN_NAME_LENGTH = 2;
const STEM_LENGTH = 6;
const MIN_WORD_LENGTH = 4;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatin = (text: string): boolean => /[A-Za-z]/.test(text);

const PARENS = /\s*[(（][^)）]*[)）]/g;
const TRAILING_PARENS = /^(.+?)\s*[(（]([^)）]+)[)）]\s*$/;
const LATIN_CJK_BREAK = /(?<=[A-Za-z0-9])\s+(?=[\u2e80-\uffff])|(?<=[\u2e80-\uffff])\s+(?=[A-Za-z0-9])/;
const wordCount = (text: string): number => (isLatin(text) ? text.trim().split(/\s+/).length : 1);

/** "X (ABBR)" names X and ABBR; "LoRA 低秩适配" names LoRA and 低秩适配. */
function namesInOne(name: string): string[] {
  const match = TRAILING_PARENS.exec(name);
  const names = match ? [name, match[1], match[2]] : [name];
  return names.flatMap((n) => [n, n.replace(PARENS, ''), ...n.split(LATIN_CJK_BREAK)]);
}

/**
 * The names in a term's title. "A (X) / B (Y)" lists alternatives, but only when the parts are
 * alike: in "CPU/NVMe offloading" or "Sequence / context parallelism" the parts share a noun, and
 * "CPU" or "Sequence" alone is not a name of the term.
 */
function nameParts(term: Term): string[] {
  return [term.term.en, term.term.zh]
    .flatMap((name) => {
      const alternatives = name.split(/\s*\/\s*(?![^(（]*[)）])/);
      const alike = alternatives.length > 1 && new Set(alternatives.map((a) => wordCount(a.replace(PARENS, '')))).size === 1;
      return [name, ...(alike ? alternatives : [name]).flatMap(namesInOne)];
    })
    .map((p) => p.trim())
    .filter((p) => p.length >= MIN_NAME_LENGTH);
}

/** Latin names only match whole words ("acc" must not blank part of "accurate"); CJK has no word breaks. */
function wordPattern(name: string, caseSensitive: boolean, flags = ''): RegExp {
  const before = /^[A-Za-z0-9]/.test(name) ? '(?<![A-Za-z0-9])' : '';
  const after = /[A-Za-z0-9]$/.test(name) ? '(?![A-Za-z0-9])' : '';
  return new RegExp(`${before}${escapeRegExp(name)}${after}`, caseSensitive ? flags : `${flags}i`);
}

const stems = (text: string): Set<string> =>
  new Set((text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length >= MIN_WORD_LENGTH).map((w) => w.slice(0, STEM_LENGTH)));
const acronym = (text: string): string => (text.match(/[A-Za-z0-9]+/g) ?? []).map((w) => w[0].toUpperCase()).join('');
const pairs = (text: string): string[] => [...text].slice(0, -1).map((ch, i) => ch + [...text][i + 1]).filter((p) => /[\u2e80-\uffff]{2}/.test(p));

/** Whether an alias is another name of the term rather than an example or a neighbour. */
function isNameOf(alias: string, parts: readonly string[]): boolean {
  return parts.some((part) => {
    if (wordPattern(alias, false).test(part) || wordPattern(part, false).test(alias)) return true;
    if (isLatin(alias) && isLatin(part)) {
      if (/^[A-Z0-9]{2,6}$/.test(alias) && acronym(part) === alias) return true;
      // Most of the alias's words must be the title's: "automatic mixed precision" is a name of
      // mixed precision training, "Bayesian optimization" is not one of hyperparameter optimization.
      const partStems = stems(part);
      const aliasStems = [...stems(alias)];
      return aliasStems.filter((s) => partStems.has(s)).length * 2 > aliasStems.length;
    }
    return pairs(alias).some((pair) => part.includes(pair));
  });
}

/** The surface forms that name the term, longest first so "mixed precision training" wins over "mixed precision". */
function namesOf(term: Term): { name: string; caseSensitive: boolean }[] {
  const parts = nameParts(term);
  const caseSensitive = new Set(term.caseSensitiveAliases);
  const candidates = term.aliases.map((a) => a.trim()).filter((a) => a.length >= MIN_NAME_LENGTH);
  const direct = candidates.filter((a) => isNameOf(a, parts));
  // Acronyms of accepted aliases are names too: "AMP" through "automatic mixed precision".
  const acronyms = new Set(direct.filter(isLatin).map(acronym));
  const aliases = candidates.filter((a) => direct.includes(a) || (/^[A-Z0-9]{2,6}$/.test(a) && acronyms.has(a)));
  return [...new Set([...parts, ...aliases])]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => ({ name, caseSensitive: caseSensitive.has(name) }));
}

// Terms are immutable bundle data and a quiz masks the same definitions many times (as distractors).
const cache = new WeakMap<Term, Bilingual>();

/** The term's definition with its own names blanked out in both languages. */
export function maskedDefinition(term: Term): Bilingual {
  const cached = cache.get(term);
  if (cached) return cached;
  const names = namesOf(term);
  const mask = (text: string, blank: string): string =>
    names.reduce((out, { name, caseSensitive }) => out.replace(wordPattern(name, caseSensitive, 'g'), blank), text);
  const masked = { zh: mask(term.definition.zh, BLANK.zh), en: mask(term.definition.en, BLANK.en) };
  cache.set(term, masked);
  return masked;
}
