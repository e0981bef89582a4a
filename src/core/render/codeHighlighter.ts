// A small, dependency-free syntax highlighter for the answer panel's code blocks (Python,
// JSON, YAML, shell, TypeScript/JavaScript). highlight.js or Prism would add far more weight
// than the snippets in the knowledge base need.
//
// Emitted classes (the panel stylesheet maps them to theme colours):
//   tok-keyword    language keywords: def, return, const, if, fi …
//   tok-literal    constants: True/False/None, true/false/null/undefined, YAML yes/no/~
//   tok-string     string literals, including prefixes (f"…"), triple quotes, templates
//   tok-comment    line and block comments
//   tok-number     numeric literals
//   tok-function   called or defined function names: foo( …, def foo, function foo
//   tok-type       class, interface and built-in type names
//   tok-decorator  @decorators
//   tok-property   JSON and YAML keys
//   tok-variable   shell variables: $HOME, ${X}, $1
import { codeLanguageOf, grammarFor, type CodeGrammar, type CodeLanguage } from './codeGrammars';
import { escapeHtml } from './htmlEscape';

export type CodeTokenKind =
  | 'keyword'
  | 'literal'
  | 'string'
  | 'comment'
  | 'number'
  | 'function'
  | 'type'
  | 'decorator'
  | 'property'
  | 'variable';

export const CODE_TOKEN_KINDS: readonly CodeTokenKind[] = [
  'keyword',
  'literal',
  'string',
  'comment',
  'number',
  'function',
  'type',
  'decorator',
  'property',
  'variable',
];

/** A run of source text; plain text has no kind. Concatenating all texts gives the source back. */
export interface CodeToken {
  text: string;
  kind?: CodeTokenKind;
}

export function tokenClass(kind: CodeTokenKind): string {
  return `tok-${kind}`;
}

/**
 * Escaped HTML for a code block's content, with `<span class="tok-…">` around recognised tokens.
 * Unknown languages come back escaped and uncoloured.
 */
export function highlightCode(code: string, languageName: string): string {
  const language = codeLanguageOf(languageName);
  if (!language) return escapeHtml(code);
  return tokenizeCode(code, language)
    .map((t) => (t.kind ? `<span class="${tokenClass(t.kind)}">${escapeHtml(t.text)}</span>` : escapeHtml(t.text)))
    .join('');
}

