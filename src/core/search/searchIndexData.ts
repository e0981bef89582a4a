// What a search needs, built once per content: a MiniSearch index over five fields of every
// entry and glossary term, and beside it each indexed term's statistics per field (in how many
// documents, and how often in each: a compact copy of the index's term frequencies), each
// document's field lengths, the Latin terms as a radix tree (prefix completion, typo correction)
// and the documents' names (exact-name boost).
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Bilingual, ContentBundle, Entry, Lang, Term } from '../knowledge/model';
import { hasOnlyPlainWords, isCjkToken, tokenizeForSearch } from './cjkTokenizer';
import { markdownToPlainText } from './markdownPlainText';

export type SearchKind = 'entry' | 'term';

/** Field weights: a title match outranks an alias match, which outranks a mention in the text. */
export const SEARCH_FIELD_BOOSTS = { titleZh: 4, titleEn: 4, aliases: 3, code: 1, body: 1 } as const;
export type IndexField = keyof typeof SEARCH_FIELD_BOOSTS;
export const INDEX_FIELDS = Object.keys(SEARCH_FIELD_BOOSTS) as IndexField[];
const FIELD_COUNT = INDEX_FIELDS.length;

/** MiniSearch's BM25+ parameters and prefix/fuzzy weights, spelled out: the search's pruning relies on them. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
export const PREFIX_WEIGHT = 0.375;
export const FUZZY_WEIGHT = 0.45;

/** A bit per kind, for sets of kinds. */
export const KIND_BIT: Record<SearchKind, number> = { entry: 1, term: 2 };

export interface IndexedDocument {
  kind: SearchKind;
  id: string;
  title: Bilingual;
  /** Plain prose per language, for snippets… */
  text: Bilingual;
  /** …and whether it has only plain words (hasOnlyPlainWords), which makes snippets quicker to cut. */
  plainWords: Record<Lang, boolean>;
}

export interface SearchIndexData {
  /** MiniSearch ids are positions in `docs`; terms are indexed under indexKey(term). */
  mini: MiniSearch<{ id: number }>;
  docs: IndexedDocument[];
  /** KIND_BIT of each document. */
  kinds: Uint8Array;
  /** Per field, each document's number of distinct terms in it (BM25's field length, as MiniSearch counts it)… */
  fieldLengths: Uint32Array[];
  /** …and its mean, as MiniSearch computes it. */
  averageFieldLengths: number[];
  /** Every indexed term and its number in the statistics below. */
  termIds: Map<string, number>;
  /**
   * Per term and field (at = term × fields + field): the documents that have it,
   * postingDocuments[postingStart[at] … postingStart[at + 1]), each having it postingFrequency
   * times. What a search reads to tell which documents can make the page, before MiniSearch
   * scores those.
   */
  postingStart: Int32Array;
  postingDocuments: Int32Array;
  postingFrequency: Int32Array;
  /** Per term: KIND_BIT of the documents that have it. */
  termKinds: Uint8Array;
  /**
   * The Latin terms (→ their numbers) again, as a radix tree for completion and typo
   * correction. CJK bigrams stay out: no typo is tolerated in them, and their thousands of first
   * characters would make every fuzzy walk visit them all.
   */
  latinTerms: SearchableMap<number>;
  /** CJK terms by their first character: the completions of a lone character. */
  cjkCompletions: Map<string, string[]>;
  /** Titles and aliases (nameKey) → the documents they name. */
  byName: Map<string, number[]>;
}

/** A document as indexed: what a hit shows, the text of each field, and the names it goes by. */
export interface SearchDocument {
  doc: IndexedDocument;
  fields: Record<IndexField, string>;
  names: string[];
}

/** Options of the index; queries are already indexed terms, joined by spaces. */
export const MINISEARCH_OPTIONS = {
  fields: INDEX_FIELDS,
  tokenize: (terms: string) => terms.split(' '),
  processTerm: (term: string) => term,
  searchOptions: { bm25: BM25, weights: { prefix: PREFIX_WEIGHT, fuzzy: FUZZY_WEIGHT } },
};

