// The `llm-field-guide` command line: the same core code paths the extension uses.
import fs from 'node:fs';
import path from 'node:path';
import { compileContent } from './core/knowledge/compile';
import { formatProblem } from './core/knowledge/problem';
import { contentStats } from './core/knowledge/stats';
import { nodeContentReader } from './node/nodeContentReader';

const USAGE = `Usage: llm-field-guide <command> [options]

Commands:
  validate [dir...]          validate content folders (default: the shipped content); exit 1 on errors
  stats [--json] [dir]       counts of entries, topics, terms, quiz items, sources, corrections
  compile <dir> --out <file> validate and write the compiled bundle (used by the build)
`;

/** The content folder shipped beside dist/: ../content from dist/cli.js. */
function defaultContentDir(): string {
  return path.resolve(__dirname, '..', 'content');
}

function compileOrReport(dir: string): ReturnType<typeof compileContent> {
  const result = compileContent(dir, nodeContentReader);
  for (const p of result.problems) process.stderr.write(formatProblem(p) + '\n');
  return result;
}

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const positional = rest.filter((a, i) => !a.startsWith('--') && rest[i - 1] !== '--out');
  switch (command) {
    case 'validate': {
      const dirs = positional.length ? positional : [defaultContentDir()];
      let failed = false;
      for (const dir of dirs) {
        const { bundle, problems } = compileOrReport(dir);
        failed ||= problems.length > 0;
        const s = contentStats(bundle);
        process.stdout.write(
          `${dir}: ${problems.length ? `${problems.length} problem(s)` : 'ok'} — ${s.topics} topics, ${s.entries} entries, ${s.glossaryTerms} terms, ${s.quizItems} quiz items\n`,
        );
      }
      return failed ? 1 : 0;
    }
    case 'stats': {
      const { bundle, problems } = compileOrReport(positional[0] ?? defaultContentDir());
      const stats = contentStats(bundle);
      if (flags.has('--json')) process.stdout.write(JSON.stringify(stats) + '\n');
      else {
        process.stdout.write(
          `topics ${stats.topics}\nentries ${stats.entries}\nglossary terms ${stats.glossaryTerms}\nquiz items ${stats.quizItems}\n` +
            `sources covered ${stats.sources.length}\ncorrections ${stats.corrections.length}\n` +
            `entries with zh ${stats.languages.zh}, with en ${stats.languages.en}\n`,
        );
      }
      return problems.length ? 1 : 0;
    }
    case 'compile': {
      const outIndex = rest.indexOf('--out');
      const out = outIndex >= 0 ? rest[outIndex + 1] : undefined;
      if (!positional[0] || !out) {
        process.stderr.write(USAGE);
        return 2;
      }
      const { bundle, problems } = compileOrReport(positional[0]);
      if (problems.length) {
        process.stderr.write(`${problems.length} content problem(s); nothing written.\n`);
        return 1;
      }
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, JSON.stringify(bundle));
      return 0;
    }
    case undefined:
    case '--help':
    case 'help':
      process.stdout.write(USAGE);
      return command ? 0 : 2;
    default:
      process.stderr.write(`Unknown command "${command}".\n${USAGE}`);
      return 2;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
