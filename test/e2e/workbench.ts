// A user's view of the extension: code-server with the packaged .vsix installed, driven by
// Chromium through playwright-core. Each suite gets a fresh profile and server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from '../host/chromium';
import { ensureCodeServer, installVsix, repoRoot, startCodeServer, type RunningCodeServer } from '../host/codeServer';

export const ACTIVITY_ICON = '.activitybar a.action-label[aria-label^="LLM Field Guide"]';
export const screenshotDir = path.join(repoRoot, 'test-results', 'e2e');

export class Workbench {
  private constructor(
    readonly page: Page,
    private readonly browser: LaunchedBrowser,
    private readonly server: RunningCodeServer,
    private readonly scratch: string,
  ) {}

  static async open(opts: { folder?: string; settings?: Record<string, unknown> } = {}): Promise<Workbench> {
    const version = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version as string;
    const vsix = path.join(repoRoot, `llm-field-guide-${version}.vsix`);
    if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first (npm run test:e2e does).`);
    const bin = ensureCodeServer();
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-field-guide-e2e-'));
    const dirs = { userDataDir: path.join(scratch, 'data'), extensionsDir: path.join(scratch, 'extensions') };
    installVsix(bin, vsix, dirs);
    const folder = opts.folder ?? path.join(repoRoot, 'examples');
    const server = await startCodeServer(bin, { ...dirs, folder, settings: opts.settings });
    const browser = await launchChromium();
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(30_000);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.monaco-workbench').waitFor();
    // The icon appears once the extension host has registered the extension's contributions.
    await page.locator(ACTIVITY_ICON).waitFor();
    fs.mkdirSync(screenshotDir, { recursive: true });
    return new Workbench(page, browser, server, scratch);
  }

  /** Saves a screenshot after the workbench's fade-in animations (toasts, hovers) have finished. */
  async screenshot(name: string): Promise<string> {
    await this.page.waitForTimeout(400);
    const file = path.join(screenshotDir, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Runs a command from the command palette (F1), by its visible title. */
  async runCommand(title: string): Promise<void> {
    // Keys pressed while a webview has focus go to its iframe; give the workbench focus first.
    await this.page.locator('.part.sidebar .composite.title').click();
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor();
    await this.page.keyboard.press('Enter');
  }

  /** Opens the Field Guide's search box and types a query into it. */
  async search(query: string): Promise<void> {
    await this.runCommand('LLM Field Guide: Search');
    // Typed only once the search box has replaced the command palette, or the query goes to the palette.
    await this.page.locator('.quick-input-widget .quick-input-title', { hasText: 'Search LLM Field Guide' }).waitFor();
    await this.page.locator('.quick-input-widget input').fill(query);
  }

  /** The content frame of the active webview panel. */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.stop();
    fs.rmSync(this.scratch, { recursive: true, force: true });
  }
}