const DECORATOR = /@[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/y;
const SHELL_VARIABLE = /\$(?:\{[^}\n]*\}|[A-Za-z_][A-Za-z0-9_]*|[0-9@#?$!*-])/y;
const CALL_PAREN = /[ \t]*\(/y;
const WORD_CHAR = /[\p{L}\p{N}_$]/u;

function matchAt(re: RegExp, text: string, pos: number): number | undefined {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m && m[0].length > 0 ? pos + m[0].length : undefined;
}

export function tokenizeCode(code: string, language: CodeLanguage): CodeToken[] {
  return new CodeScanner(code, grammarFor(language)).run();
}

class CodeScanner {
  private readonly tokens: CodeToken[] = [];
  private pos = 0;
  private plainStart = 0;
  /** The previous word, while only whitespace followed it: `def` makes the next word a function. */
  private previousWord = '';

  constructor(
    private readonly code: string,
    private readonly grammar: CodeGrammar,
  ) {}

  run(): CodeToken[] {
    const { code } = this;
    while (this.pos < code.length) {
      if (this.comment() || this.string() || this.decorator() || this.variable() || this.number() || this.word()) continue;
      if (!/\s/.test(code[this.pos])) this.previousWord = '';
      this.pos++;
    }
    this.flushPlain(code.length);
    return this.tokens;
  }

  private emit(kind: CodeTokenKind | undefined, end: number): true {
    this.flushPlain(this.pos);
    this.tokens.push(kind ? { kind, text: this.code.slice(this.pos, end) } : { text: this.code.slice(this.pos, end) });
    this.pos = end;
    this.plainStart = end;
    return true;
  }

  private flushPlain(end: number): void {
    if (end > this.plainStart) this.tokens.push({ text: this.code.slice(this.plainStart, end) });
    this.plainStart = end;
  }

  private comment(): boolean {
    const { code, pos, grammar } = this;
    const block = grammar.blockComment;
    if (block && code.startsWith(block[0], pos)) {
      const close = code.indexOf(block[1], pos + block[0].length);
      return this.emitNonWord('comment', close < 0 ? code.length : close + block[1].length);
    }
    if (!grammar.lineComments.some((c) => code.startsWith(c, pos))) return false;
    if (grammar.commentNeedsBoundary && pos > 0 && !/\s/.test(code[pos - 1])) return false;
    const newline = code.indexOf('\n', pos);
    return this.emitNonWord('comment', newline < 0 ? code.length : newline);
  }

  private string(): boolean {
    const { code, pos, grammar } = this;
    if (grammar.quoteNeedsBoundary && pos > 0 && WORD_CHAR.test(code[pos - 1])) return false;
    const quoteAt = (grammar.stringPrefix && matchAt(grammar.stringPrefix, code, pos)) || pos;
    const quote = grammar.quotes.find((q) => code.startsWith(q, quoteAt));
    if (!quote) return false;
    const end = this.stringEnd(quoteAt + quote.length, quote);
    const kind = grammar.keysBeforeColon && matchAt(grammar.keysBeforeColon, code, end) ? 'property' : 'string';
    return this.emitNonWord(kind, end);
  }

  /** Where a string opened by `quote` ends; an unterminated one ends at its line (or the text). */
  private stringEnd(from: number, quote: string): number {
    const { code, grammar } = this;
    const escapes = grammar.escapingQuotes.has(quote);
    const multiline = grammar.multilineQuotes.has(quote);
    for (let i = from; i < code.length; i++) {
      if (escapes && code[i] === '\\') {
        i++;
        continue;
      }
      if (code.startsWith(quote, i)) return i + quote.length;
      if (code[i] === '\n' && !multiline) return i;
    }
    return code.length;
  }

  private decorator(): boolean {
    const { code, pos, grammar } = this;
    if (grammar.decorators === 'none' || code[pos] !== '@') return false;
    if (grammar.decorators === 'line-start' && code.slice(code.lastIndexOf('\n', pos - 1) + 1, pos).trim() !== '') return false;
    const end = matchAt(DECORATOR, code, pos);
    return end !== undefined && this.emitNonWord('decorator', end);
  }

  private variable(): boolean {
    if (!this.grammar.shellVariables || this.code[this.pos] !== '$') return false;
    const end = matchAt(SHELL_VARIABLE, this.code, this.pos);
    return end !== undefined && this.emitNonWord('variable', end);
  }

  private number(): boolean {
    const { code, pos } = this;
    if (pos > 0 && /[A-Za-z0-9_$.]/.test(code[pos - 1])) return false;
    const end = matchAt(this.grammar.number, code, pos);
    return end !== undefined && this.emitNonWord('number', end);
  }

  private word(): boolean {
    const { code, pos, grammar } = this;
    const end = matchAt(grammar.word, code, pos);
    if (end === undefined) return false;
    const word = code.slice(pos, end);
    const kind = this.classifyWord(word, end);
    this.previousWord = word;
    return this.emit(kind, end);
  }

  private classifyWord(word: string, end: number): CodeTokenKind | undefined {
    const { grammar, code } = this;
    if (grammar.keysBeforeColon && matchAt(grammar.keysBeforeColon, code, end)) return 'property';
    const isCall = matchAt(CALL_PAREN, code, end) !== undefined;
    // An attribute is never a keyword: re.match(…), x.type, torch.float16.
    if (code[end - word.length - 1] === '.') return isCall ? 'function' : undefined;
    if (grammar.keywords.has(word)) return 'keyword';
    if (grammar.literals.has(word)) return 'literal';
    if (grammar.types.has(word)) return 'type';
    if (grammar.typeIntroducers.has(this.previousWord)) return 'type';
    if (grammar.functionIntroducers.has(this.previousWord)) return 'function';
    return isCall ? 'function' : undefined;
  }

  private emitNonWord(kind: CodeTokenKind, end: number): true {
    this.previousWord = '';
    return this.emit(kind, end);
  }
}
