// Just enough lexical grammar per language for the code highlighter: comments, strings,
// numbers, words and a few language-specific shapes. Not parsers: they only have to colour
// typical snippets sensibly and never lose or reorder text.

export type CodeLanguage = 'python' | 'json' | 'yaml' | 'bash' | 'typescript';

export interface CodeGrammar {
  keywords: ReadonlySet<string>;
  /** Constants shown as literals: True/None, true/null, … */
  literals: ReadonlySet<string>;
  /** Built-in type names shown as types. */
  types: ReadonlySet<string>;
  /** Words after which the next word names a type (class Foo) or a function (def foo). */
  typeIntroducers: ReadonlySet<string>;
  functionIntroducers: ReadonlySet<string>;
  lineComments: readonly string[];
  blockComment?: readonly [open: string, close: string];
  /** `#` starts a comment only at the start of a word (shell and YAML: `a#b` is text). */
  commentNeedsBoundary: boolean;
  /** Longest first, so `"""` wins over `"`. */
  quotes: readonly string[];
  /** Quotes whose strings may span lines. */
  multilineQuotes: ReadonlySet<string>;
  /** Quotes in which a backslash escapes the next character. */
  escapingQuotes: ReadonlySet<string>;
  /** A quote starts a string only at the start of a word (YAML `it's`, shell `don't`). */
  quoteNeedsBoundary: boolean;
  /** Sticky; a string prefix such as Python's f/r/b, matched only when a quote follows. */
  stringPrefix?: RegExp;
  /** Sticky. */
  number: RegExp;
  /** Sticky. */
  word: RegExp;
  decorators: 'none' | 'line-start' | 'anywhere';
  shellVariables: boolean;
  /** Words and strings followed by a colon are keys (JSON, YAML). */
  keysBeforeColon?: RegExp;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));
const NONE = words('');

const PYTHON: CodeGrammar = {
  keywords: words(`and as assert async await break class continue def del elif else except finally for from global
    if import in is lambda nonlocal not or pass raise return try while with yield match case`),
  literals: words('True False None Ellipsis NotImplemented'),
  types: NONE,
  typeIntroducers: words('class'),
  functionIntroducers: words('def'),
  lineComments: ['#'],
  commentNeedsBoundary: false,
  quotes: ['"""', "'''", '"', "'"],
  multilineQuotes: words(`""" '''`),
  escapingQuotes: words(`""" ''' " '`),
  quoteNeedsBoundary: false,
  stringPrefix: /(?:[rR][bBfF]?|[bBfF][rR]?|[uU])(?=['"])/y,
  number: /(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?)(?![\w])/y,
  word: /[A-Za-z_][A-Za-z0-9_]*/y,
  decorators: 'line-start',
  shellVariables: false,
};

const TYPESCRIPT: CodeGrammar = {
  keywords: words(`break case catch class const continue debugger default delete do else enum export extends finally
    for function if import in instanceof new return super switch this throw try typeof var void while with yield let
    static implements interface private protected public as async await of type namespace declare readonly abstract
    keyof infer is satisfies from get set`),
  literals: words('true false null undefined NaN Infinity'),
  types: words('string number boolean any unknown never object symbol bigint'),
  typeIntroducers: words('class interface type enum extends implements new'),
  functionIntroducers: words('function'),
  lineComments: ['//'],
  blockComment: ['/*', '*/'],
  commentNeedsBoundary: false,
  quotes: ['`', '"', "'"],
  multilineQuotes: words('`'),
  escapingQuotes: words(`\` " '`),
  quoteNeedsBoundary: false,
  number: /(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?)n?(?![\w$])/y,
  word: /[A-Za-z_$][A-Za-z0-9_$]*/y,
  decorators: 'anywhere',
  shellVariables: false,
};

const JSON_GRAMMAR: CodeGrammar = {
  keywords: NONE,
  literals: words('true false null'),
  types: NONE,
  typeIntroducers: NONE,
  functionIntroducers: NONE,
  // JSONC comments: harmless for strict JSON, which never contains them outside strings.
  lineComments: ['//'],
  blockComment: ['/*', '*/'],
  commentNeedsBoundary: false,
  quotes: ['"'],
  multilineQuotes: NONE,
  escapingQuotes: words('"'),
  quoteNeedsBoundary: false,
  number: /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?(?![\w])/y,
  word: /[A-Za-z_][A-Za-z0-9_]*/y,
  decorators: 'none',
  shellVariables: false,
  keysBeforeColon: /\s*:/y,
};

const YAML: CodeGrammar = {
  keywords: NONE,
  literals: words('true false null True False Null TRUE FALSE NULL yes no on off Yes No On Off ~'),
  types: NONE,
  typeIntroducers: NONE,
  functionIntroducers: NONE,
  lineComments: ['#'],
  commentNeedsBoundary: true,
  quotes: ['"', "'"],
  multilineQuotes: NONE,
  escapingQuotes: words('"'),
  quoteNeedsBoundary: true,
  number: /[-+]?(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)(?![\w.-])/y,
  // Keys may contain dashes and dots (max-len, a.b); `~` is YAML's null.
  word: /[A-Za-z_][A-Za-z0-9_.-]*|~/y,
  decorators: 'none',
  shellVariables: false,
  keysBeforeColon: /[ \t]*:(?=\s|$)/y,
};

const BASH: CodeGrammar = {
  keywords: words(`if then elif else fi for while until do done case esac in function select return break continue
    exit export local readonly declare source alias unset set time`),
  literals: NONE,
  types: NONE,
  typeIntroducers: NONE,
  functionIntroducers: words('function'),
  lineComments: ['#'],
  commentNeedsBoundary: true,
  quotes: ['"', "'"],
  multilineQuotes: words(`" '`),
  escapingQuotes: words('"'),
  quoteNeedsBoundary: true,
  number: /\d+(?:\.\d+)?(?![\w./+%@:,=-])/y,
  // Shell words include dashes and dots, so `--in-place` is one word, not the keyword `in`.
  word: /[A-Za-z_./-][A-Za-z0-9_./+%@:,=-]*/y,
  decorators: 'none',
  shellVariables: true,
};

const GRAMMARS: Record<CodeLanguage, CodeGrammar> = {
  python: PYTHON,
  typescript: TYPESCRIPT,
  json: JSON_GRAMMAR,
  yaml: YAML,
  bash: BASH,
};

const LANGUAGE_ALIASES: Record<string, CodeLanguage> = {
  python: 'python',
  py: 'python',
  python3: 'python',
  ipython: 'python',
  json: 'json',
  jsonc: 'json',
  json5: 'json',
  yaml: 'yaml',
  yml: 'yaml',
  bash: 'bash',
  sh: 'bash',
  shell: 'bash',
  zsh: 'bash',
  console: 'bash',
  typescript: 'typescript',
  ts: 'typescript',
  tsx: 'typescript',
  javascript: 'typescript',
  js: 'typescript',
  jsx: 'typescript',
  mjs: 'typescript',
  cjs: 'typescript',
};

/** The supported language a fence info string or example language names, if any. */
export function codeLanguageOf(name: string): CodeLanguage | undefined {
  const key = name.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return Object.hasOwn(LANGUAGE_ALIASES, key) ? LANGUAGE_ALIASES[key] : undefined;
}

export function grammarFor(language: CodeLanguage): CodeGrammar {
  return GRAMMARS[language];
}
