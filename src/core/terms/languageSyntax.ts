// How each language writes comments and strings: just enough for the comment lexer to tell prose
// (comments, docstrings) from code and to skip string literals that contain comment markers.

/**
 * Where a line-comment token counts. `afterSpace`: only at the start of a word (shell `a#b` and
 * YAML `key#x` are not comments); `lineStart`: only as the first non-blank text on its line (INI).
 */
export type LineCommentPosition = 'anywhere' | 'afterSpace' | 'lineStart';

export interface LineCommentRule {
  token: string;
  position?: LineCommentPosition;
  /** Characters that, right before the token, make it code (`$#` in shell and Perl). */
  unlessPrecededBy?: string;
  /** Characters that, right after the token, make it code (PHP 8 attributes `#[…]`). */
  unlessFollowedBy?: string;
}

export interface BlockCommentRule {
  open: string;
  close: string;
  /** Rust, Swift, Kotlin, Scala, Dart, Haskell, Julia, F#: an inner opener needs its own closer. */
  nests?: boolean;
  /** Ruby `=begin`/`=end`, Perl POD: both markers only count in column 0. */
  lineStart?: boolean;
  /** Lua `--[[ ]]` / `--[==[ ]==]`: `open` is `--`, then a long bracket of any level. */
  form?: 'luaLong';
}

/**
 * String literal forms. `plain`: open … close, with an optional escape character.
 * `rawHashes`: Rust `r#"…"#` (open `r`) and Swift `#"…"#` (open ``), closed by the quote and as many
 * hashes. `cppRaw`: C++ `R"delim(…)delim"`. `luaLong`: Lua `[[…]]` / `[==[…]==]`. `char`: a char
 * literal (`'a'`, `'\n'`, `'"'`) told apart from Rust lifetimes and Haskell primes by its length.
 */
export type StringForm = 'plain' | 'rawHashes' | 'cppRaw' | 'luaLong' | 'char';

export interface StringRule {
  open: string;
  close: string;
  form?: StringForm;
  escape?: string;
  /** Whether a newline ends the literal (single-line strings end there even when unterminated). */
  multiline?: boolean;
  /** JS template literals, Kotlin/Dart strings: code (possibly with strings) between `${` and `}`. */
  interpolation?: { open: string; close: string };
  /** Python/Julia: this literal, as the first thing in a statement, is documentation. */
  docstring?: boolean;
}

export interface CommentSyntax {
  lineComments: LineCommentRule[];
  blockComments: BlockCommentRule[];
  /** Tried in order: put longer openers (`"""`) before their prefixes (`"`). */
  strings: StringRule[];
  /** JavaScript-like: `/…/` after an operator or `(` is a regular expression, not a comment or division. */
  regexLiterals?: boolean;
  /** Markdown and plain text: everything is prose. */
  wholeTextIsProse?: boolean;
}

// --- building blocks -------------------------------------------------------------------------

const line = (token: string, position: LineCommentPosition = 'anywhere', unlessPrecededBy?: string): LineCommentRule =>
  unlessPrecededBy ? { token, position, unlessPrecededBy } : { token, position };
const block = (open: string, close: string, nests = false): BlockCommentRule => ({ open, close, nests });
const str = (quote: string, escape: string | undefined = '\\', multiline = false): StringRule =>
  escape ? { open: quote, close: quote, escape, multiline } : { open: quote, close: quote, multiline };
const triple = (quote: string, docstring = false): StringRule => ({
  open: quote.repeat(3),
  close: quote.repeat(3),
  escape: '\\',
  multiline: true,
  docstring,
});
const CHAR: StringRule = { open: "'", close: "'", form: 'char', escape: '\\' };
const DQ = str('"');
const SQ = str("'");
const SLASH = line('//');
const C_BLOCK = block('/*', '*/');
const C_BLOCK_NESTED = block('/*', '*/', true);
const HASH = line('#');
const PROSE: CommentSyntax = { lineComments: [], blockComments: [], strings: [], wholeTextIsProse: true };

const C_LIKE: CommentSyntax = { lineComments: [SLASH], blockComments: [C_BLOCK], strings: [DQ, CHAR] };

const CPP: CommentSyntax = {
  lineComments: [SLASH],
  blockComments: [C_BLOCK],
  strings: [{ open: 'R"', close: '"', form: 'cppRaw' }, DQ, CHAR],
};

