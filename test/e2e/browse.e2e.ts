import assert from 'node:assert/strict';
import { Workbench } from './workbench';

const ENTRY_EN = 'How do you train or fine-tune a large model with limited resources?';
const ENTRY_ZH = '如何在资源受限的环境下训练（微调）大模型？';

describe('Browsing the knowledge base: tree, answer panel, search', () => {
  let wb: Workbench;
  before(async () => {
    wb = await Workbench.open();
    await wb.page.locator('.activitybar a.action-label[aria-label^="LLM Field Guide"]').click();
  });
  after(async () => {
    await wb?.close();
  });

  it('opens an entry from the tree and shows its English and Chinese text', async () => {
    const topics = wb.page.locator('[id="workbench.view.extension.llmFieldGuide"] .pane').first().getByRole('treeitem');
    await topics.filter({ hasText: 'Compression & resource efficiency' }).click();
    await topics.filter({ hasText: ENTRY_EN }).click();
    const web = wb.webview();
    const titleEn = web.locator('h1[data-content-lang="en"]');
    await titleEn.waitFor();
    assert.equal((await titleEn.innerText()).trim(), ENTRY_EN);
    assert.match(await web.locator('[data-content-lang="en"].entry-body').innerText(), /gradient accumulation/i);
    // Every recorded correction is shown as a visible box.
    assert.ok((await web.locator('.correction:visible').count()) >= 3, 'correction boxes visible');
    await wb.screenshot('panel-entry-en');

    await web.locator('button[data-action="setLanguage"][data-lang="zh"]').click();
    const titleZh = web.locator('h1[data-content-lang="zh"]');
    await titleZh.waitFor({ state: 'visible' });
    assert.equal((await titleZh.innerText()).trim(), ENTRY_ZH);
    assert.match(await web.locator('[data-content-lang="zh"].entry-body').innerText(), /梯度累积/);
    assert.equal(await titleEn.isVisible(), false, 'English title hidden while Chinese is shown');
    await wb.screenshot('panel-entry-zh');
    await web.locator('button[data-action="setLanguage"][data-lang="en"]').click();
    await titleEn.waitFor({ state: 'visible' });
  });

  it('follows a term link to the term card', async () => {
    const web = wb.webview();
    await web.locator('a[data-term="gradient-checkpointing"]').first().click();
    const title = web.locator('h1.page-title:visible', { hasText: 'Gradient checkpointing' });
    await title.waitFor();
    const card = await web.locator('body').innerText();
    assert.match(card, /梯度检查点/, 'the Chinese term is on the card');
    assert.match(card, /gradient_checkpointing_enable|checkpoint/i, 'code signals or example shown');
    await wb.screenshot('panel-term-card');
  });

  for (const [query, expected] of [
    ['混合精度', 'Mixed precision training'],
    ['mixed precision', 'Mixed precision training'],
  ] as const) {
    it(`searches for "${query}" and opens the hit`, async () => {
      await wb.search(query);
      const row = wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: expected }).first();
      await row.waitFor();
      await wb.screenshot(`search-${query.includes(' ') ? 'mixed-precision' : 'zh'}`);
      await row.click();
      await wb.webview().locator('h1.page-title:visible', { hasText: expected }).waitFor();
    });
  }
});
