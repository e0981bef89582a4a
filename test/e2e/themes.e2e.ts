import assert from 'node:assert/strict';
import { Workbench } from './workbench';

const THEMES = [
  { name: 'light', theme: 'Default Light Modern', bodyClass: 'vscode-light' },
  { name: 'dark', theme: 'Default Dark Modern', bodyClass: 'vscode-dark' },
  { name: 'high-contrast', theme: 'Default High Contrast', bodyClass: 'vscode-high-contrast' },
];

async function openBySearch(wb: Workbench, query: string, title: string): Promise<void> {
  await wb.search(query);
  await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().click();
  await wb.webview().locator('h1.page-title:visible', { hasText: title }).waitFor();
}

for (const { name, theme, bodyClass } of THEMES) {
  describe(`The answer panel in the ${name} theme`, () => {
    let wb: Workbench;
    before(async () => {
      wb = await Workbench.open({ settings: { 'workbench.colorTheme': theme } });
    });
    after(async () => {
      await wb?.close();
    });

    it('renders with the theme and shows the correction box', async () => {
      await openBySearch(wb, 'ROC', 'How do you evaluate a large model');
      const web = wb.webview();
      assert.match((await web.locator('body').getAttribute('class')) ?? '', new RegExp(bodyClass));
      const box = web.locator('.correction').first();
      await box.scrollIntoViewIfNeeded();
      assert.equal(await box.isVisible(), true);
      await wb.screenshot(`theme-${name}`);
    });

    if (name === 'dark') {
      it('restores the open panel after the window reloads', async () => {
        // Reload Window shuts the workbench down properly, so the webview state is saved first.
        await wb.runCommand('Developer: Reload Window');
        await wb.page.waitForEvent('load');
        await wb.page.locator('.monaco-workbench').waitFor();
        await wb.webview().locator('h1.page-title:visible', { hasText: 'How do you evaluate a large model' }).waitFor({ timeout: 60_000 });
      });
    }
  });
}
