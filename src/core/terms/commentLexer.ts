// Splits source text into code, strings, comments and docstrings in one left-to-right pass, so the
// term matcher reads only prose (and, for code signals, only code). Never throws: an unterminated
// comment or string simply runs to the end of the text.

import type { BlockCommentRule, CommentSyntax, LineCommentRule, StringRule } from './languageSyntax';

/** Lines longer than this are minified or generated: their text is not scanned (as cSpell does). */
export const MAX_LINE_LENGTH = 20_000;

export type ProseKind = 'line-comment' | 'block-comment' | 'docstring' | 'prose';
export type RegionKind = ProseKind | 'string' | 'code';

export interface TextRegion {
  kind: RegionKind;
  /** Content offsets, [start, end): comment and string markers are outside. */
  start: number;
  end: number;
  /** Where the construct's opening marker starts (equals `start` for code and prose). */
  openAt: number;
  /** Pieces of one construct split by a skipped long line share this number. */
  unit: number;
}

export interface ProseRegion extends TextRegion {
  kind: ProseKind;
  /**
   * Regions with equal `block` form one comment block: a block comment, a docstring, a markdown
   * paragraph, or a run of line comments on consecutive lines. Ambiguous terms need context in it.
   */
  block: number;
}

/** Counts loop iterations, so tests can check the lexer stays linear without timing it. */
export interface LexStats {
  steps: number;
}

/** Every code, comment, docstring and string region of `text`, in order. Skipped long lines are in none. */
export function lexRegions(text: string, syntax: CommentSyntax, stats?: LexStats): TextRegion[] {
  if (syntax.wholeTextIsProse) return proseParagraphs(text, stats);
  return new Lexer(text, syntax, stats).run();
}

/**
 * The prose of `text`: comments, docstrings, or (markdown, plain text) paragraphs, with comment
 * blocks numbered. For a Jupyter notebook call it once per cell with that cell's syntax.
 */
export function extractProse(text: string, syntax: CommentSyntax, stats?: LexStats): ProseRegion[] {
  return proseOf(text, lexRegions(text, syntax, stats));
}

/** The prose regions among already lexed `regions`, numbered into comment blocks. */
export function proseOf(text: string, regions: readonly TextRegion[]): ProseRegion[] {
  const out: ProseRegion[] = [];
  let block = -1;
  let prev: ProseRegion | undefined;
  for (const r of regions) {
    if (r.kind === 'code' || r.kind === 'string') continue;
    const sameUnit = prev !== undefined && prev.unit === r.unit;
    const nextLine = prev?.kind === 'line-comment' && r.kind === 'line-comment' && onlyOneLineBreak(text, prev.end, r.openAt);
    if (!sameUnit && !nextLine) block++;
    prev = { kind: r.kind, start: r.start, end: r.end, openAt: r.openAt, unit: r.unit, block };
    out.push(prev);
  }
  return out;
}

function onlyOneLineBreak(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) breaks++;
    else if (c !== SPACE && c !== TAB && c !== CR) return false;
  }
  return breaks === 1;
}

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

const enum Mode {
  Code,
  Line,
  Block,
  Str,
}

/** After these a Python triple-quoted string continues an expression; elsewhere it documents. */
const CONTINUES_EXPRESSION = new Set('([{,=+-*/%\\|&<>^~@.!');
/** After these (or at the start) a JavaScript `/` begins a regular expression. */
const BEFORE_REGEX = new Set('(,=:[!&|?{};+-*%<>~^');
const REGEX_KEYWORDS = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await']);
const MAX_CHAR_LITERAL = 12;
const MAX_RAW_DELIMITER = 16;

interface Interpolation {
  rule: StringRule;
  close: string;
  braces: number;
}

