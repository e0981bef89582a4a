// The `llm-field-guide` command line: the same core code paths the extension uses.
import fs from 'node:fs';
import path from 'node:path';
import { compileContent, type CompileResult } from './core/knowledge/compile';
import { joinPath } from './core/knowledge/contentReader';
import { CONTENT_FORMAT_VERSION, type ContentBundle } from './core/knowledge/model';
import { mergePacks, parsePack } from './core/knowledge/packs';
import { formatProblem, type ContentProblem } from './core/knowledge/problem';
import { createSearchIndex } from './core/search/searchIndex';
import { findTermsInDocument } from './core/terms/documentMatcher';
import { languageOfFile } from './core/terms/languageOfFile';
import { PROSE_SYNTAX, syntaxForLanguage } from './core/terms/languageSyntax';
import { detectMlContext } from './core/terms/mlContext';
import { notebookCells } from './core/terms/notebookCells';
import { buildAliasTrie, buildTermIndex, type TermIndex } from './core/terms/termIndex';
import { termIndexData } from './core/terms/termIndexData';
import { contentStats } from './core/knowledge/stats';
import { nodeContentReader } from './node/nodeContentReader';

/** Where commands write; tests pass their own to capture output. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliArgs {
  positional: string[];
  flags: Set<string>;
  /** Values of the options a command declares in `valueOptions` (e.g. --out <file>). */
  options: Map<string, string>;
}

/** One subcommand. To add one, add an entry to COMMANDS: usage, value options and run. */
interface Command {
  usage: string;
  valueOptions?: string[];
  run(args: CliArgs, io: CliIo): number;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** The content folder shipped beside dist/: ../content from dist/cli.js. */
function defaultContentDir(): string {
  return path.resolve(__dirname, '..', 'content');
}

function reportProblems(problems: ContentProblem[], io: CliIo): void {
  for (const p of problems) io.err(formatProblem(p) + '\n');
}

function compileOrReport(dir: string, io: CliIo): CompileResult {
  const result = compileContent(dir, nodeContentReader);
  reportProblems(result.problems, io);
  return result;
}

/** A folder with topics.yaml is a content root; any other folder is a pack. */
interface FoundTerm {
  line: number;
  column: number;
  length: number;
  term: string;
  surface: string;
  /** 1-based cell number in a notebook. */
  cell?: number;
}

/** 1-based line and column (UTF-16 units, as editors count) of each match. */
function located(text: string, matches: { start: number; end: number; termId: string; surface: string }[], cell?: number): FoundTerm[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return matches.map((m) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= m.start) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: m.start - lineStarts[lo] + 1, length: m.end - m.start, term: m.termId, surface: m.surface, cell };
  });
}

/** The hover's code path over a whole file; notebooks per cell with the notebook's ML context. */
function findTermsInFile(index: TermIndex, text: string, language: string | undefined, codeSignals: boolean): FoundTerm[] | undefined {
  if (language === 'jupyter') {
    const cells = notebookCells(text);
    if (!cells) return undefined;
    const mlContext = detectMlContext(cells.map((c) => c.text).join('\n')).ml;
    return cells.flatMap((c, i) => {
      const syntax = c.kind === 'markdown' ? PROSE_SYNTAX : syntaxForLanguage(c.language);
      return syntax ? located(c.text, findTermsInDocument(index, c.text, syntax, { codeSignals, mlContext }), i + 1) : [];
    });
  }
  const syntax = language ? syntaxForLanguage(language) : undefined;
  return syntax && located(text, findTermsInDocument(index, text, syntax, { codeSignals }));
}

function isContentRoot(dir: string): boolean {
  return nodeContentReader.readText(joinPath(dir, 'topics.yaml')) !== undefined;
}

/** The shipped content: compiled from content/ in a checkout, else the dist/content.json beside the CLI. */
function shippedBundle(): ContentBundle {
  if (isContentRoot(defaultContentDir())) return compileContent(defaultContentDir(), nodeContentReader).bundle;
  const compiled = nodeContentReader.readText(path.join(__dirname, 'content.json'));
  if (compiled !== undefined) return JSON.parse(compiled) as ContentBundle;
  return { formatVersion: CONTENT_FORMAT_VERSION, topics: [], entries: [], terms: [], quiz: [] };
}

/** Validates one folder; returns its problem count and a one-line summary of what loads. */
function validateFolder(dir: string, io: CliIo): { problems: number; summary: string } {
  if (!fs.existsSync(dir)) {
    reportProblems([{ file: dir, line: 1, column: 1, message: 'no such folder' }], io);
    return { problems: 1, summary: 'nothing to validate' };
  }
  if (isContentRoot(dir)) {
    const { bundle, problems } = compileOrReport(dir, io);
    const s = contentStats(bundle);
    return { problems: problems.length, summary: `${s.topics} topics, ${s.entries} entries, ${s.glossaryTerms} terms, ${s.quizItems} quiz items` };
  }
  // A pack is checked against the shipped content, so its references and id clashes are real.
  const shipped = shippedBundle();
  const parsed = parsePack(dir, nodeContentReader);
  const merged = mergePacks(shipped, [parsed.pack]);
  const problems = [...parsed.problems, ...merged.problems];
  reportProblems(problems, io);
  const entries = merged.bundle.entries.length - shipped.entries.length;
  const quizItems = merged.bundle.quiz.length - shipped.quiz.length;
  return { problems: problems.length, summary: `pack, ${entries} entries and ${quizItems} quiz items load` };
}

