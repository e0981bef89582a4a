import assert from 'node:assert/strict';
import { Workbench } from './workbench';

const TOPIC_TITLES = [
  'Fundamentals & architecture',
  'Data & tokenization',
  'Training & optimization',
  'Distributed & efficient training',
  'Compression & resource efficiency',
  'Inference & deployment',
  'Transfer, fine-tuning & continual learning',
  'Evaluation, robustness & interpretability',
  'Safety, security & privacy',
  'Applications & business',
];

describe('The installed extension in code-server, as a user sees it', () => {
  let wb: Workbench;
  before(async () => {
    wb = await Workbench.open();
  });
  after(async () => {
    await wb?.close();
  });

  it('shows its icon in the activity bar', async () => {
    const icon = wb.page.locator('.activitybar a.action-label[aria-label^="LLM Field Guide"]');
    await icon.waitFor();
    assert.equal(await icon.isVisible(), true);
  });

  it('lists the ten topics in the sidebar tree', async () => {
    await wb.page.locator('.activitybar a.action-label[aria-label^="LLM Field Guide"]').click();
    const tree = wb.page.locator('[id="workbench.view.extension.llmFieldGuide"] .pane').first().getByRole('treeitem');
    await tree.filter({ hasText: TOPIC_TITLES[9] }).waitFor();
    const labels = await tree.locator('.label-name').allInnerTexts();
    assert.deepEqual(labels.map((s) => s.trim()), TOPIC_TITLES);
    await wb.page.mouse.move(900, 500);
    await wb.screenshot('sidebar-topics');
  });

  it('runs a command from the command palette (F1)', async () => {
    await wb.runCommand('LLM Field Guide: Show Knowledge Base Statistics');
    const toast = wb.page.locator('.notifications-toasts .notification-toast', { hasText: 'LLM Field Guide:' });
    await toast.waitFor();
    assert.match(await toast.innerText(), /10 topics/);
    await wb.screenshot('command-palette-stats');
  });
});
