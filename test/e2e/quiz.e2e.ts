import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ContentBundle } from '../../src/core/knowledge/model';
import { repoRoot } from '../host/codeServer';
import { ACTIVITY_ICON, Workbench } from './workbench';

const DAY = 86_400_000;
/** Seven cards answered Good forty days ago: all due again now. */
const DUE_CARDS = ['entry:long-context', 'entry:training-memory', 'entry:inference-acceleration', 'term:zero', 'term:lora', 'term:kv-cache', 'term:mixed-precision-training'];

function progressFile(dir: string): string {
  const at = new Date(Date.now() - 40 * DAY).toISOString();
  const log = DUE_CARDS.map((cardId, i) => ({ id: `e2e-${i}`, cardId, rating: 'good', at, source: 'review' }));
  const file = path.join(dir, 'progress.json');
  fs.writeFileSync(file, JSON.stringify({ version: 2, cards: {}, log }, null, 2));
  return file;
}

describe('Quizzes and review, as a user sees them', () => {
  let wb: Workbench;
  let scratch: string;
  const quickInput = () => wb.page.locator('.quick-input-widget');
  const rows = () => quickInput().locator('.monaco-list-row');
  const title = () => quickInput().locator('.quick-input-title');
  const dueItem = (text: string) => wb.page.locator('.statusbar-item', { hasText: text });

  before(async () => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-field-guide-quiz-e2e-'));
    wb = await Workbench.open();
  });
  after(async () => {
    await wb?.close();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('imports progress and counts the due cards in the status bar', async () => {
    const file = progressFile(scratch);
    const imported = wb.page.locator('.notifications-toasts .notification-toast', { hasText: 'Imported 7 new review(s).' });
    const input = quickInput().locator('input');
    /** One pass through the open dialog: true once the import is reported, false if the dialog closed without it. */
    const importThroughDialog = async (): Promise<boolean> => {
      await wb.runCommand('LLM Field Guide: Import Progress…');
      // code-server's open dialog is a quick input taking a path.
      await input.waitFor({ state: 'visible' });
      // The dialog writes its starting folder into the input a moment after it opens, which can
      // replace a path typed before that; type it again until the dialog lists the typed file.
      const listed = rows().filter({ hasText: path.basename(file) });
      const deadline = Date.now() + 30_000;
      let typedAt = 0;
      for (;;) {
        // Typed again, too, when a listing still has not come five seconds after the path was typed.
        if ((await input.inputValue()) !== file || Date.now() - typedAt > 5_000) {
          await input.fill(file);
          typedAt = Date.now();
        }
        if (await listed.isVisible()) break;
        if (Date.now() > deadline) {
          throw new Error(`the open dialog never listed ${file}; its input reads "${await input.inputValue()}"`);
        }
        await wb.page.waitForTimeout(250);
      }
      // On a busy machine the dialog may still be refreshing its listing when Enter arrives; like
      // a user, press Enter again while the dialog is still open.
      for (let attempt = 0; attempt < 3; attempt++) {
        await wb.page.waitForTimeout(300);
        if (await input.isVisible()) await wb.page.keyboard.press('Enter');
        try {
          await imported.waitFor({ timeout: 10_000 });
          return true;
        } catch {
          if (!(await input.isVisible())) return false;
        }
      }
      return false;
    };
    // A dialog that closed without importing anything (nothing is due yet) is opened again, as a
    // user would; an import that happened but was reported otherwise still fails below.
    if (!(await importThroughDialog()) && !(await dueItem('7 due').isVisible())) await importThroughDialog();
    await imported.waitFor({ timeout: 1_000 });
    await dueItem('7 due').waitFor();
    assert.match(await dueItem('7 due').innerText(), /7 due/);
    await wb.runCommand('Notifications: Clear All Notifications');
  });

  it('runs a 5-question quiz from the palette with feedback after each answer, then the results', async () => {
    await wb.runCommand('LLM Field Guide: Start Quiz');
    await rows().filter({ hasText: 'Cards due now' }).waitFor();
    assert.match(await rows().filter({ hasText: 'Cards due now' }).innerText(), /7 due/);
    await wb.screenshot('quiz-scope');
    await rows().filter({ hasText: 'Cards due now' }).click();
    await rows().filter({ hasText: '5 questions' }).click();

    for (let i = 0; i < 5; i++) {
      // The next question is on screen (not the feedback of the last one, which also lists "A. …").
      await quickInput().locator('input[placeholder^="Pick an answer"]').waitFor();
      await quickInput().filter({ hasText: `${i + 1}/5` }).waitFor();
      const optionA = rows().filter({ hasText: /^\s*A\. / }).first();
      await optionA.waitFor();
      if (i === 0) await wb.screenshot('quiz-question');
      if (i === 1) {
        // An answer by its letter: type it and press Enter.
        await quickInput().locator('input').fill('b');
        await wb.page.keyboard.press('Enter');
      } else await optionA.click();
      await title().filter({ hasText: /✓ Right|✗ Not quite/ }).waitFor();
      const feedback = await quickInput().innerText();
      assert.match(feedback, /Right answer/);
      assert.match(feedback, /Explanation/);
      assert.match(feedback, i === 4 ? /See the results/ : /Next question/);
      if (i === 1) assert.match(feedback, /\bB\. /, 'the typed letter chose B (shown as the right answer or as yours)');
      if (i === 0) await wb.screenshot('quiz-feedback');
      await wb.page.keyboard.press('Enter');
    }
    const web = wb.webview();
    await web.locator('h1.page-title', { hasText: 'Quiz results' }).waitFor();
    const page = await web.locator('body').innerText();
    assert.match(page, /\d of 5 right/);
    assert.match(page, /By topic/);
    assert.ok((await web.locator('svg.lfg-chart').count()) >= 1, 'the per-topic chart is drawn');
    await wb.screenshot('quiz-results');
  });

  it('counts fewer due cards after the quiz', async () => {
    await dueItem('2 due').waitFor();
    await wb.screenshot('quiz-status-bar');
  });

  it('shows mastery badges and due counts in the Topics tree', async () => {
    await wb.page.locator(ACTIVITY_ICON).click();
    const tree = wb.page.locator('[id="workbench.view.extension.llmFieldGuide"] .pane').first().getByRole('treeitem');
    const topic = tree.filter({ hasText: 'Inference & deployment' });
    await topic.waitFor();
    await topic.click();
    const entry = tree.filter({ hasText: 'How do you speed up large-model inference' });
    await entry.waitFor();
    await wb.page.mouse.move(900, 500);
    await wb.screenshot('quiz-tree-badges');
    // Decoration badges are drawn by CSS (::after), so look at the computed content.
    const badges = await entry.evaluate((row) =>
      Array.from(row.querySelectorAll('*')).map((el) => getComputedStyle(el, '::after').content).filter((c) => c && c !== 'none' && c !== 'normal'),
    );
    assert.ok(badges.some((c) => /[◔◑●]/.test(c)), `a mastery badge on the answered entry: ${JSON.stringify(badges)}`);
    assert.match(await tree.filter({ hasText: 'Fundamentals & architecture' }).innerText(), /\d+ entries( · \d+ due)?/);
  });

  it('reviews a due card: question, answer in the panel, rating', async () => {
    await wb.runCommand('LLM Field Guide: Review Due Cards');
    await rows().filter({ hasText: 'Show the answer' }).click();
    await rows().filter({ hasText: 'Good' }).waitFor();
    assert.match(await quickInput().innerText(), /next review in/);
    await wb.webview().locator('h1.page-title:visible').waitFor();
    await wb.screenshot('quiz-review');
    await rows().filter({ hasText: 'Good' }).click();
    await dueItem('1 due').waitFor();
    await wb.page.keyboard.press('Escape');
  });

  it('shows the progress page with its charts', async () => {
    await wb.runCommand('LLM Field Guide: Show Progress');
    const web = wb.webview();
    await web.locator('h1.page-title', { hasText: 'Study progress' }).waitFor();
    assert.equal(await web.locator('svg.lfg-chart').count(), 3);
    await wb.screenshot('quiz-progress');
  });

  it('starts a quiz on an entry from its page', async () => {
    await wb.search('long context');
    await rows().filter({ hasText: 'How do large models handle long texts' }).first().click();
    const web = wb.webview();
    await web.locator('button[data-action="quiz"]:visible').click();
    await rows().filter({ hasText: /^\s*A\. / }).first().waitFor();
    // The question is one of the entry's own quiz items.
    const bundle = JSON.parse(fs.readFileSync(path.join(repoRoot, 'dist', 'content.json'), 'utf8')) as ContentBundle;
    const openings = bundle.quiz.filter((q) => q.owner.id === 'long-context').map((q) => q.question.en.split(' ').slice(0, 4).join(' '));
    const shown = (await quickInput().innerText()).replace(/\s+/g, ' ');
    assert.ok(openings.length > 0 && openings.some((o) => shown.includes(o)), `one of ${JSON.stringify(openings)} in ${JSON.stringify(shown)}`);
    await wb.page.keyboard.press('Escape');
  });
});