const COMMANDS: Record<string, Command> = {
  validate: {
    usage: 'validate [dir...]          validate content folders or packs (default: the shipped content); exit 1 on errors',
    run({ positional }, io) {
      const dirs = positional.length ? positional : [defaultContentDir()];
      let failed = false;
      for (const dir of dirs) {
        const { problems, summary } = validateFolder(dir, io);
        failed ||= problems > 0;
        io.out(`${dir}: ${problems ? `${problems} problem(s)` : 'ok'} — ${summary}\n`);
      }
      return failed ? 1 : 0;
    },
  },
  stats: {
    usage: 'stats [--json] [dir]       counts of entries, topics, terms, quiz items, sources, corrections',
    run({ positional, flags }, io) {
      const { bundle, problems } = compileOrReport(positional[0] ?? defaultContentDir(), io);
      const stats = contentStats(bundle);
      if (flags.has('--json')) io.out(JSON.stringify(stats) + '\n');
      else {
        io.out(
          `topics ${stats.topics}\nentries ${stats.entries}\nglossary terms ${stats.glossaryTerms}\nquiz items ${stats.quizItems}\n` +
            `sources covered ${stats.sources.length}\ncorrections ${stats.corrections.length}\n` +
            `entries with zh ${stats.languages.zh}, with en ${stats.languages.en}\n`,
        );
      }
      return problems.length ? 1 : 0;
    },
  },
  search: {
    usage: 'search [--json] [--limit N] <query>  search entries and terms (both languages), best first',
    valueOptions: ['--limit', '--lang'],
    run({ positional, flags, options }, io) {
      const query = positional.join(' ').trim();
      if (!query) {
        io.err(usage());
        return 2;
      }
      const limit = Number(options.get('--limit') ?? 10);
      const lang = options.get('--lang') === 'zh' ? 'zh' : 'en';
      const hits = createSearchIndex(shippedBundle()).search(query, { limit: Number.isInteger(limit) && limit > 0 ? limit : 10, lang });
      for (const hit of hits) {
        if (flags.has('--json')) {
          io.out(JSON.stringify({ kind: hit.kind, id: hit.id, title: hit.title[lang], score: Math.round(hit.score * 1000) / 1000 }) + '\n');
        } else {
          io.out(`${hit.score.toFixed(2).padStart(7)}  ${hit.kind.padEnd(5)}  ${hit.id.padEnd(36)} ${hit.title.en} · ${hit.title.zh}\n`);
        }
      }
      if (hits.length === 0 && !flags.has('--json')) io.err(`no matches for "${query}"\n`);
      return 0;
    },
  },
  terms: {
    usage: 'terms [--json] [--language <id>] [--code-signals] <file>...  glossary terms in comments, docstrings and prose',
    valueOptions: ['--language'],
    run({ positional, flags, options }, io) {
      if (positional.length === 0) {
        io.err(usage());
        return 2;
      }
      const shipped = shippedBundle();
      const index = buildTermIndex(shipped.terms, shipped.termIndex);
      let failed = false;
      for (const file of positional) {
        let text: string;
        try {
          text = fs.readFileSync(file, 'utf8');
        } catch (e) {
          io.err(`${file}: cannot read: ${(e as Error).message}\n`);
          failed = true;
          continue;
        }
        const language = options.get('--language') ?? languageOfFile(file);
        const found = findTermsInFile(index, text, language, flags.has('--code-signals'));
        if (!found) {
          io.err(`${file}: unknown language${language ? ` "${language}"` : ''}; pass --language <id>\n`);
          failed = true;
          continue;
        }
        for (const m of found) {
          if (flags.has('--json')) {
            io.out(JSON.stringify({ file, line: m.line, column: m.column, length: m.length, term: m.term, ...(m.cell === undefined ? {} : { cell: m.cell }) }) + '\n');
          } else {
            io.out(`${file}:${m.cell === undefined ? '' : `cell ${m.cell}:`}${m.line}:${m.column} ${m.term} (${m.surface})\n`);
          }
        }
      }
      return failed ? 1 : 0;
    },
  },
  compile: {
    usage: 'compile <dir> --out <file> validate and write the compiled bundle (used by the build)',
    valueOptions: ['--out'],
    run({ positional, options }, io) {
      const out = options.get('--out');
      if (!positional[0] || !out) {
        io.err(usage());
        return 2;
      }
      const { bundle, problems } = compileOrReport(positional[0], io);
      if (problems.length) {
        io.err(`${problems.length} content problem(s); nothing written.\n`);
        return 1;
      }
      // The term index ships built: the extension's first content load then skips building it.
      const compiled = { ...bundle, termIndex: termIndexData(buildAliasTrie(bundle.terms), bundle.terms) };
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, JSON.stringify(compiled));
      return 0;
    },
  },
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage}`);
  return `Usage: llm-field-guide <command> [options]\n\nCommands:\n${lines.join('\n')}\n`;
}

/** Splits arguments into positionals, flags and the values of `valueOptions`. */
export function parseArgs(rest: string[], valueOptions: readonly string[] = []): CliArgs {
  const args: CliArgs = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (valueOptions.includes(arg)) {
      if (i + 1 < rest.length) args.options.set(arg, rest[++i]);
    } else if (arg.startsWith('--')) args.flags.add(arg);
    else args.positional.push(arg);
  }
  return args;
}

export function main(argv: string[], io: CliIo = processIo): number {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command) return command.run(parseArgs(rest, command.valueOptions), io);
  if (name === undefined || name === '--help' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  io.err(`Unknown command "${name}".\n${usage()}`);
  return 2;
}

if (require.main === module) {
  // `llm-field-guide search … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2));
}
