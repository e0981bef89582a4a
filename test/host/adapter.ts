// vscodeExecutablePath for @vscode/test-electron: accepts the Electron command line
// (--extensionDevelopmentPath=…, --extensionTestsPath=…, --user-data-dir=…, a folder), runs the
// suite in a throw-away code-server, and exits with the suite's exit code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureCodeServer, MissingPrerequisite, startCodeServer } from './codeServer';
import { runSuiteInHost } from './runSuiteInHost';

function parseArgs(argv: string[]) {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  return {
    dev: value('extensionDevelopmentPath'),
    tests: value('extensionTestsPath'),
    userDataDir: value('user-data-dir'),
    extensionsDir: value('extensions-dir'),
    folder: argv.find((a) => !a.startsWith('--')),
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.dev || !args.tests) {
    console.error('code-server adapter: --extensionDevelopmentPath= and --extensionTestsPath= are required');
    return 2;
  }
  const bin = ensureCodeServer();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-field-guide-host-'));
  // An existing extensions dir is required: without it the scan fails and the dev extension is silently absent.
  const server = await startCodeServer(bin, {
    userDataDir: args.userDataDir ?? path.join(scratch, 'data'),
    extensionsDir: args.extensionsDir ?? path.join(scratch, 'extensions'),
    logFile: path.join(scratch, 'server.log'),
  });
  try {
    return await runSuiteInHost({
      url: server.url,
      extensionDevelopmentPath: args.dev,
      extensionTestsPath: args.tests,
      folder: args.folder,
    });
  } finally {
    await server.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof MissingPrerequisite ? e.message : e);
    process.exit(1);
  },
);