const JS: CommentSyntax = {
  lineComments: [SLASH],
  // JSX comments are `{/* … */}`: the braces are code, the inside an ordinary block comment.
  blockComments: [C_BLOCK],
  strings: [DQ, SQ, { open: '`', close: '`', escape: '\\', multiline: true, interpolation: { open: '${', close: '}' } }],
  regexLiterals: true,
};

const PYTHON: CommentSyntax = {
  lineComments: [HASH],
  blockComments: [],
  strings: [triple('"', true), triple("'", true), DQ, SQ],
};

const SHELL: CommentSyntax = {
  lineComments: [line('#', 'afterSpace', '$')],
  blockComments: [],
  strings: [str('"', '\\', true), str("'", undefined, true)],
};

const CSS: CommentSyntax = { lineComments: [], blockComments: [C_BLOCK], strings: [DQ, SQ] };
const SCSS: CommentSyntax = { ...CSS, lineComments: [SLASH] };
const MARKUP: CommentSyntax = { lineComments: [], blockComments: [block('<!--', '-->')], strings: [] };

const KOTLIN_LIKE_STRINGS: StringRule[] = [
  { open: '"""', close: '"""', multiline: true, interpolation: { open: '${', close: '}' } },
  { open: '"', close: '"', escape: '\\', interpolation: { open: '${', close: '}' } },
  CHAR,
];

const POD_CLOSE = '=cut';
const POD: BlockCommentRule[] = ['=pod', '=head1', '=head2', '=head3', '=head4', '=over', '=begin', '=for', '=encoding'].map(
  (open) => ({ open, close: POD_CLOSE, lineStart: true }),
);

