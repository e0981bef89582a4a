// Every word the quiz and review surfaces show goes through vscode.l10n and has a Chinese
// translation with the same placeholders; every manifest string they contribute has both languages.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(import.meta.dirname, '../../..');
const SURFACES = ['quizFeature', 'quizPick', 'reviewPick', 'studyText', 'studyItems', 'dueCounter', 'masteryDecorations', 'progressStore'];
const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
const placeholders = (text: string): string[] => [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();

function l10nStrings(file: string): string[] {
  const source = fs.readFileSync(path.join(root, 'src/vscode', `${file}.ts`), 'utf8');
  return [...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\'/g, "'"));
}

describe('quiz and review strings', () => {
  const bundle = readJson('l10n/bundle.l10n.zh-cn.json');

  it('are translated into Chinese with the same placeholders', () => {
    const strings = SURFACES.flatMap(l10nStrings);
    assert.ok(strings.length > 100, `${strings.length} strings found`);
    const missing = strings.filter((s) => typeof bundle[s] !== 'string');
    assert.deepEqual(missing, [], 'not in l10n/bundle.l10n.zh-cn.json');
    for (const s of strings) assert.deepEqual(placeholders(String(bundle[s])), placeholders(s), `placeholders of ${JSON.stringify(s)}`);
    for (const s of strings.filter((t) => t.startsWith('$('))) assert.ok(String(bundle[s]).startsWith(s.slice(0, s.indexOf(')') + 1)), `keeps the icon: ${s}`);
  });

  it('contribute commands, the retention setting and colours in both languages', () => {
    const pkg = readJson('package.json') as { contributes: { commands: { command: string; title: string }[]; colors: { description: string }[]; configuration: { properties: Record<string, { markdownDescription?: string; description?: string }> } } };
    const en = readJson('package.nls.json');
    const zh = readJson('package.nls.zh-cn.json');
    const ours = [
      ...pkg.contributes.commands.filter((c) => /^llmFieldGuide\.(startQuiz|quizTopic|quizTarget|review|showProgress|exportProgress|importProgress|resetProgress)$/.test(c.command)).map((c) => c.title),
      ...pkg.contributes.colors.map((c) => c.description),
      pkg.contributes.configuration.properties['llmFieldGuide.review.targetRetention'].markdownDescription ?? '',
    ];
    assert.equal(ours.length, 12);
    for (const ref of ours) {
      const key = /^%(.+)%$/.exec(ref)?.[1];
      assert.ok(key, `${ref} is a %key% reference`);
      assert.equal(typeof en[key], 'string', `${key} in package.nls.json`);
      assert.equal(typeof zh[key], 'string', `${key} in package.nls.zh-cn.json`);
    }
  });
});