export function buildSearchIndexData(bundle: ContentBundle): SearchIndexData {
  const count = bundle.entries.length + bundle.terms.length;
  const docs: IndexedDocument[] = [];
  const kinds = new Uint8Array(count);
  const fieldLengths = INDEX_FIELDS.map(() => new Uint32Array(count));
  const byName = new Map<string, number[]>();
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const occurrences = new OccurrenceLog();
  const add = ({ doc, fields: texts, names }: SearchDocument): void => {
    const id = docs.length;
    docs.push(doc);
    kinds[id] = KIND_BIT[doc.kind];
    for (const name of new Set(names.map(nameKey))) {
      const ids = byName.get(name);
      if (ids) ids.push(id);
      else byName.set(name, [id]);
    }
    INDEX_FIELDS.forEach((field, f) => {
      let distinct = 0;
      for (const token of tokenizeForSearch(texts[field])) {
        let term = termIds.get(token);
        if (term === undefined) {
          termIds.set(token, (term = terms.length));
          terms.push(token);
        }
        if (occurrences.count(term, id * FIELD_COUNT + f)) distinct++;
      }
      fieldLengths[f][id] = distinct;
    });
  };
  for (const document of searchDocuments(bundle)) add(document);

  // MiniSearch builds its index one token at a time, walking its radix tree for each: most of a
  // large index's build time. Loading the same index from MiniSearch's serialised form walks it
  // once per term. Each term's entry goes through JSON.parse, which makes objects keyed by
  // document numbers much faster than assigning them.
  const documentFrequency = new Int32Array(terms.length * FIELD_COUNT);
  const termKinds = new Uint8Array(terms.length);
  const documentKeys = docs.map((_, id) => `"${id}":`);
  const fieldEntries = INDEX_FIELDS.map(() => '');
  const index = terms.map((term, t): [string, Record<number, Record<number, number>>] => {
    fieldEntries.fill('');
    for (let o = occurrences.first[t]; o >= 0; o = occurrences.next[o]) {
      const place = occurrences.places[o];
      const id = (place / FIELD_COUNT) | 0;
      const f = place - id * FIELD_COUNT;
      const at = t * FIELD_COUNT + f;
      const tf = occurrences.counts[o];
      fieldEntries[f] += (documentFrequency[at]++ ? ',' : '') + documentKeys[id] + tf;
      termKinds[t] |= kinds[id];
    }
    let json = '';
    fieldEntries.forEach((entries, f) => {
      if (entries) json += `${json ? ',' : ''}"${f}":{${entries}}`;
    });
    return [indexKey(term), JSON.parse(`{${json}}`) as Record<number, Record<number, number>>];
  });
  const postingStart = new Int32Array(documentFrequency.length + 1);
  for (let at = 0; at < documentFrequency.length; at++) postingStart[at + 1] = postingStart[at] + documentFrequency[at];
  const postingDocuments = new Int32Array(postingStart[documentFrequency.length]);
  const postingFrequency = new Int32Array(postingDocuments.length);
  const cursor = postingStart.slice(0, -1);
  for (let t = 0; t < terms.length; t++) {
    for (let o = occurrences.first[t]; o >= 0; o = occurrences.next[o]) {
      const place = occurrences.places[o];
      const id = (place / FIELD_COUNT) | 0;
      const p = cursor[t * FIELD_COUNT + place - id * FIELD_COUNT]++;
      postingDocuments[p] = id;
      postingFrequency[p] = occurrences.counts[o];
    }
  }
  // MiniSearch's running mean, as its add() computes it, so the index is the one it would build.
  const averageFieldLengths = fieldLengths.map((lengths) => lengths.reduce((mean, n, i) => (mean * i + n) / (i + 1), 0));
  const mini = MiniSearch.loadJS<{ id: number }>(
    {
      documentCount: count,
      nextId: count,
      documentIds: Object.fromEntries(docs.map((_, id) => [id, id])),
      fieldIds: Object.fromEntries(INDEX_FIELDS.map((field, f) => [field, f])),
      fieldLength: Object.fromEntries(docs.map((_, id) => [id, fieldLengths.map((lengths) => lengths[id])])),
      averageFieldLength: averageFieldLengths,
      storedFields: {},
      dirtCount: 0,
      index,
      serializationVersion: 2,
    },
    MINISEARCH_OPTIONS,
  );

  const latinTerms = new SearchableMap<number>();
  const cjkCompletions = new Map<string, string[]>();
  terms.forEach((term, t) => {
    if (!isCjkToken(term)) latinTerms.set(term, t);
    else if (term.length > 1) {
      const completions = cjkCompletions.get(term[0]);
      if (completions) completions.push(term);
      else cjkCompletions.set(term[0], [term]);
    }
  });
  return {
    mini,
    docs,
    kinds,
    fieldLengths,
    averageFieldLengths,
    termIds,
    postingStart,
    postingDocuments,
    postingFrequency,
    termKinds,
    latinTerms,
    cjkCompletions,
    byName,
  };
}

