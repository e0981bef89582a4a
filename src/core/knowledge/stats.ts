import { LANGS, type ContentBundle, type Lang } from './model';

export interface ContentStats {
  entries: number;
  topics: number;
  glossaryTerms: number;
  quizItems: number;
  sources: string[];
  corrections: string[];
  languages: Record<Lang, number>;
}

const sourceOrder = (s: string): number => {
  const [file, n] = s.split('#');
  return Number(file) * 1000 + Number(n);
};

/** The figures `llm-field-guide stats --json` prints (keys fixed by the CLI contract). */
export function contentStats(bundle: ContentBundle): ContentStats {
  const languages = Object.fromEntries(
    LANGS.map((lang) => [lang, bundle.entries.filter((e) => e.answer[lang]?.trim() && e.question[lang]?.trim()).length]),
  ) as Record<Lang, number>;
  return {
    entries: bundle.entries.length,
    topics: bundle.topics.length,
    glossaryTerms: bundle.terms.length,
    quizItems: bundle.quiz.length,
    sources: [...new Set(bundle.entries.flatMap((e) => e.sources))].sort((a, b) => sourceOrder(a) - sourceOrder(b)),
    corrections: [...new Set(bundle.entries.flatMap((e) => e.corrections.map((c) => c.id)))].sort(),
    languages,
  };
}
