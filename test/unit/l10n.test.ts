// Every user-visible string goes through vscode.l10n (or a %key% of the manifest) and has a
// Chinese translation with the same placeholders.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(import.meta.dirname, '../..');
const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
const placeholders = (text: string): string[] => [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(`${dir}/${d.name}`) : d.name.endsWith('.ts') ? [`${dir}/${d.name}`] : [],
  );
}

function l10nStrings(file: string): string[] {
  const source = fs.readFileSync(path.join(root, file), 'utf8');
  return [...source.matchAll(/l10n\.t\(\s*(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g)].map((m) => m[2].replace(/\\(['"`])/g, '$1'));
}

/** Every "%key%" value anywhere in the manifest. */
function manifestKeys(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    const key = /^%(.+)%$/.exec(value)?.[1];
    if (key) out.push(key);
  } else if (Array.isArray(value)) value.forEach((v) => manifestKeys(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => manifestKeys(v, out));
  return out;
}

describe('localization', () => {
  const bundle = readJson('l10n/bundle.l10n.zh-cn.json');

  it('translates every vscode.l10n.t string into Chinese with the same placeholders', () => {
    const files = ['src/extension.ts', 'src/features.ts', ...sourceFiles('src/vscode')];
    const strings = [...new Set(files.flatMap(l10nStrings))];
    assert.ok(strings.length > 150, `${strings.length} strings found`);
    const missing = strings.filter((s) => typeof bundle[s] !== 'string');
    assert.deepEqual(missing, [], 'not in l10n/bundle.l10n.zh-cn.json');
    for (const s of strings) assert.deepEqual(placeholders(String(bundle[s])), placeholders(s), `placeholders of ${JSON.stringify(s)}`);
    for (const s of strings.filter((t) => t.startsWith('$('))) assert.ok(String(bundle[s]).startsWith(s.slice(0, s.indexOf(')') + 1)), `keeps the icon: ${s}`);
  });

  it('has both languages for every %key% of the manifest', () => {
    const keys = [...new Set(manifestKeys(readJson('package.json')))];
    assert.ok(keys.length > 40, `${keys.length} keys`);
    const en = readJson('package.nls.json');
    const zh = readJson('package.nls.zh-cn.json');
    assert.deepEqual(keys.filter((k) => typeof en[k] !== 'string'), [], 'missing in package.nls.json');
    assert.deepEqual(keys.filter((k) => typeof zh[k] !== 'string'), [], 'missing in package.nls.zh-cn.json');
  });

  it('keeps no translation that nothing uses', () => {
    const files = ['src/extension.ts', 'src/features.ts', ...sourceFiles('src/vscode')];
    const used = new Set(files.flatMap(l10nStrings));
    assert.deepEqual(Object.keys(bundle).filter((k) => !used.has(k)), []);
  });
});
