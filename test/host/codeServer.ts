// The real VS Code host the integration and e2e layers run in: code-server (VS Code 1.100.3
// server + web workbench) from npm, installed on demand into a git-ignored folder and reused.
// VS Code desktop cannot be downloaded on offline machines; code-server installs from npm.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const hostDir = path.join(repoRoot, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
const binPath = path.join(hostDir, 'node_modules', '.bin', 'code-server');
const readyMarker = path.join(hostDir, '.ready');
// @vscode/ripgrep (inside code-server) downloads rg from GitHub unless this cache holds it.
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export class MissingPrerequisite extends Error {}

function which(cmd: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Path of a Chromium to drive: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', which('chromium')].filter(Boolean) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    throw new MissingPrerequisite(
      'Chromium not found. Install it with `sudo apt-get install chromium` (Debian/Ubuntu) ' +
        'or point CHROME_PATH at a Chrome/Chromium executable.',
    );
  }
  return found;
}

function checkBuildPrerequisites(): void {
  const missing: string[] = [];
  if (!which('rg')) missing.push('ripgrep');
  if (!which('g++') || !which('make')) missing.push('build-essential');
  if (!which('python3')) missing.push('python3');
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (missing.length) {
    throw new MissingPrerequisite(
      `code-server needs these system packages to build its native modules: ${missing.join(', ')}.\n` +
        `Install them with: sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, logFile: string): void {
  const out = fs.openSync(logFile, 'a');
  const r = spawnSync(cmd, args, { cwd, env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  if (r.status !== 0) {
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`\`${cmd} ${args.join(' ')}\` failed (exit ${r.status}) in ${cwd}; log: ${logFile}\n${tail}`);
  }
}

/** Installs code-server into .vscode-test/ unless a finished install is there; returns its binary. */
export function ensureCodeServer(log: (msg: string) => void = console.log): string {
  if (fs.existsSync(readyMarker) && fs.existsSync(binPath)) return binPath;
  checkBuildPrerequisites();
  const started = Date.now();
  log(`Installing code-server ${CODE_SERVER_VERSION} into ${path.relative(repoRoot, hostDir)} (first run only)…`);
  fs.rmSync(hostDir, { recursive: true, force: true });
  const tmp = path.join(hostDir, 'tmp');
  fs.mkdirSync(path.join(tmp, RIPGREP_CACHE), { recursive: true });
  const rgStage = path.join(hostDir, 'rg-stage');
  fs.mkdirSync(rgStage);
  fs.copyFileSync(which('rg')!, path.join(rgStage, 'rg'));
  spawnSync('tar', ['czf', path.join(tmp, RIPGREP_CACHE, RIPGREP_TARBALL), '-C', rgStage, 'rg']);
  fs.writeFileSync(path.join(hostDir, 'package.json'), JSON.stringify({ private: true }, null, 2));
  const logFile = path.join(hostDir, 'install.log');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TMPDIR: tmp,
    // code-server's postinstall refuses root unless this is set (npm 11 only warns about it).
    npm_config_unsafe_perm: 'true',
    // node-pty's install runs `npx node-gyp`, which aborts without a TTY unless told yes.
    npm_config_yes: 'true',
    // Native modules must build against the local Node headers, not download them.
    ...(fs.existsSync('/usr/include/node/node.h') ? { npm_config_nodedir: '/usr' } : {}),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
  run('npm', ['install', `code-server@${CODE_SERVER_VERSION}`], hostDir, env, logFile);
  // npm ≥ 11.19 skips dependency install scripts until approved; code-server needs them all.
  const canApprove = spawnSync('npm', ['install-scripts', 'ls'], { cwd: hostDir, env, encoding: 'utf8' }).status === 0;
  if (canApprove) {
    run('npm', ['install-scripts', 'approve', '--all', '--no-allow-scripts-pin'], hostDir, env, logFile);
    run('npm', ['rebuild'], hostDir, env, logFile);
  }
  if (!fs.existsSync(binPath)) throw new Error(`code-server install finished but ${binPath} is missing; log: ${logFile}`);
  fs.rmSync(rgStage, { recursive: true, force: true });
  fs.writeFileSync(readyMarker, new Date().toISOString());
  log(`code-server ready after ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  return binPath;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Quiet, reproducible workbench: no telemetry, tips, trust prompts or AI side bar. */
export const workbenchSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.hover.delay': 300,
};

export interface CodeServerOptions {
  userDataDir: string;
  extensionsDir: string;
  folder?: string;
  port?: number;
  settings?: Record<string, unknown>;
  logFile?: string;
}

export interface RunningCodeServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export function codeServerArgs(opts: Pick<CodeServerOptions, 'userDataDir' | 'extensionsDir'>): string[] {
  return [
    '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--user-data-dir', opts.userDataDir, '--extensions-dir', opts.extensionsDir,
  ];
}

/** Installs a .vsix into an extensions dir with code-server's own CLI. */
export function installVsix(bin: string, vsix: string, opts: Pick<CodeServerOptions, 'userDataDir' | 'extensionsDir'>): void {
  fs.mkdirSync(opts.extensionsDir, { recursive: true });
  const r = spawnSync(bin, [...codeServerArgs(opts), '--install-extension', vsix, '--force'], { encoding: 'utf8' });
  if (r.status !== 0 || !/successfully installed/i.test(r.stdout + r.stderr)) {
    throw new Error(`code-server --install-extension ${vsix} failed:\n${r.stdout}\n${r.stderr}`);
  }
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms`);
}

export async function startCodeServer(bin: string, opts: CodeServerOptions): Promise<RunningCodeServer> {
  const port = opts.port ?? (await freePort());
  fs.mkdirSync(path.join(opts.userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(opts.extensionsDir, { recursive: true });
  fs.writeFileSync(
    path.join(opts.userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...workbenchSettings, ...opts.settings }, null, 2),
  );
  const configFile = path.join(opts.userDataDir, 'code-server.yaml');
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFd = fs.openSync(opts.logFile ?? path.join(opts.userDataDir, 'server.log'), 'a');
  const args = ['--config', configFile, '--bind-addr', `127.0.0.1:${port}`, ...codeServerArgs(opts)];
  if (opts.folder) args.push(opts.folder);
  // Own process group, so stop() takes down the server's children (extension host, watchers).
  const child = spawn(bin, args, { detached: true, stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHealth(url, child, 60_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, process: child, stop };
}

if (process.argv[1] === import.meta.filename && process.argv[2] === 'install') {
  try {
    console.log(ensureCodeServer());
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