class Lexer {
  private readonly out: TextRegion[] = [];
  private readonly blockRules: BlockCommentRule[];
  private mode = Mode.Code;
  private kind: TextRegion['kind'] = 'code';
  private pieceStart = 0;
  private openAt = 0;
  private unit = 0;
  private lineStart = 0;
  private lineEnd = 0;
  /** Non-blank code seen on the current line before the cursor, and where it began. */
  private lineHasCode = false;
  private lineCodeAt = 0;
  private lastSignificant = '';
  private lastSignificantAt = -1;
  private significantBeforeLine = '';
  private bracketDepth = 0;
  private regexBlockedUntil = -1;
  private blockRule: BlockCommentRule | undefined;
  private blockClose = '';
  private depth = 0;
  private stringRule: StringRule | undefined;
  private stringClose = '';
  private escapedNewline = false;
  private readonly interpolations: Interpolation[] = [];

  constructor(
    private readonly text: string,
    private readonly syntax: CommentSyntax,
    private readonly stats: LexStats | undefined,
  ) {
    // Longer openers first, so `/**` is not read as `/*` + `*` and `--[[` not as `--`.
    this.blockRules = [...syntax.blockComments].sort((a, b) => b.open.length - a.open.length);
  }

  run(): TextRegion[] {
    const { text } = this;
    const n = text.length;
    let i = 0;
    let atLineStart = true;
    while (i < n) {
      if (this.stats) this.stats.steps++;
      if (atLineStart) {
        atLineStart = false;
        this.lineStart = i;
        this.lineHasCode = false;
        this.significantBeforeLine = this.lastSignificant;
        let e = text.indexOf('\n', i);
        if (e < 0) e = n;
        this.lineEnd = e;
        if (e - i > MAX_LINE_LENGTH) {
          this.closePiece(i);
          this.pieceStart = e;
          i = e;
          continue;
        }
      }
      if (text.charCodeAt(i) === LF) {
        this.newline(i);
        atLineStart = true;
        i++;
        continue;
      }
      switch (this.mode) {
        case Mode.Code:
          i = this.code(i);
          break;
        case Mode.Line:
          i = this.lineEnd;
          break;
        case Mode.Block:
          i = this.inBlock(i);
          break;
        case Mode.Str:
          i = this.inString(i);
          break;
      }
    }
    this.closePiece(n);
    return this.out;
  }

  // --- region bookkeeping ---

  private closePiece(end: number): void {
    let e = end;
    if (this.mode === Mode.Line && e > this.pieceStart && this.text.charCodeAt(e - 1) === CR) e--;
    const keepEmpty = this.mode === Mode.Line; // an empty `#` line still joins a comment block
    if (e > this.pieceStart || (keepEmpty && e === this.pieceStart)) {
      this.out.push({ kind: this.kind, start: this.pieceStart, end: e, openAt: this.openAt, unit: this.unit });
    }
  }

  private enter(mode: Mode, kind: TextRegion['kind'], openAt: number, contentStart: number): void {
    this.closePiece(openAt);
    this.mode = mode;
    this.kind = kind;
    this.openAt = openAt;
    this.pieceStart = contentStart;
    this.unit++;
  }

  private backToCode(closeAt: number, resumeAt: number): void {
    this.closePiece(closeAt);
    this.mode = Mode.Code;
    this.kind = 'code';
    this.openAt = resumeAt;
    this.pieceStart = resumeAt;
    this.unit++;
  }

  private newline(i: number): void {
    if (this.mode === Mode.Line) this.backToCode(i, i);
    else if (this.mode === Mode.Str) {
      const rule = this.stringRule;
      if (rule && !rule.multiline && !this.escapedNewline) this.backToCode(i, i); // unterminated: ends here
      this.escapedNewline = false;
    }
  }

  private significant(i: number): void {
    this.markCode(i);
    this.lastSignificant = this.text[i];
    this.lastSignificantAt = i;
  }

  private markCode(i: number): void {
    if (!this.lineHasCode) this.lineCodeAt = i;
    this.lineHasCode = true;
  }

