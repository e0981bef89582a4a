import assert from 'node:assert/strict';
import { Workbench } from './workbench';

/** Moves the mouse onto `word` in the visible editor line that contains it. */
async function hoverWord(wb: Workbench, word: string): Promise<void> {
  const line = wb.page.locator('.editor-instance .monaco-editor .view-line', { hasText: word }).first();
  await line.waitFor();
  // The editor splits a line into token spans, so look for the phrase's first word.
  const first = word.split(' ')[0];
  const box = await line.evaluate((el, w) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(w);
      if (i >= 0) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + w.length);
        const b = r.getBoundingClientRect();
        return { x: b.x, y: b.y, w: b.width, h: b.height };
      }
    }
    return null;
  }, first);
  assert.ok(box, `"${word}" is on screen`);
  // Enter the editor away from any word first: the hover follows real mouse movement over it.
  const editor = await wb.page.locator('.editor-instance .monaco-editor .view-lines').first().boundingBox();
  await wb.page.mouse.move(editor!.x + editor!.width - 40, editor!.y + editor!.height - 20);
  await wb.page.waitForTimeout(200);
  await wb.page.mouse.move(box.x + 2, box.y + box.h / 2);
  await wb.page.mouse.move(box.x + box.w / 2, box.y + box.h / 2, { steps: 5 });
}

/**
 * Hovers `word` until a card containing `title` shows; moves the mouse again once, as a user would.
 * The workbench sometimes never asks the hover providers about the first rest of the mouse in a
 * freshly opened editor (seen in the extension host: no request arrives), so the first try is short.
 */
async function hoverCard(wb: Workbench, word: string, title: string) {
  const card = wb.page.locator('.monaco-hover:visible', { hasText: title });
  for (let attempt = 0; ; attempt++) {
    await hoverWord(wb, word);
    try {
      await card.waitFor({ timeout: attempt === 0 ? 4_000 : 30_000 });
      return card;
    } catch (e) {
      if (attempt > 0) throw e;
    }
  }
}

describe('Hover cards in the editor', () => {
  let wb: Workbench;
  before(async () => {
    wb = await Workbench.open();
    await wb.page.locator('.part.sidebar .composite.title').click();
    await wb.page.keyboard.press('Control+P');
    await wb.page.locator('.quick-input-widget input').fill('finetune_lora.py');
    await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'finetune_lora.py' }).first().click();
    await wb.page.locator('.editor-instance .monaco-editor[data-uri$="finetune_lora.py"]').waitFor();
  });
  after(async () => {
    await wb?.close();
  });

  it('explains "mixed precision" in a docstring', async () => {
    const card = await hoverCard(wb, 'mixed precision', 'Mixed precision training');
    const text = (await card.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /混合精度训练/);
    assert.match(text, /Open in Field Guide/);
    assert.match(text, /Quiz me on this/);
    await wb.screenshot('hover-mixed-precision');
  });

  it('explains a term in a Chinese comment, and opens the card in the Field Guide', async () => {
    await wb.page.mouse.move(900, 820);
    await wb.page.keyboard.press('Escape');
    const card = await hoverCard(wb, '梯度检查点', 'Gradient checkpointing');
    await wb.screenshot('hover-chinese-comment');
    await card.getByText('Open in Field Guide').click();
    await wb.webview().locator('h1.page-title:visible', { hasText: 'Gradient checkpointing' }).waitFor();
  });
});
