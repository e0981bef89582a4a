// Runs test/integration/suite inside a real extension host through @vscode/test-electron.
// Default: code-server (VS Code 1.100.3, works offline) via test/host/code-server-adapter.sh.
// VSCODE_TEST_HOST=desktop: a desktop VS Code that test-electron downloads (needs the network).
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ensureCodeServer, MissingPrerequisite, repoRoot } from '../host/codeServer';
import { findChromium } from '../host/codeServer';

async function main(): Promise<void> {
  const desktop = process.env.VSCODE_TEST_HOST === 'desktop';
  if (!desktop) {
    findChromium();
    ensureCodeServer();
  }
  await runTests({
    vscodeExecutablePath: desktop ? undefined : path.join(repoRoot, 'test/host/code-server-adapter.sh'),
    version: desktop ? '1.100.3' : undefined,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(repoRoot, 'out/test/integration/suite/index.js'),
    launchArgs: [path.join(repoRoot, 'test/fixtures/workspace'), ...(desktop ? ['--disable-extensions'] : [])],
  });
}

main().catch((e) => {
  console.error(e instanceof MissingPrerequisite ? e.message : `Integration tests failed: ${(e as Error).message}`);
  process.exit(1);
});