  // --- code ---

  private code(i: number): number {
    const { text, syntax } = this;
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r') return i + 1;

    const top = this.interpolations[this.interpolations.length - 1];
    if (top && c === '}' && top.braces === 0) {
      this.interpolations.pop();
      this.resumeString(top.rule, top.close, i, i + 1);
      return i + 1;
    }

    for (const rule of this.blockRules) {
      const close = this.blockOpenAt(rule, i);
      if (close === undefined) continue;
      this.enter(Mode.Block, 'block-comment', i, i + close.openLength);
      this.blockRule = rule;
      this.blockClose = close.close;
      this.depth = 1;
      return i + close.openLength;
    }
    for (const rule of syntax.lineComments) {
      if (!this.lineCommentAt(rule, i)) continue;
      this.enter(Mode.Line, 'line-comment', i, i + rule.token.length);
      return i + rule.token.length;
    }
    for (const rule of syntax.strings) {
      const opened = this.stringAt(rule, i);
      if (opened === undefined) continue;
      if (opened.skipTo !== undefined) {
        this.significant(opened.skipTo - 1);
        return opened.skipTo;
      }
      const kind = rule.docstring && this.startsStatement(i) ? 'docstring' : 'string';
      this.enter(Mode.Str, kind, i, i + opened.openLength);
      this.stringRule = rule;
      this.stringClose = opened.close;
      this.escapedNewline = false;
      this.markCode(i);
      return i + opened.openLength;
    }
    if (c === '/' && syntax.regexLiterals && i >= this.regexBlockedUntil && this.regexMayStart()) {
      const end = this.regexEnd(i);
      if (end !== undefined) {
        this.significant(end - 1);
        return end;
      }
      this.regexBlockedUntil = this.lineEnd; // no closing slash on this line: never rescan it
    }

    if (c === '(' || c === '[' || c === '{') this.bracketDepth++;
    else if ((c === ')' || c === ']' || c === '}') && this.bracketDepth > 0) this.bracketDepth--;
    if (top && c === '{') top.braces++;
    else if (top && c === '}') top.braces--;
    this.significant(i);
    return i + 1;
  }

  private lineCommentAt(rule: LineCommentRule, i: number): boolean {
    const { text } = this;
    if (!text.startsWith(rule.token, i)) return false;
    const before = i > 0 ? text[i - 1] : '';
    if (rule.unlessPrecededBy && before && rule.unlessPrecededBy.includes(before)) return false;
    const after = text[i + rule.token.length];
    if (rule.unlessFollowedBy && after !== undefined && rule.unlessFollowedBy.includes(after)) return false;
    switch (rule.position ?? 'anywhere') {
      case 'anywhere':
        return true;
      case 'afterSpace':
        return i === this.lineStart || before === ' ' || before === '\t' || ';|&('.includes(before);
      case 'lineStart':
        return !this.lineHasCode;
    }
  }

  private blockOpenAt(rule: BlockCommentRule, i: number): { openLength: number; close: string } | undefined {
    const { text } = this;
    if (!text.startsWith(rule.open, i)) return undefined;
    if (rule.lineStart && i !== this.lineStart) return undefined;
    if (rule.form !== 'luaLong') return { openLength: rule.open.length, close: rule.close };
    const level = longBracketLevel(text, i + rule.open.length);
    if (level === undefined) return undefined;
    return { openLength: rule.open.length + level + 2, close: ']' + '='.repeat(level) + ']' };
  }

  /** A string opening at `i`: its opener length and closer, or `skipTo` for a char literal read whole. */
  private stringAt(rule: StringRule, i: number): { openLength: number; close: string; skipTo?: number } | undefined {
    const { text } = this;
    switch (rule.form ?? 'plain') {
      case 'plain':
        return text.startsWith(rule.open, i) ? { openLength: rule.open.length, close: rule.close } : undefined;
      case 'char':
        return this.charLiteralAt(i);
      case 'luaLong': {
        if (text[i] !== '[') return undefined;
        const level = longBracketLevel(text, i);
        return level === undefined ? undefined : { openLength: level + 2, close: ']' + '='.repeat(level) + ']' };
      }
      case 'rawHashes':
        return this.rawHashesAt(rule, i);
      case 'cppRaw':
        return this.cppRawAt(i);
    }
  }