/** Built-in syntaxes keyed by VS Code language id. */
const BUILT_IN: Record<string, CommentSyntax> = {
  python: PYTHON,
  mojo: PYTHON,
  javascript: JS,
  typescript: JS,
  javascriptreact: JS,
  typescriptreact: JS,
  c: C_LIKE,
  cpp: CPP,
  'cuda-cpp': CPP,
  'objective-c': C_LIKE,
  'objective-cpp': CPP,
  csharp: {
    lineComments: [SLASH],
    blockComments: [C_BLOCK],
    // Raw `"""…"""` (C# 11), verbatim `@"…"` (no backslash escapes; `""` reads as close-then-open).
    strings: [{ open: '"""', close: '"""', multiline: true }, { open: '@"', close: '"', multiline: true }, DQ, CHAR],
  },
  java: { lineComments: [SLASH], blockComments: [C_BLOCK], strings: [{ ...triple('"'), docstring: false }, DQ, CHAR] },
  groovy: { lineComments: [SLASH], blockComments: [C_BLOCK], strings: [triple('"'), triple("'"), DQ, SQ] },
  kotlin: { lineComments: [SLASH], blockComments: [C_BLOCK_NESTED], strings: KOTLIN_LIKE_STRINGS },
  scala: { lineComments: [SLASH], blockComments: [C_BLOCK_NESTED], strings: KOTLIN_LIKE_STRINGS },
  swift: {
    lineComments: [SLASH],
    blockComments: [C_BLOCK_NESTED],
    strings: [{ open: '', close: '"', form: 'rawHashes' }, { open: '"""', close: '"""', escape: '\\', multiline: true }, DQ],
  },
  go: { lineComments: [SLASH], blockComments: [C_BLOCK], strings: [DQ, str('`', undefined, true), CHAR] },
  rust: {
    lineComments: [SLASH],
    blockComments: [C_BLOCK_NESTED],
    // Rust strings may span lines; `'a` is a lifetime, `'a'` a char.
    strings: [{ open: 'r', close: '"', form: 'rawHashes' }, str('"', '\\', true), CHAR],
  },
  zig: { lineComments: [SLASH], blockComments: [], strings: [DQ, CHAR] },
  php: {
    // `#[…]` is a PHP 8 attribute, not a comment.
    lineComments: [SLASH, { token: '#', unlessFollowedBy: '[' }],
    blockComments: [C_BLOCK],
    strings: [DQ, SQ],
  },
  ruby: {
    lineComments: [HASH],
    blockComments: [{ open: '=begin', close: '=end', lineStart: true }],
    strings: [DQ, SQ, str('`')],
  },
  lua: {
    lineComments: [line('--')],
    blockComments: [{ open: '--', close: '', form: 'luaLong' }],
    strings: [{ open: '[', close: '', form: 'luaLong' }, DQ, SQ],
  },
  r: { lineComments: [HASH], blockComments: [], strings: [str('"', '\\', true), str("'", '\\', true), str('`')] },
  julia: {
    lineComments: [HASH],
    blockComments: [block('#=', '=#', true)],
    strings: [triple('"', true), DQ, str('`'), CHAR],
  },
  haskell: { lineComments: [line('--')], blockComments: [block('{-', '-}', true)], strings: [DQ, CHAR] },
  fsharp: { lineComments: [SLASH], blockComments: [block('(*', '*)', true)], strings: [triple('"'), DQ, CHAR] },
  elixir: { lineComments: [HASH], blockComments: [], strings: [triple('"', true), DQ, SQ] },
  clojure: { lineComments: [line(';')], blockComments: [], strings: [DQ] },
  erlang: { lineComments: [line('%')], blockComments: [], strings: [DQ] },
  sql: { lineComments: [line('--')], blockComments: [C_BLOCK], strings: [str("'", undefined, true), str('"', undefined)] },
  shellscript: SHELL,
  cmake: { lineComments: [HASH], blockComments: [block('#[[', ']]')], strings: [str('"', '\\', true)] },
  makefile: { lineComments: [line('#', 'anywhere', '\\')], blockComments: [], strings: [] },
  dockerfile: { lineComments: [line('#', 'afterSpace')], blockComments: [], strings: [DQ, SQ] },
  yaml: { lineComments: [line('#', 'afterSpace')], blockComments: [], strings: [DQ, str("'", undefined)] },
  toml: {
    lineComments: [HASH],
    blockComments: [],
    strings: [triple('"'), { open: "'''", close: "'''", multiline: true }, DQ, str("'", undefined)],
  },
  ini: { lineComments: [line(';', 'lineStart'), line('#', 'lineStart')], blockComments: [], strings: [] },
  properties: { lineComments: [line('#', 'lineStart'), line('!', 'lineStart')], blockComments: [], strings: [] },
  powershell: {
    lineComments: [HASH],
    blockComments: [block('<#', '#>')],
    // Here-strings, then backtick-escaped double quotes, then literal single quotes.
    strings: [
      { open: '@"', close: '"@', multiline: true },
      { open: "@'", close: "'@", multiline: true },
      str('"', '`', true),
      str("'", undefined, true),
    ],
  },
  perl: {
    lineComments: [line('#', 'anywhere', '$')],
    blockComments: POD,
    strings: [str('"', '\\', true), str("'", '\\', true)],
  },
  dart: {
    lineComments: [SLASH],
    blockComments: [C_BLOCK_NESTED],
    strings: [
      { open: "r'''", close: "'''", multiline: true },
      { open: 'r"""', close: '"""', multiline: true },
      { ...triple('"'), interpolation: { open: '${', close: '}' } },
      { ...triple("'"), interpolation: { open: '${', close: '}' } },
      { open: "r'", close: "'" },
      { open: 'r"', close: '"' },
      { ...DQ, interpolation: { open: '${', close: '}' } },
      { ...SQ, interpolation: { open: '${', close: '}' } },
    ],
  },
  html: MARKUP,
  xml: MARKUP,
  svg: MARKUP,
  css: CSS,
  scss: SCSS,
  less: SCSS,
  jsonc: { lineComments: [SLASH], blockComments: [C_BLOCK], strings: [DQ] },
  json: { lineComments: [], blockComments: [], strings: [DQ] },
  latex: { lineComments: [line('%', 'anywhere', '\\')], blockComments: [], strings: [] },
  tex: { lineComments: [line('%', 'anywhere', '\\')], blockComments: [], strings: [] },
  markdown: PROSE,
  plaintext: PROSE,
  restructuredtext: PROSE,
};

/** Language ids with a built-in syntax. */
export const BUILT_IN_LANGUAGES: readonly string[] = Object.keys(BUILT_IN);

/** The built-in syntax for a VS Code language id, or undefined when the language is unknown. */
export function syntaxForLanguage(languageId: string): CommentSyntax | undefined {
  return Object.prototype.hasOwnProperty.call(BUILT_IN, languageId) ? BUILT_IN[languageId] : undefined;
}

/** Plain text: what the glue uses for a language it knows nothing about (and for markdown cells). */
export const PROSE_SYNTAX: CommentSyntax = PROSE;
