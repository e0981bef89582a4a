// The compiled knowledge base: what `npm run build` emits as dist/content.json and what every
// surface (tree, panel, hover, quiz, CLI) reads. Plain data, no behaviour.

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export type Bilingual = Record<Lang, string>;

export interface Topic {
  id: string;
  title: Bilingual;
  scope: Bilingual;
}

export interface Correction {
  id: string;
  original: string;
  corrected: Bilingual;
  reference: string;
}

export interface Entry {
  id: string;
  topic: string;
  difficulty: 1 | 2 | 3;
  title: Bilingual;
  question: Bilingual;
  answer: Bilingual;
  analysis: Bilingual;
  terms: string[];
  related: string[];
  sources: string[];
  corrections: Correction[];
  /** Where the entry came from: a content file path relative to its root, or a pack file. */
  file: string;
  /** Set on single-language pack entries: this language shows the other language's text. */
  untranslated?: Lang;
}

export interface TermExample {
  language: string;
  code: string;
}

export interface Term {
  id: string;
  topic: string;
  term: Bilingual;
  aliases: string[];
  ambiguousAliases: string[];
  caseSensitiveAliases: string[];
  codeSignals: string[];
  related: string[];
  definition: Bilingual;
  reference: { text: string; url?: string };
  example?: TermExample;
  /** Hints for the hover matcher's authors (false friends, words not to alias). */
  matchingNotes?: string;
  file: string;
}

export interface QuizOption {
  text: Bilingual;
  correct: boolean;
}

export interface QuizItem {
  id: string;
  owner: { kind: 'entry' | 'term'; id: string };
  question: Bilingual;
  options: QuizOption[];
  explanation: Bilingual;
  /** As Entry.untranslated, for quiz items of single-language pack entries. */
  untranslated?: Lang;
}

export interface ContentBundle {
  formatVersion: 1;
  topics: Topic[];
  entries: Entry[];
  terms: Term[];
  quiz: QuizItem[];
  /**
   * The glossary's term index as built when the content was compiled (TermIndexData in
   * core/terms/termIndexData.ts); absent from bundles compiled in memory.
   */
  termIndex?: unknown;
}

export const CONTENT_FORMAT_VERSION = 1;
