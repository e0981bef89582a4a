// Runs a mocha suite inside code-server's real extension host. The workbench reads
// ?payload=[["extensionDevelopmentPath",uri],["extensionTestsPath",uri]] — VS Code web's
// extension-development mechanism — and calls window.codeAutomationExit(code) when done.
import util from 'node:util';
import { launchChromium } from './chromium';

const HOST_NOISE = /vsda|Failed to load resource|connection token|Creating a socket|service worker controller|ENOTFOUND|^\s*(INFO|WARN|ERR)?\s*$/;

export async function runSuiteInHost(opts: {
  url: string;
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  folder?: string;
  timeoutMs?: number;
}): Promise<number> {
  const remote = (p: string) => `vscode-remote://${new URL(opts.url).host}${p}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(opts.extensionDevelopmentPath)],
    ['extensionTestsPath', remote(opts.extensionTestsPath)],
  ]);
  const target = `${opts.url}/?${opts.folder ? `folder=${encodeURIComponent(opts.folder)}` : 'ew=true'}&payload=${encodeURIComponent(payload)}`;
  const browser = await launchChromium();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    let finish!: (code: number | 'timeout') => void;
    const exited = new Promise<number | 'timeout'>((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    await page.exposeFunction('codeAutomationLog', () => undefined);
    // The extension host's console is forwarded to the page console: relay mocha's report.
    page.on('console', async (message) => {
      let parts: unknown[];
      try {
        parts = await Promise.all(message.args().map((a) => a.jsonValue()));
      } catch {
        parts = [message.text()];
      }
      const cleaned: unknown[] = [];
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i];
        if (typeof p === 'string' && p.includes('%c')) {
          cleaned.push(p.replace(/%c/g, '').trim());
          i++; // skip the CSS argument
        } else cleaned.push(p);
      }
      // Mocha logs ('%s passing', …) arrive after a level prefix: format from the first pattern on.
      const k = cleaned.findIndex((p) => typeof p === 'string' && /%[sdifjoO]/.test(p));
      const line = (k >= 0 ? [...cleaned.slice(0, k), util.format(...cleaned.slice(k))] : cleaned.map(String))
        .join(' ')
        .replace(/^(INFO|WARN)\s+/, '');
      if (!HOST_NOISE.test(line)) console.log(`  ${line.split('\n').slice(0, 12).join('\n  ')}`);
    });
    await page.goto(target);
    const timer = setTimeout(() => finish('timeout'), opts.timeoutMs ?? 180_000);
    const code = await exited;
    clearTimeout(timer);
    if (code === 'timeout') {
      console.error('The extension host did not report a result in time (is the suite hanging?).');
      return 1;
    }
    return code;
  } finally {
    await browser.close();
  }
}
