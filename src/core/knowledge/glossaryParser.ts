import { isMap, isScalar, type YAMLMap } from 'yaml';
import type { ParseResult } from './entryParser';
import { applyLanguagePolicy } from './languagePolicy';
import type { Term, TermExample } from './model';
import type { ParsedTerm } from './parsed';
import { FileReport, type Located } from './problem';
import { checkDistinctOptions, parseQuiz } from './quizParser';
import type { TextSlot } from './textSlot';
import { checkKnownKeys, fieldNode, hasValue, readBilingual, readList, readMap, readString, readStringList } from './yamlFields';
import { YamlSource } from './yamlSource';

const TERM_KEYS = [
  'id',
  'topic',
  'term',
  'aliases',
  'ambiguous_aliases',
  'case_sensitive_aliases',
  'code_signals',
  'related',
  'definition',
  'reference',
  'example',
  'quiz',
  'matching_notes',
] as const;

/** Parses glossary/<id>.yaml. Glossary terms are shipped content only, so both languages are required. */
export function parseTermFile(file: string, termFile: string, text: string): ParseResult<ParsedTerm> {
  const report = new FileReport(file);
  const src = new YamlSource(report, text);
  const map = src.ok ? src.rootMap('a glossary term') : undefined;
  if (!map) return { problems: report.problems };

  checkKnownKeys(src, map, TERM_KEYS, 'glossary term');
  const what = 'glossary term';
  const id = readString(src, map, 'id', what, true);
  const topic = readString(src, map, 'topic', what, true);
  const slots: TextSlot[] = [];
  const name = readBilingual(src, map, 'term', 'term');
  const definition = readBilingual(src, map, 'definition', 'definition');
  slots.push(name, definition);
  const aliases = readStringList(src, map, 'aliases', what);
  const ambiguous = readStringList(src, map, 'ambiguous_aliases', what);
  const caseSensitive = readStringList(src, map, 'case_sensitive_aliases', what);
  checkAliasesListed(src, aliases, ambiguous, 'ambiguous_aliases');
  checkAliasesListed(src, aliases, caseSensitive, 'case_sensitive_aliases');
  const codeSignals = readStringList(src, map, 'code_signals', what);
  const related = readStringList(src, map, 'related', what);
  const reference = readReference(src, map);
  const example = readExample(src, map);
  const matchingNotes = readString(src, map, 'matching_notes', what, false);
  const quiz = parseQuiz(src, readList(src, map, 'quiz', what).items, { kind: 'term', id: id?.value ?? '' }, slots);
  applyLanguagePolicy(slots, 'bilingual', report);
  checkDistinctOptions(quiz, report);

  if (!id || !topic) return { problems: report.problems };
  const term: Term = {
    id: id.value,
    topic: topic.value,
    term: name.text,
    aliases: aliases.map((a) => a.value),
    ambiguousAliases: ambiguous.map((a) => a.value),
    caseSensitiveAliases: caseSensitive.map((a) => a.value),
    codeSignals: codeSignals.map((c) => c.value),
    related: related.map((r) => r.value),
    definition: definition.text,
    reference: reference ?? { text: '' },
    file: termFile,
  };
  if (example) term.example = example;
  if (matchingNotes) term.matchingNotes = matchingNotes.value;
  return {
    parsed: { term, file, idAt: id.at, topicAt: topic.at, related, quiz: quiz.map((q) => q.parsed) },
    problems: report.problems,
  };
}

/** The hover matcher only looks for `aliases`; a qualifier on a form it never matches is a mistake. */
function checkAliasesListed(src: YamlSource, aliases: Located<string>[], qualified: Located<string>[], key: string): void {
  const listed = new Set(aliases.map((a) => a.value));
  for (const alias of qualified) {
    if (!listed.has(alias.value)) src.add(alias.at, `"${alias.value}" in ${key} is not in aliases`);
  }
}

/** `reference: { text, url }`, or plain text. The text is required: every definition cites a source. */
function readReference(src: YamlSource, map: YAMLMap): Term['reference'] | undefined {
  if (!hasValue(map, 'reference')) {
    src.add(fieldNode(map, 'reference') ?? map, 'glossary term: missing "reference" (needs text, and a url where there is one)');
    return undefined;
  }
  const node = fieldNode(map, 'reference');
  if (isScalar(node) && typeof node.value === 'string') {
    if (node.value.trim()) return { text: node.value };
    src.add(node, 'reference text is empty');
    return undefined;
  }
  if (!isMap(node)) {
    src.add(node, 'reference must be { text, url } or text');
    return undefined;
  }
  const ref = node;
  checkKnownKeys(src, ref, ['text', 'url'], 'reference');
  const text = readString(src, ref, 'text', 'reference', true);
  const url = readString(src, ref, 'url', 'reference', false);
  if (!text) return undefined;
  return url ? { text: text.value, url: url.value } : { text: text.value };
}

function readExample(src: YamlSource, map: YAMLMap): TermExample | undefined {
  const example = readMap(src, map, 'example', 'glossary term');
  if (!example) return undefined;
  checkKnownKeys(src, example, ['language', 'code'], 'example');
  const language = readString(src, example, 'language', 'example', true);
  const code = readString(src, example, 'code', 'example', true);
  return language && code ? { language: language.value, code: code.value } : undefined;
}
