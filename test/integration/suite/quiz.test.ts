import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { LlmFieldGuideApi, LlmFieldGuideHandle } from '../../../src/extension';

// Literals, not imports: this file is transpiled alone and cannot load the extension's modules.
const PROGRESS_KEY = 'llmFieldGuide.progress';
const BACKUP_PREFIX = 'llmFieldGuide.progressBackup.';
const RETENTION_SETTING = 'llmFieldGuide.review.targetRetention';
const DAY = 86_400_000;

async function api(): Promise<LlmFieldGuideApi> {
  return (await vscode.extensions.getExtension<LlmFieldGuideHandle>('llm-field-guide.llm-field-guide')!.activate()).features();
}

async function until<T>(probe: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface StoredRecord {
  id: string;
  cardId: string;
  rating: string;
  at: string;
  source: string;
  correct?: boolean;
  sessionId?: string;
}

const record = (id: string, cardId: string, rating: string, daysAgo: number): StoredRecord => ({
  id,
  cardId,
  rating,
  at: new Date(Date.now() - daysAgo * DAY).toISOString(),
  source: 'review',
});

/** What another window (or device) stored: a version-2 document in the same history as ours. */
function otherWindowDocument(a: LlmFieldGuideApi, extra: StoredRecord[]): unknown {
  const current = a.quiz.store.current;
  return { version: 2, ...(current.epoch ? { epoch: current.epoch } : {}), cards: {}, log: [...current.log, ...extra] };
}

const storedLog = (a: LlmFieldGuideApi): StoredRecord[] => (a.quiz.globalState.get<{ log: StoredRecord[] }>(PROGRESS_KEY)?.log ?? []);

describe('Quizzes, review and progress', () => {
  beforeEach(async () => {
    const a = await api();
    await a.quiz.activeQuiz()?.end();
    await a.quiz.activeReview()?.end();
    await vscode.commands.executeCommand('llmFieldGuide.resetProgress', { confirmed: true });
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration().update(RETENTION_SETTING, undefined, vscode.ConfigurationTarget.Global);
  });

  it('stores every answer at once and merges with what another window stored meanwhile', async () => {
    const a = await api();
    const store = a.quiz.store;
    // Another window answered two cards since this window last looked.
    await a.quiz.globalState.update(PROGRESS_KEY, otherWindowDocument(a, [record('other-1', 'entry:what-is-a-large-model', 'good', 0.01), record('other-2', 'term:zero', 'again', 0.01)]));
    // This window answers two questions at the same time.
    await Promise.all([store.answer({ cardId: 'entry:long-context' }, true, 'quiz-test'), store.answer({ cardId: 'term:lora' }, false, 'quiz-test')]);
    const ids = storedLog(a).map((r) => r.id);
    assert.ok(ids.includes('other-1') && ids.includes('other-2'), `the other window's reviews are kept: ${ids.join(', ')}`);
    assert.equal(ids.length, 4);
    const mine = storedLog(a).filter((r) => r.sessionId === 'quiz-test');
    assert.deepEqual(mine.map((r) => [r.cardId, r.rating, r.correct, r.source]).sort(), [
      ['entry:long-context', 'good', true, 'quiz'],
      ['term:lora', 'again', false, 'quiz'],
    ]);
    assert.match(mine[0].id, new RegExp(`^${vscode.env.machineId}\\.${vscode.env.sessionId}-\\d+-\\d+$`), 'record ids name this window');
    assert.deepEqual(Object.keys(store.current.cards).sort(), ['entry:long-context', 'entry:what-is-a-large-model', 'term:lora', 'term:zero']);

    // A window that syncs later picks the answers up without writing anything back.
    await a.quiz.globalState.update(PROGRESS_KEY, otherWindowDocument(a, [record('other-3', 'term:kv-cache', 'easy', 0)]));
    await store.sync();
    assert.ok(store.current.log.some((r) => r.id === 'other-3'));
  });

  it('backs up a corrupted stored value, reports it once and carries on', async () => {
    const a = await api();
    const store = a.quiz.store;
    await store.answer({ cardId: 'entry:long-context' }, true, 'before');
    const reported = store.problems.length;
    const backups = store.backupKeys().length;
    await a.quiz.globalState.update(PROGRESS_KEY, '{"version": 2, "log": [oops');
    await store.sync();
    await until(() => store.backupKeys().length > backups, 'a backup key');
    assert.equal(store.problems.length, reported + 1);
    assert.match(store.problems.at(-1)!, /not valid JSON at line 1, column \d+/);
    const backup = store.backupKeys().at(-1)!;
    assert.ok(backup.startsWith(BACKUP_PREFIX));
    assert.equal(a.quiz.globalState.get(backup), '{"version": 2, "log": [oops', 'the raw value is kept as it was');
    // Nothing this window knew is lost, and the stored value is usable again.
    assert.ok(store.current.log.some((r) => r.sessionId === 'before'));
    assert.ok(storedLog(a).some((r) => r.sessionId === 'before'));
    await store.sync();
    assert.equal(store.problems.length, reported + 1, 'reported once');

    // One damaged record among good ones: only that record is dropped.
    await a.quiz.globalState.update(PROGRESS_KEY, otherWindowDocument(a, [record('good-1', 'term:zero', 'good', 1), { ...record('bad-1', 'term:zero', 'good', 1), rating: 'superb' }]));
    await store.sync();
    assert.match(store.problems.at(-1)!, /\$\.log\[\d+\]\.rating/);
    assert.ok(store.current.log.some((r) => r.id === 'good-1'));
    assert.ok(!store.current.log.some((r) => r.id === 'bad-1'));

    // Whatever is stored, nothing throws.
    for (const junk of [42, [], { version: 99, log: [] }, null]) {
      await a.quiz.globalState.update(PROGRESS_KEY, junk);
      await store.sync();
    }
    await store.answer({ cardId: 'term:zero' }, true, 'after');
    assert.ok(storedLog(a).some((r) => r.sessionId === 'after'));
  });

  it('counts due cards in the status bar and follows each answer', async () => {
    const a = await api();
    await a.quiz.globalState.update(
      PROGRESS_KEY,
      otherWindowDocument(a, [record('d1', 'entry:long-context', 'good', 40), record('d2', 'term:zero', 'good', 40), record('d3', 'term:lora', 'good', 40)]),
    );
    await a.quiz.store.sync();
    const status = await a.quiz.refresh();
    assert.equal(status?.due, 3);
    const item = a.quiz.dueCounter.item;
    assert.equal(item.text, '$(mortar-board) 3 due');
    assert.equal(item.command, 'llmFieldGuide.review');
    assert.match(String(item.tooltip), /3 cards are due for review/);

    await a.quiz.store.answer({ cardId: 'term:zero' }, true, 'count');
    await a.quiz.refresh();
    assert.equal(item.text, '$(mortar-board) 2 due');
    await a.quiz.store.answer({ cardId: 'term:lora' }, false, 'count');
    await a.quiz.store.answer({ cardId: 'entry:long-context' }, true, 'count');
    await a.quiz.refresh();
    assert.equal(item.text, '$(mortar-board) 0 due');
    assert.match(String(item.tooltip), /No cards are due for review\. Next card due in \d+ minutes/, 'the wrong answer comes back within the hour');
  });

  it('shows due counts on topics and mastery badges on entries', async () => {
    const a = await api();
    await a.quiz.globalState.update(PROGRESS_KEY, otherWindowDocument(a, [record('t1', 'entry:long-context', 'good', 40), record('t2', 'entry:training-memory', 'again', 0)]));
    await a.quiz.store.sync();
    assert.equal((await a.quiz.refresh())?.due, 1);
    const longContext = await a.topicsTree.entryNodeFor('long-context');
    assert.ok(longContext);
    const entryItem = a.topicsTree.getTreeItem(longContext);
    assert.equal(entryItem.resourceUri?.toString(), 'llm-field-guide:/entry/long-context');
    const parent = a.topicsTree.getParent(longContext);
    assert.ok(parent);
    assert.match(String(a.topicsTree.getTreeItem(parent).description), /^\d+ entries · 1 due$/);

    const decorate = (uri: string) => a.quiz.decorations.provideFileDecoration(vscode.Uri.parse(uri));
    const due = decorate('llm-field-guide:/entry/long-context');
    assert.equal(due?.badge, '◑');
    assert.equal((due?.color as vscode.ThemeColor | undefined)?.id, 'llmFieldGuide.mastery.review');
    assert.match(String(due?.tooltip), /Mastery: Reviewing/);
    const learning = decorate('llm-field-guide:/entry/training-memory');
    assert.equal(learning?.badge, '◔');
    assert.equal((learning?.color as vscode.ThemeColor | undefined)?.id, 'llmFieldGuide.mastery.learning');
    assert.equal(decorate('llm-field-guide:/entry/inference-acceleration'), undefined, 'a new entry has no badge');
    assert.equal(decorate('file:///entry/long-context'), undefined, 'other schemes are not ours');
  });

  it('runs a quiz from the palette: scope, length, answers recorded as given, results in the panel', async () => {
    const a = await api();
    void vscode.commands.executeCommand('llmFieldGuide.startQuiz');
    const run = await until(() => a.quiz.activeQuiz(), 'the quiz to start');
    assert.equal(run.currentStep, 'scope');
    assert.equal(run.pick.step, 1);
    assert.equal(run.pick.totalSteps, 2);
    assert.ok(run.pick.items.some((i) => i.label.includes('Favourites')));
    await run.pickScope({ kind: 'all' });
    assert.equal(run.currentStep, 'length');
    assert.deepEqual(run.pick.buttons, [vscode.QuickInputButtons.Back]);
    await run.pickLength(5);
    const session = run.current!;
    assert.equal(session.questions.length, 5);
    assert.equal(run.pick.step, 1);
    assert.equal(run.pick.totalSteps, 5);
    assert.equal(run.pick.buttons.length, 2, 'skip and open buttons');

    for (const [i, q] of session.questions.entries()) {
      if (i === 2) {
        run.skip();
        continue;
      }
      const right = q.options.findIndex((o) => o.correct);
      const choice = i === 1 ? (right + 1) % q.options.length : right;
      await run.choose(choice);
      assert.equal(run.currentStep, 'feedback');
      assert.match(run.pick.title ?? '', i === 1 ? /^✗ Not quite: the right answer is [A-D]$/ : /^✓ Right$/);
      const labels = run.pick.items.map((it) => it.label).join('\n');
      assert.match(labels, /\$\(pass-filled\) [A-D]\. /, 'the right answer is shown');
      assert.match(labels, /Open the (full answer|term card) in the panel/);
      assert.ok(a.quiz.store.current.log.some((r) => r.sessionId === session.id && r.cardId === q.cardId), 'recorded before moving on');
      run.next();
    }
    const ended = await run.done;
    assert.equal(ended?.phase, 'finished');
    const panel = await until(() => a.panels.openPanels.find((p) => p.title === 'Quiz results'), 'the results panel');
    assert.match(panel.webview.html, /3 of 5 right/);
    assert.match(panel.webview.html, /class="lfg-chart"/);
    assert.match(panel.webview.html, /media\/charts\.css/);
    assert.equal(a.quiz.store.current.log.filter((r) => r.sessionId === session.id).length, 4);
  });

  it('keeps the answers when the quiz is ended early with Esc', async () => {
    const a = await api();
    void vscode.commands.executeCommand('llmFieldGuide.quizTopic', 'efficiency');
    const run = await until(() => a.quiz.activeQuiz(), 'the topic quiz');
    assert.equal(run.currentStep, 'length');
    await run.pickLength(10);
    const q = run.current!.questions[0];
    assert.ok(run.current!.questions.every((x) => x.topicId === 'efficiency'));
    await run.choose(q.options.findIndex((o) => o.correct));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    const ended = await run.done;
    assert.equal(ended?.endedEarly, true);
    assert.equal(a.quiz.store.current.log.filter((r) => r.sessionId === ended?.id).length, 1);
    const panel = await until(() => a.panels.openPanels.find((p) => p.title === 'Quiz results'), 'the results panel');
    assert.match(panel.webview.html, /You ended the quiz early/);
  });

  it('quizzes on one term or entry (the hover and panel link), its own questions only', async () => {
    const a = await api();
    void vscode.commands.executeCommand('llmFieldGuide.quizTarget', { kind: 'term', id: 'zero' });
    const run = await until(() => a.quiz.activeQuiz()?.current, 'the term quiz');
    assert.ok(run.questions.length >= 2 && run.questions.length <= 5);
    assert.ok(run.questions.every((q) => q.cardId === 'term:zero'));
    assert.ok(run.questions.some((q) => q.source !== 'curated'), 'generated glossary questions too');
    await a.quiz.activeQuiz()?.end();

    void vscode.commands.executeCommand('llmFieldGuide.quizTarget', { kind: 'entry', id: 'training-with-limited-resources' });
    const entryRun = await until(() => a.quiz.activeQuiz()?.current, 'the entry quiz');
    assert.ok(entryRun.questions.length > 0 && entryRun.questions.every((q) => q.cardId === 'entry:training-with-limited-resources' && q.source === 'curated'));
    assert.match(a.quiz.activeQuiz()!.pick.title ?? '', /./);
    await a.quiz.activeQuiz()?.end();

    // Junk from a hand-written command link is ignored.
    await vscode.commands.executeCommand('llmFieldGuide.quizTarget', { kind: 'term', id: '../../etc' });
    assert.equal(a.quiz.activeQuiz(), undefined);
  });

  it('reviews due cards: question, answer in the panel, rating into the same schedule', async () => {
    const a = await api();
    void vscode.commands.executeCommand('llmFieldGuide.review');
    const empty = await until(() => a.quiz.activeReview(), 'the review');
    assert.equal(empty.currentStep, 'empty');
    assert.equal(empty.pick.title, 'No cards are due for review');
    assert.ok(empty.pick.items.some((i) => i.label.includes('Learn new cards')));
    await empty.end();

    await a.quiz.globalState.update(PROGRESS_KEY, otherWindowDocument(a, [record('r1', 'entry:long-context', 'good', 40), record('r2', 'term:zero', 'good', 40)]));
    await a.quiz.store.sync();
    void vscode.commands.executeCommand('llmFieldGuide.review');
    const run = await until(() => a.quiz.activeReview(), 'the review');
    assert.equal(run.currentStep, 'question');
    assert.equal(run.pick.totalSteps, 2);
    const first = run.current!.cards[0];
    await run.reveal();
    assert.equal(run.currentStep, 'answer');
    const [kind, id] = first.split(':');
    const panel = await until(() => a.panels.openPanels[0], 'the answer in the panel');
    assert.ok(panel.webview.html.includes(`data-state="{&quot;view&quot;:{&quot;kind&quot;:&quot;${kind}&quot;,&quot;id&quot;:&quot;${id}&quot;}`), 'the card is open');
    assert.deepEqual(
      run.pick.items.map((i) => i.label.replace(/^\$\([a-z-]+\) /, '')),
      ['1  Again', '2  Hard', '3  Good', '4  Easy'],
    );
    assert.ok(run.pick.items.every((i) => /^next review in \d+ (minutes?|hours?|days?|months?)$/.test(i.description ?? '')), run.pick.items.map((i) => i.description).join('|'));
    await run.rate('good');
    const rated = a.quiz.store.current.log.filter((r) => r.sessionId === run.current?.id);
    assert.deepEqual(rated.map((r) => [r.cardId, r.rating, r.source]), [[first, 'good', 'review']]);
    assert.equal(run.currentStep, 'question');
    await run.end();
    assert.equal((await a.quiz.refresh())?.due, 1);
  });

  it('exports and imports progress, naming the JSON path of every problem', async () => {
    const a = await api();
    await a.quiz.store.answer({ cardId: 'term:zero' }, true, 'export');
    const exported = await a.quiz.store.exportText();
    const dir = vscode.Uri.file(path.join(os.tmpdir(), `llm-field-guide-it-${Date.now()}`));
    const good = vscode.Uri.joinPath(dir, 'progress.json');
    await vscode.workspace.fs.writeFile(good, new TextEncoder().encode(exported));
    await vscode.commands.executeCommand('llmFieldGuide.resetProgress', { confirmed: true });
    assert.equal(a.quiz.store.current.log.length, 0);
    await vscode.commands.executeCommand('llmFieldGuide.importProgress', good);
    assert.ok(a.quiz.store.current.log.some((r) => r.sessionId === 'export'));

    const bad = JSON.parse(exported) as { log: Record<string, unknown>[] };
    bad.log[0].rating = 'superb';
    const result = await a.quiz.store.import(JSON.stringify(bad));
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.problems.map((p) => p.path), ['$.log[0].rating']);
    const syntax = await a.quiz.store.import('{"version": 2,\n "log": [}');
    assert.match(!syntax.ok ? syntax.problems[0].message : '', /line 2, column \d+/);
    await vscode.workspace.fs.delete(dir, { recursive: true });
  });

  it('follows the target retention setting', async () => {
    const a = await api();
    assert.equal(a.quiz.store.schedulerInUse.settings.requestRetention, 0.9);
    await vscode.workspace.getConfiguration().update(RETENTION_SETTING, 0.8, vscode.ConfigurationTarget.Global);
    await until(() => a.quiz.store.schedulerInUse.settings.requestRetention === 0.8, 'the new retention');
    await vscode.workspace.getConfiguration().update(RETENTION_SETTING, 0.5, vscode.ConfigurationTarget.Global);
    await until(() => a.quiz.store.schedulerInUse.settings.requestRetention === 0.7, 'a clamped retention');
  });

  it('shows the progress page with its charts', async () => {
    const a = await api();
    await a.quiz.store.answer({ cardId: 'term:zero' }, true, 'progress');
    await vscode.commands.executeCommand('llmFieldGuide.showProgress');
    const panel = await until(() => a.panels.openPanels.find((p) => p.title === 'Study progress'), 'the progress page');
    assert.equal((panel.webview.html.match(/<svg /g) ?? []).length, 3);
    assert.doesNotMatch(panel.webview.html, /unsafe-inline|style="/);
  });

  it('binds Start Quiz to a key no default binding uses', async () => {
    const ext = vscode.extensions.getExtension('llm-field-guide.llm-field-guide')!;
    const binding = (ext.packageJSON.contributes.keybindings as { command: string; key: string; mac: string }[]).find((k) => k.command === 'llmFieldGuide.startQuiz');
    assert.deepEqual([binding?.key, binding?.mac], ['ctrl+alt+q', 'cmd+alt+q']);
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    const doc = await until(() => vscode.window.activeTextEditor?.document, 'the default keybindings');
    const text = doc.getText();
    assert.ok(text.length > 10_000, 'the default keybindings are listed');
    const users = [...text.matchAll(/"key":\s*"ctrl\+alt\+q",\s*"command":\s*"([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(users)], ['llmFieldGuide.startQuiz']);
  });
});
