// Full-text search over entries and glossary terms, in Chinese and English at once: a query in
// either language finds content written in both. MiniSearch (BM25) with the bigram tokenizer
// of cjkTokenizer.ts; typo tolerance and prefix matching only make sense for Latin words.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Bilingual, ContentBundle, Entry, Lang, Term } from '../knowledge/model';
import { isCjkToken, tokenizeForSearch } from './cjkTokenizer';
import { markdownToPlainText } from './markdownPlainText';
import { makeSnippet, type SearchSnippet } from './searchSnippet';

export type SearchKind = 'entry' | 'term';
/** Where a hit matched, in decreasing weight: titles, aliases, a term's code signals, the text. */
export type SearchField = 'title' | 'aliases' | 'code' | 'body';

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: Bilingual;
  score: number;
  matchedFields: SearchField[];
  /** An excerpt around the first match in the text (absent when only the title or aliases matched). */
  snippet?: SearchSnippet & { lang: Lang };
}

export interface SearchOptions {
  /** Most hits returned; default 20. */
  limit?: number;
  /** Only these kinds; default both. */
  kinds?: readonly SearchKind[];
  /** The language whose text a snippet is cut from when both match; default 'en'. */
  lang?: Lang;
}

export interface SearchIndex {
  /** Hits best first; an empty or punctuation-only query finds nothing. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Builds the index now instead of on the first search (e.g. while the UI is idle). */
  warmUp(): void;
}

/** Field weights: a title match outranks an alias match, which outranks a mention in the text. */
export const SEARCH_FIELD_BOOSTS = { titleZh: 4, titleEn: 4, aliases: 3, code: 1, body: 1 } as const;
type IndexField = keyof typeof SEARCH_FIELD_BOOSTS;
const FIELD_OF: Record<IndexField, SearchField> = { titleZh: 'title', titleEn: 'title', aliases: 'aliases', code: 'code', body: 'body' };
const FIELD_ORDER: readonly SearchField[] = ['title', 'aliases', 'code', 'body'];

/** Fraction of a Latin word's length that may be mistyped: "mixd precison" still finds it. */
const FUZZINESS = 0.2;
const MIN_FUZZY_LENGTH = 4;
const MAX_EDITS = 2;
/** A query that is exactly a title or alias ("LoRA", "混合精度") puts that document first. */
const EXACT_NAME_BOOST = 3;

interface IndexedDocument {
  key: string;
  titleZh: string;
  titleEn: string;
  aliases: string;
  code: string;
  body: string;
}

interface DocumentInfo {
  kind: SearchKind;
  id: string;
  title: Bilingual;
  /** Plain prose per language, for snippets. */
  text: Bilingual;
  /** Normalised titles and aliases, for the exact-name boost. */
  names: Set<string>;
}

export function createSearchIndex(bundle: ContentBundle): SearchIndex {
  let built: { mini: MiniSearch<IndexedDocument>; info: Map<string, DocumentInfo> } | undefined;
  const build = () => (built ??= buildIndex(bundle));
  return {
    search(query, options = {}) {
      const { mini, info } = build();
      return runSearch(mini, info, query, options);
    },
    warmUp() {
      build();
    },
  };
}

function buildIndex(bundle: ContentBundle): { mini: MiniSearch<IndexedDocument>; info: Map<string, DocumentInfo> } {
  const mini = new MiniSearch<IndexedDocument>({
    idField: 'key',
    fields: Object.keys(SEARCH_FIELD_BOOSTS),
    tokenize: tokenizeForSearch,
    // Tokens are already normalised (NFKC, lower-cased Latin).
    processTerm: (term) => term,
  });
  const info = new Map<string, DocumentInfo>();
  const documents: IndexedDocument[] = [];
  for (const entry of bundle.entries) add(entryDocument(entry));
  for (const term of bundle.terms) add(termDocument(term));
  mini.addAll(documents);
  return { mini, info };

  function add([doc, docInfo]: [IndexedDocument, DocumentInfo]): void {
    documents.push(doc);
    info.set(doc.key, docInfo);
  }
}

function entryDocument(entry: Entry): [IndexedDocument, DocumentInfo] {
  const key = `entry:${entry.id}`;
  const code = new Set<string>();
  const prose = (lang: Lang): string =>
    [entry.question[lang], entry.answer[lang], entry.analysis[lang]]
      .map((md) => {
        const plain = markdownToPlainText(md);
        plain.code.forEach((c) => code.add(c));
        return plain.prose;
      })
      .join(' ');
  const text: Bilingual = { zh: prose('zh'), en: prose('en') };
  return [
    { key, titleZh: entry.title.zh, titleEn: entry.title.en, aliases: '', code: [...code].join('\n'), body: [text.zh, text.en].join('\n') },
    { kind: 'entry', id: entry.id, title: entry.title, text, names: new Set([nameKey(entry.title.zh), nameKey(entry.title.en)]) },
  ];
}

