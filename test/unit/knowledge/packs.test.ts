import assert from 'node:assert/strict';
import { compileContent } from '../../../src/core/knowledge/compile';
import { mergePacks, parsePack } from '../../../src/core/knowledge/packs';
import { edit, loadFixture, locate, memoryReader, site, sites } from './fixtures';

const SHIPPED = compileContent('content', memoryReader(loadFixture('content-good', 'content'))).bundle;
const PACK = 'packs/pack-mixed';

function mixed() {
  return parsePack(PACK, memoryReader(loadFixture('pack-mixed', PACK)));
}

describe('parsePack', () => {
  it('reads entry-format files recursively and skips README.md and non-Markdown files', () => {
    const { pack } = mixed();
    assert.deepEqual(pack.entries.map((p) => p.entry.id).sort(), ['kv-cache-basics', 'training-stability', 'zh-only-note']);
    assert.equal(pack.name, 'pack-mixed');
  });

  it('reports a broken file with its location and skips it', () => {
    const { pack, problems } = mixed();
    assert.deepEqual(sites(problems, /malformed YAML/).map((s) => s.split(':')[0]), [`${PACK}/broken.md`]);
    assert.ok(problems.every((p) => p.file === `${PACK}/broken.md` && p.line >= 2));
    assert.ok(!pack.entries.some((p) => p.entry.file.endsWith('broken.md')));
  });

  it('lets a pack entry have one language: the other is filled and flagged', () => {
    const entry = mixed().pack.entries.find((p) => p.entry.id === 'zh-only-note')?.entry;
    assert.ok(entry);
    assert.equal(entry.untranslated, 'en');
    assert.deepEqual(entry.title, { zh: '什么是 KV 缓存？', en: '什么是 KV 缓存？' });
    assert.equal(entry.answer.en, entry.answer.zh);
    assert.equal(entry.topic, 'pack:pack-mixed');
    assert.equal(entry.difficulty, 2);
    assert.equal(entry.file, `${PACK}/zh-only-note.md`);
  });

  it('keeps a bilingual pack entry as written', () => {
    const entry = mixed().pack.entries.find((p) => p.entry.id === 'kv-cache-basics')?.entry;
    assert.equal(entry?.untranslated, undefined);
    assert.equal(entry?.topic, 'training');
    assert.equal(entry?.file, `${PACK}/nested/kv-cache-basics.md`);
  });

  it('still requires one complete language in a pack entry', () => {
    const files = loadFixture('pack-mixed', PACK);
    files.set(`${PACK}/half.md`, '---\ntitle: { en: Half }\n---\n# 中文\n## 答案\n只有中文答案\n');
    const { pack, problems } = parsePack(PACK, memoryReader(files));
    assert.ok(sites(problems, /missing/).every((s) => s.startsWith(`${PACK}/half.md:`)));
    assert.ok(sites(problems, /missing/).length > 0);
    assert.ok(!pack.entries.some((p) => p.entry.id === 'half'));
  });

  it('reads source-format files, with ids from the file name', () => {
    const { pack, problems } = parsePack('packs/source', memoryReader(loadFixture('pack-source', 'packs/source')));
    assert.deepEqual(problems, []);
    assert.deepEqual(pack.entries.map((p) => p.entry.id), ['000-excerpt-1', '000-excerpt-2', '000-excerpt-3', '000-excerpt-4', '003-excerpt-1', '003-excerpt-2']);
  });

  it('reports a Markdown file in neither format', () => {
    const files = loadFixture('pack-mixed', PACK);
    files.set(`${PACK}/notes.md`, 'Just some notes.\n');
    assert.deepEqual(sites(parsePack(PACK, memoryReader(files)).problems, /not a pack entry/), [`${PACK}/notes.md:1:1`]);
  });
});

describe('mergePacks', () => {
  it('adds the loadable pack entries, their quiz items and the pack topic', () => {
    const { bundle } = mergePacks(SHIPPED, [mixed().pack]);
    assert.deepEqual(bundle.entries.map((e) => e.id), ['training-stability', 'kv-cache-basics', 'training-memory', 'zh-only-note']);
    assert.deepEqual(bundle.topics.map((t) => t.id), ['training', 'efficiency', 'pack:pack-mixed']);
    assert.deepEqual(bundle.topics[2].title, { zh: 'pack-mixed', en: 'pack-mixed' });
    assert.ok(bundle.quiz.some((q) => q.id === 'kv-cache-basics-q1' && q.owner.id === 'kv-cache-basics'));
  });

  it('reports a pack id colliding with a shipped id and keeps the shipped entry', () => {
    const { bundle, problems } = mergePacks(SHIPPED, [mixed().pack]);
    assert.deepEqual(sites(problems, /entry id "training-stability" is already used by the shipped content/), [`${PACK}/collides.md:2:5`]);
    const kept = bundle.entries.filter((e) => e.id === 'training-stability');
    assert.equal(kept.length, 1);
    assert.equal(kept[0].file, 'entries/training/training-stability.md');
  });

  it('reports a quiz id colliding with a shipped quiz id and skips that entry', () => {
    const files = loadFixture('pack-mixed', PACK);
    const file = `${PACK}/nested/kv-cache-basics.md`;
    const text = edit(files, file, 'id: kv-cache-basics-q1', 'id: training-memory-q1');
    const { bundle, problems } = mergePacks(SHIPPED, [parsePack(PACK, memoryReader(files)).pack]);
    assert.deepEqual(sites(problems, /quiz item id "training-memory-q1" is already used by the shipped content/), [site(file, locate(text, 'training-memory-q1'))]);
    assert.ok(!bundle.entries.some((e) => e.id === 'kv-cache-basics'));
  });

  it('reports ids repeated across packs and keeps the first', () => {
    const a = parsePack('packs/a', memoryReader(loadFixture('pack-mixed', 'packs/a'))).pack;
    const b = parsePack('packs/b', memoryReader(loadFixture('pack-mixed', 'packs/b'))).pack;
    const { bundle, problems } = mergePacks(SHIPPED, [a, b]);
    assert.deepEqual(sites(problems, /entry id "zh-only-note" is already used by packs\/a\/zh-only-note\.md/), ['packs/b/zh-only-note.md:2:1'] /* no id key: the front matter's start */);
    assert.equal(bundle.entries.filter((e) => e.id === 'kv-cache-basics').length, 1);
  });

  it('skips a pack entry naming an unknown glossary term or topic', () => {
    const files = loadFixture('pack-mixed', PACK);
    const file = `${PACK}/nested/kv-cache-basics.md`;
    edit(files, file, 'terms: [gradient-clipping]', 'terms: [kv-cache]');
    const text = edit(files, file, 'topic: training', 'topic: serving');
    const { bundle, problems } = mergePacks(SHIPPED, [parsePack(PACK, memoryReader(files)).pack]);
    assert.deepEqual(sites(problems, /unknown glossary term "kv-cache"/), [site(file, locate(text, 'kv-cache]'))]);
    assert.deepEqual(sites(problems, /unknown topic "serving"/), [site(file, locate(text, 'serving'))]);
    assert.ok(!bundle.entries.some((e) => e.id === 'kv-cache-basics'));
  });

  it('does not modify the bundle it is given', () => {
    const before = JSON.stringify(SHIPPED);
    mergePacks(SHIPPED, [mixed().pack]);
    assert.equal(JSON.stringify(SHIPPED), before);
  });
});
