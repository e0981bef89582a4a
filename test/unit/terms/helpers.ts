// Test helpers: small hand-made glossaries, so each test states exactly the aliases it relies on.
import type { Term } from '../../../src/core/knowledge/model';
import { extractProse } from '../../../src/core/terms/commentLexer';
import { syntaxForLanguage, type CommentSyntax } from '../../../src/core/terms/languageSyntax';

export interface TermSpec {
  aliases: string[];
  ambiguous?: string[];
  caseSensitive?: string[];
  codeSignals?: string[];
}

export function makeTerm(id: string, spec: TermSpec): Term {
  return {
    id,
    topic: 'test',
    term: { en: id, zh: id },
    aliases: spec.aliases,
    ambiguousAliases: spec.ambiguous ?? [],
    caseSensitiveAliases: spec.caseSensitive ?? [],
    codeSignals: spec.codeSignals ?? [],
    related: [],
    definition: { en: '', zh: '' },
    reference: { text: '' },
    file: `glossary/${id}.yaml`,
  };
}

export function makeTerms(specs: Record<string, TermSpec>): Term[] {
  return Object.entries(specs).map(([id, spec]) => makeTerm(id, spec));
}

export function syntax(languageId: string): CommentSyntax {
  const s = syntaxForLanguage(languageId);
  if (!s) throw new Error(`no built-in syntax for ${languageId}`);
  return s;
}

/** The prose of `text` as strings, for compact assertions. */
export function proseTexts(text: string, languageId: string): string[] {
  return extractProse(text, syntax(languageId)).map((r) => text.slice(r.start, r.end));
}
