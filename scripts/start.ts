// `npm start`: build, package, install the .vsix into a local code-server, open examples/ and
// print the URL. 127.0.0.1 only, no auth, telemetry off. Ctrl+C stops everything it started.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureCodeServer, installVsix, MissingPrerequisite, repoRoot, startCodeServer } from '../test/host/codeServer';

const PORT = Number(process.env.PORT ?? 18080);
const stateDir = path.join(repoRoot, '.vscode-test', 'start');

function step(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`\`${cmd} ${args.join(' ')}\` failed`);
}

async function main(): Promise<void> {
  step('npm', ['run', '--silent', 'package']);
  const version = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version as string;
  const bin = ensureCodeServer();
  const dirs = { userDataDir: path.join(stateDir, 'data'), extensionsDir: path.join(stateDir, 'extensions') };
  installVsix(bin, path.join(repoRoot, `llm-field-guide-${version}.vsix`), dirs);
  const folder = path.join(repoRoot, 'examples');
  const server = await startCodeServer(bin, { ...dirs, folder, port: PORT, logFile: path.join(stateDir, 'server.log') });
  console.log(`\nLLM Field Guide ${version} is running in code-server (VS Code 1.100.3):\n`);
  console.log(`  ${server.url}/?folder=${encodeURIComponent(folder)}\n`);
  console.log('Open it in a browser; the book icon in the activity bar opens the guide. Ctrl+C stops the server.');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping code-server…');
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.process.once('exit', (code) => {
    if (!stopping) {
      console.error(`code-server exited unexpectedly (code ${code}); log: ${path.join(stateDir, 'server.log')}`);
      process.exit(1);
    }
  });
}

main().catch((e) => {
  console.error(e instanceof MissingPrerequisite ? e.message : (e as Error).message);
  process.exit(1);
});