/**
 * A term as MiniSearch indexes it. MiniSearch keeps terms in a radix tree whose nodes it scans
 * key by key; CJK terms start with thousands of different characters, so they go in as their
 * UTF-16 code units in hex, after a "~" (never part of a token): a few dozen keys per node.
 */
export function indexKey(term: string): string {
  if (!isCjkToken(term)) return term;
  let key = '~';
  for (let i = 0; i < term.length; i++) key += term.charCodeAt(i).toString(16).padStart(4, '0');
  return key;
}

/** Case, width and punctuation do not matter when comparing a query with a name. */
export function nameKey(text: string): string {
  return tokenizeForSearch(text).join(' ');
}

/**
 * The terms' occurrences while building: for each term, the places (document × field) it
 * occurs in, in the order counted, and how often; chained per term in flat typed arrays, as a
 * large index has millions.
 */
class OccurrenceLog {
  /** Per place a term occurs in: the place, the count there, the term's next place (-1 after its last). */
  places: Int32Array = new Int32Array(1 << 16);
  counts: Int32Array = new Int32Array(1 << 16);
  next: Int32Array = new Int32Array(1 << 16);
  /** Per term: its first place (-1 for none) and its last. */
  first: Int32Array = new Int32Array(1 << 12).fill(-1);
  private last: Int32Array = new Int32Array(1 << 12).fill(-1);
  private size = 0;

  /** Counts one occurrence; true when it is the term's first in this place. */
  count(term: number, place: number): boolean {
    if (term >= this.first.length) {
      this.first = grow(this.first, -1);
      this.last = grow(this.last, -1);
    }
    const last = this.last[term];
    if (last >= 0 && this.places[last] === place) {
      this.counts[last]++;
      return false;
    }
    if (this.size === this.places.length) {
      this.places = grow(this.places, 0);
      this.counts = grow(this.counts, 0);
      this.next = grow(this.next, 0);
    }
    const o = this.size++;
    this.places[o] = place;
    this.counts[o] = 1;
    this.next[o] = -1;
    if (last >= 0) this.next[last] = o;
    else this.first[term] = o;
    this.last[term] = o;
    return true;
  }
}

function grow(array: Int32Array, fill: number): Int32Array {
  const bigger = new Int32Array(array.length * 2).fill(fill, array.length);
  bigger.set(array);
  return bigger;
}

/** Entries, then glossary terms, as indexed. */
export function* searchDocuments(bundle: ContentBundle): Generator<SearchDocument> {
  for (const entry of bundle.entries) yield entryDocument(entry);
  for (const term of bundle.terms) yield termDocument(term);
}

function entryDocument(entry: Entry): SearchDocument {
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
  return {
    doc: { kind: 'entry', id: entry.id, title: entry.title, text, plainWords: plainWordsOf(text) },
    fields: { titleZh: entry.title.zh, titleEn: entry.title.en, aliases: '', code: [...code].join('\n'), body: [text.zh, text.en].join('\n') },
    names: [entry.title.zh, entry.title.en],
  };
}

function termDocument(term: Term): SearchDocument {
  const text: Bilingual = { zh: markdownToPlainText(term.definition.zh).prose, en: markdownToPlainText(term.definition.en).prose };
  return {
    doc: { kind: 'term', id: term.id, title: term.term, text, plainWords: plainWordsOf(text) },
    fields: {
      titleZh: term.term.zh,
      titleEn: term.term.en,
      aliases: term.aliases.join('\n'),
      // Identifiers that imply the term ("torch.autocast"), without their explanatory notes.
      code: term.codeSignals.map(codeSignalIdentifier).join('\n'),
      body: [text.zh, text.en].join('\n'),
    },
    names: [term.term.zh, term.term.en, ...term.aliases],
  };
}

function plainWordsOf(text: Bilingual): Record<Lang, boolean> {
  return { zh: hasOnlyPlainWords(text.zh), en: hasOnlyPlainWords(text.en) };
}

/** `torch.cuda.amp.autocast (deprecated since …)` → `torch.cuda.amp.autocast`. */
function codeSignalIdentifier(signal: string): string {
  return signal.replace(/\s+\(.*\)$/s, '');
}