function termDocument(term: Term): [IndexedDocument, DocumentInfo] {
  const key = `term:${term.id}`;
  const text: Bilingual = { zh: markdownToPlainText(term.definition.zh).prose, en: markdownToPlainText(term.definition.en).prose };
  const names = new Set([term.term.zh, term.term.en, ...term.aliases].map(nameKey));
  return [
    {
      key,
      titleZh: term.term.zh,
      titleEn: term.term.en,
      aliases: term.aliases.join('\n'),
      // Identifiers that imply the term ("torch.autocast"), without their explanatory notes.
      code: term.codeSignals.map(codeSignalIdentifier).join('\n'),
      body: [text.zh, text.en].join('\n'),
    },
    { kind: 'term', id: term.id, title: term.term, text, names },
  ];
}

/** `torch.cuda.amp.autocast (deprecated since …)` → `torch.cuda.amp.autocast`. */
function codeSignalIdentifier(signal: string): string {
  return signal.replace(/\s+\(.*\)$/s, '');
}

/** Case, width and punctuation do not matter when comparing a query with a name. */
function nameKey(text: string): string {
  return tokenizeForSearch(text).join(' ');
}

function runSearch(mini: MiniSearch<IndexedDocument>, info: Map<string, DocumentInfo>, query: string, options: SearchOptions): SearchHit[] {
  const limit = options.limit ?? 20;
  if (limit <= 0 || tokenizeForSearch(query).length === 0) return [];
  const queryName = nameKey(query);
  const kinds = new Set(options.kinds ?? ['entry', 'term']);
  const exactOptions = {
    boost: { ...SEARCH_FIELD_BOOSTS },
    combineWith: 'OR' as const,
    prefix: (term: string, i: number, terms: string[]) => (isCjkToken(term) ? term.length === 1 : i === lastLatinIndex(terms)),
    boostDocument: (key: string) => (info.get(key)?.names.has(queryName) ? EXACT_NAME_BOOST : 1),
    filter: (result: SearchResult) => kinds.has(info.get(result.id)?.kind ?? 'entry'),
  };
  let results = mini.search(query, exactOptions);
  // Typo tolerance is the expensive part of a search: only pay for it when a word of the query
  // found nothing as written, and then allow at most two edits.
  const matched = new Set(results.flatMap((r) => r.queryTerms));
  if (tokenizeForSearch(query).some((t) => isFuzzyCandidate(t) && !matched.has(t))) {
    results = mini.search(query, { ...exactOptions, fuzzy: (term: string) => (isFuzzyCandidate(term) ? FUZZINESS : false), maxFuzzy: MAX_EDITS });
  }
  // BM25 adds up the query terms a document matches, so a short title matching one bigram of
  // four ("混合" of 混合精度) can outscore a text matching them all. Weigh by coverage.
  const queryTermCount = new Set(tokenizeForSearch(query)).size;
  const ranked = results
    .map((result) => ({ result, score: result.score * (new Set(result.queryTerms).size / queryTermCount) ** 2 }))
    .sort((a, b) => b.score - a.score);
  return ranked.slice(0, limit).flatMap(({ result, score }) => {
    const doc = info.get(result.id);
    return doc ? [toHit(result, score, doc, options.lang ?? 'en')] : [];
  });
}

/** Typos are only tolerated in longer words without digits (fp16 is not a typo of fp32). */
function isFuzzyCandidate(term: string): boolean {
  return !isCjkToken(term) && term.length >= MIN_FUZZY_LENGTH && !/\d/.test(term);
}

function lastLatinIndex(terms: string[]): number {
  for (let i = terms.length - 1; i >= 0; i--) if (!isCjkToken(terms[i])) return i;
  return -1;
}

function toHit(result: SearchResult, score: number, doc: DocumentInfo, lang: Lang): SearchHit {
  const fields = new Set<SearchField>();
  const bodyTerms: string[] = [];
  for (const [term, matched] of Object.entries(result.match)) {
    for (const field of matched) {
      const name = FIELD_OF[field as IndexField];
      if (name) fields.add(name);
    }
    if (matched.includes('body')) bodyTerms.push(term);
  }
  const hit: SearchHit = {
    kind: doc.kind,
    id: doc.id,
    title: doc.title,
    score,
    matchedFields: FIELD_ORDER.filter((f) => fields.has(f)),
  };
  if (bodyTerms.length) {
    const other: Lang = lang === 'zh' ? 'en' : 'zh';
    for (const l of [lang, other]) {
      const snippet = makeSnippet(doc.text[l], bodyTerms);
      if (snippet) {
        hit.snippet = { ...snippet, lang: l };
        break;
      }
    }
  }
  return hit;
}