  /** `'a'`, `'\n'`, `'\u{1F600}'` are char literals; `'a` (Rust lifetime) and `x'` (Haskell prime) are not. */
  private charLiteralAt(i: number): { openLength: number; close: string; skipTo: number } | undefined {
    const { text } = this;
    if (text[i] !== "'") return undefined;
    const next = text[i + 1];
    if (next === '\\') {
      const limit = Math.min(this.lineEnd, i + MAX_CHAR_LITERAL);
      for (let j = i + 3; j < limit; j++) if (text[j] === "'") return { openLength: 1, close: "'", skipTo: j + 1 };
      return undefined;
    }
    if (next !== undefined && next !== '\n' && next !== "'" && text[i + 2] === "'") return { openLength: 1, close: "'", skipTo: i + 3 };
    // A non-BMP char such as an emoji is two UTF-16 units.
    if (next !== undefined && isHighSurrogate(text.charCodeAt(i + 1)) && text[i + 3] === "'") {
      return { openLength: 1, close: "'", skipTo: i + 4 };
    }
    return undefined;
  }

  private rawHashesAt(rule: StringRule, i: number): { openLength: number; close: string } | undefined {
    const { text } = this;
    if (!text.startsWith(rule.open, i)) return undefined;
    if (rule.open && i > 0 && isWordChar(text[i - 1]) && !(text[i - 1] === 'b' && (i < 2 || !isWordChar(text[i - 2])))) return undefined;
    let j = i + rule.open.length;
    while (text[j] === '#') j++;
    const hashes = j - i - rule.open.length;
    if (text[j] !== '"' || (rule.open === '' && hashes === 0)) return undefined;
    const quotes = text.startsWith('"""', j) ? '"""' : '"';
    return { openLength: j - i + quotes.length, close: quotes + '#'.repeat(hashes) };
  }

  private cppRawAt(i: number): { openLength: number; close: string } | undefined {
    const { text } = this;
    if (!text.startsWith('R"', i)) return undefined;
    if (i > 0 && isWordChar(text[i - 1]) && !/^(?:u8|u|U|L)$/.test(wordEndingAt(text, i - 1))) return undefined;
    const limit = Math.min(this.lineEnd, i + 2 + MAX_RAW_DELIMITER + 1);
    for (let j = i + 2; j < limit; j++) {
      const c = text[j];
      if (c === '(') return { openLength: j - i + 1, close: ')' + text.slice(i + 2, j) + '"' };
      if (c === ' ' || c === ')' || c === '\\' || c === '"') return undefined;
    }
    return undefined;
  }

  /** Python docstring: first thing on its line, outside brackets, not continuing an expression. */
  private startsStatement(i: number): boolean {
    if (this.bracketDepth > 0 || CONTINUES_EXPRESSION.has(this.significantBeforeLine)) return false;
    if (!this.lineHasCode) return true;
    // Only a string prefix (r, b, u, f, rb …) before it on the line.
    return this.lineCodeAt >= i - 2 && /^[rRuUbBfF]{1,2}$/.test(this.text.slice(this.lineCodeAt, i));
  }

  private regexMayStart(): boolean {
    const prev = this.lastSignificant;
    if (prev === '' || BEFORE_REGEX.has(prev)) return true;
    if (!isWordChar(prev)) return false;
    return REGEX_KEYWORDS.has(wordEndingAt(this.text, this.lastSignificantAt));
  }

  private regexEnd(i: number): number | undefined {
    const { text } = this;
    let inClass = false;
    for (let j = i + 1; j < this.lineEnd; j++) {
      const c = text[j];
      if (c === '\\') j++;
      else if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) return j === i + 1 ? undefined : j + 1;
    }
    return undefined;
  }

  // --- inside comments and strings ---

  private inBlock(i: number): number {
    const { text } = this;
    const rule = this.blockRule;
    if (!rule) return i + 1;
    if (rule.nests && text.startsWith(rule.open, i) && (!rule.lineStart || i === this.lineStart)) {
      this.depth++;
      return i + rule.open.length;
    }
    const close = this.blockClose;
    if (close && text.startsWith(close, i) && (!rule.lineStart || i === this.lineStart)) {
      this.depth--;
      if (this.depth === 0) {
        this.backToCode(i, i + close.length);
        this.blockRule = undefined;
      }
      return i + close.length;
    }
    return i + 1;
  }

  private inString(i: number): number {
    const { text } = this;
    const rule = this.stringRule;
    if (!rule) return i + 1;
    const c = text[i];
    if (rule.escape !== undefined && c === rule.escape) {
      const next = text[i + 1];
      if (next === '\n' || (next === '\r' && text[i + 2] === '\n')) {
        this.escapedNewline = true; // a line continuation: the newline does not end the literal
        return next === '\r' ? i + 2 : i + 1;
      }
      return i + 2;
    }
    const interpolation = rule.interpolation;
    if (interpolation && text.startsWith(interpolation.open, i)) {
      this.interpolations.push({ rule, close: this.stringClose, braces: 0 });
      this.backToCode(i, i + interpolation.open.length);
      return i + interpolation.open.length;
    }
    const close = this.stringClose;
    if (text.startsWith(close, i)) {
      const end = i + close.length;
      this.backToCode(i, end);
      this.stringRule = undefined;
      this.significant(end - 1);
      return end;
    }
    return i + 1;
  }

  private resumeString(rule: StringRule, close: string, closeAt: number, resumeAt: number): void {
    this.closePiece(closeAt);
    this.mode = Mode.Str;
    this.kind = 'string';
    this.openAt = closeAt;
    this.pieceStart = resumeAt;
    this.unit++;
    this.stringRule = rule;
    this.stringClose = close;
    this.escapedNewline = false;
  }
}

/** `[[`, `[=[`, `[==[` … at `i`: the number of `=`, or undefined when there is no long bracket. */
function longBracketLevel(text: string, i: number): number | undefined {
  if (text[i] !== '[') return undefined;
  let j = i + 1;
  while (text[j] === '=') j++;
  return text[j] === '[' ? j - i - 1 : undefined;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_$]/.test(c);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The identifier ending at `end` (inclusive), at most 10 characters back: keywords are short. */
function wordEndingAt(text: string, end: number): string {
  let s = end;
  while (s > 0 && end - s < 10 && isWordChar(text[s - 1])) s--;
  return text.slice(s, end + 1);
}

/** Markdown and plain text: one prose region per paragraph, long lines left out. */
function proseParagraphs(text: string, stats?: LexStats): TextRegion[] {
  const out: TextRegion[] = [];
  let unit = 0;
  let paraStart = -1;
  let paraEnd = -1;
  const close = (): void => {
    if (paraStart >= 0) out.push({ kind: 'prose', start: paraStart, end: paraEnd, openAt: paraStart, unit: unit++ });
    paraStart = -1;
  };
  let i = 0;
  while (i <= text.length) {
    if (stats) stats.steps++;
    let e = text.indexOf('\n', i);
    if (e < 0) e = text.length;
    if (e - i > MAX_LINE_LENGTH || /^\s*$/.test(text.slice(i, e))) close();
    else {
      if (paraStart < 0) paraStart = i;
      paraEnd = e > i && text.charCodeAt(e - 1) === CR ? e - 1 : e;
    }
    i = e + 1;
  }
  close();
  return out;
}
