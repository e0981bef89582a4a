import assert from 'node:assert/strict';
import { compileContent } from '../../../src/core/knowledge/compile';
import { edit, loadFixture, locate, memoryReader, site, sites, type FileMap } from './fixtures';

const ROOT = 'content';
const STABILITY = `${ROOT}/entries/training/training-stability.md`;
const MEMORY = `${ROOT}/entries/efficiency/training-memory.md`;
const CLIPPING = `${ROOT}/glossary/gradient-clipping.yaml`;
const MIXED = `${ROOT}/glossary/mixed-precision-training.yaml`;
const SOURCES = `${ROOT}/sources.yaml`;

function good(): FileMap {
  return loadFixture('content-good', ROOT);
}

function compile(files: FileMap) {
  return compileContent(ROOT, memoryReader(files));
}

/** Breaks one file, compiles, and returns where problems matching `message` were reported. */
function problemSites(file: string, from: string | RegExp, to: string, message: RegExp): { at: string[]; text: string } {
  const files = good();
  const text = edit(files, file, from, to);
  return { at: sites(compile(files).problems, message), text };
}

describe('compileContent on a good content folder', () => {
  const { bundle, problems } = compile(good());

  it('reports no problems', () => {
    assert.deepEqual(problems, []);
  });

  it('reads topics, entries, terms and quiz items', () => {
    assert.deepEqual(bundle.topics.map((t) => t.id), ['training', 'efficiency']);
    assert.deepEqual(bundle.entries.map((e) => e.id), ['training-stability', 'training-memory']);
    assert.deepEqual(bundle.terms.map((t) => t.id), ['gradient-clipping', 'mixed-precision-training']);
    assert.deepEqual(
      bundle.quiz.map((q) => `${q.owner.kind}:${q.owner.id}/${q.id}`),
      [
        'entry:training-stability/training-stability-q1',
        'entry:training-stability/training-stability-q2',
        'entry:training-stability/training-stability-q3',
        'entry:training-memory/training-memory-q1',
        'entry:training-memory/training-memory-q2',
        'entry:training-memory/training-memory-q3',
        'term:gradient-clipping/gradient-clipping-q1',
        'term:mixed-precision-training/mixed-precision-training-q1',
      ],
    );
  });

  it('splits the body into question, answer and analysis per language, keeping code blocks', () => {
    const entry = bundle.entries[0];
    assert.equal(entry.question.zh, '如何保证大模型训练的稳定性？');
    assert.equal(entry.question.en, 'How do you keep large-model training stable?');
    assert.match(entry.answer.zh, /^按全局范数裁剪梯度/);
    assert.match(entry.answer.zh, /# 这是代码里的注释，不是标题\ntorch\.nn\.utils/);
    assert.equal(entry.analysis.en, 'Clipping prevents explosions only.');
    assert.equal(entry.untranslated, undefined);
  });

  it('keeps front-matter fields and records the file relative to the content root', () => {
    const entry = bundle.entries[0];
    assert.equal(entry.file, 'entries/training/training-stability.md');
    assert.equal(entry.difficulty, 2);
    assert.deepEqual(entry.terms, ['gradient-clipping']);
    assert.deepEqual(entry.related, ['training-memory']);
    assert.deepEqual(entry.sources, ['000#1']);
    assert.deepEqual(entry.title, { zh: '如何保证训练稳定？', en: 'How do you keep training stable?' });
    assert.equal(entry.corrections[0].id, 'E23');
    assert.equal(entry.corrections[0].corrected.en, 'Gradient clipping only prevents exploding gradients, not vanishing ones.');
  });

  it('maps glossary keys to camelCase and keeps reference and example', () => {
    const term = bundle.terms[1];
    assert.equal(term.file, 'glossary/mixed-precision-training.yaml');
    assert.deepEqual(term.ambiguousAliases, ['AMP']);
    assert.deepEqual(term.caseSensitiveAliases, ['AMP']);
    assert.deepEqual(term.codeSignals, ['torch.autocast']);
    assert.equal(term.matchingNotes, "'amp' is also an electrical unit.");
    assert.deepEqual(term.reference, { text: 'Micikevicius, P. et al. (2018). Mixed Precision Training. ICLR.', url: 'https://arxiv.org/abs/1710.03740' });
    assert.equal(term.example?.language, 'python');
    assert.match(term.example?.code ?? '', /torch\.autocast/);
    assert.deepEqual(bundle.terms[0].reference, { text: 'Pascanu, R. et al. (2013). On the difficulty of training recurrent neural networks. ICML.' });
  });

  it('marks exactly the option flagged correct', () => {
    const item = bundle.quiz.find((q) => q.id === 'training-memory-q1')!;
    assert.deepEqual(item.options.map((o) => o.correct), [false, true, false, false]);
    assert.deepEqual(item.options[1].text, { zh: '16 位与 32 位浮点', en: '16-bit and 32-bit floats' });
  });

  it('orders entries by topic order, then English title', () => {
    const files = good();
    const copy = (files.get(STABILITY) ?? '')
      .replace(/training-stability/g, 'aaa-training')
      .replace('How do you keep training stable?', 'Zzz last by title')
      .replace('sources: ["000#1"]', 'sources: []');
    files.set(`${ROOT}/entries/training/aaa-training.md`, copy);
    const result = compile(files);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.bundle.entries.map((e) => e.id), ['training-stability', 'aaa-training', 'training-memory']);
  });
});

describe('compileContent reports each kind of problem where it is', () => {
  it('malformed YAML in front matter, at its line in the file', () => {
    const { at, text } = problemSites(STABILITY, 'difficulty: 2', 'difficulty: [2', /malformed YAML/);
    assert.ok(at.length >= 1);
    assert.ok(at.every((s) => Number(s.split(':')[1]) >= locate(text, 'difficulty').line), at.join());
  });

  it('missing front matter', () => {
    const files = good();
    files.set(STABILITY, '# 中文\n\n## 题目\n…\n');
    assert.deepEqual(sites(compile(files).problems, /missing front matter/), [`${STABILITY}:1:1`]);
  });

  it('front matter that is never closed', () => {
    const files = good();
    files.set(STABILITY, (files.get(STABILITY) ?? '').replace(/\n---\n/, '\n'));
    assert.deepEqual(sites(compile(files).problems, /front matter is not closed/), [`${STABILITY}:1:1`]);
  });

  it('a title without English', () => {
    const { at, text } = problemSites(STABILITY, '  en: How do you keep training stable?\n', '', /title: missing en text/);
    assert.deepEqual(at, [site(STABILITY, locate(text, 'zh: 如何保证训练稳定？'))]);
  });

  it('an empty Chinese title', () => {
    const { at, text } = problemSites(STABILITY, '如何保证训练稳定？', '""', /title: zh text is empty/);
    assert.deepEqual(at, [site(STABILITY, locate(text, 'zh: ""', 4))]);
  });

  it('a missing title', () => {
    const { at } = problemSites(STABILITY, /title:\n {2}zh: .*\n {2}en: .*\n/, '', /missing "title"/);
    assert.deepEqual(at, [site(STABILITY, { line: 2, column: 1 })]);
  });

  it('a missing body section, at its language heading', () => {
    const { at, text } = problemSites(STABILITY, '## Analysis\nClipping prevents explosions only.\n', '', /missing "## Analysis" under "# English"/);
    assert.deepEqual(at, [site(STABILITY, locate(text, '# English'))]);
  });

  it('an empty body section, at its heading', () => {
    const { at, text } = problemSites(STABILITY, '## 解析\n梯度裁剪只防爆炸。\n', '## 解析\n\n', /"## 解析" under "# 中文" is empty/);
    assert.deepEqual(at, [site(STABILITY, locate(text, '## 解析'))]);
  });

  it('a missing language part of the body, once', () => {
    const { at } = problemSites(MEMORY, /# English[\s\S]*$/, '', /missing the "# English" part/);
    assert.equal(at.length, 1);
  });

  it('an unknown section heading', () => {
    const { at, text } = problemSites(STABILITY, '## Answer', '## Answers', /unknown section "## Answers"/);
    assert.deepEqual(at, [site(STABILITY, locate(text, '## Answers'))]);
  });

  it('an unknown language heading', () => {
    const { at, text } = problemSites(STABILITY, '# English', '# Englisch', /unknown language heading "# Englisch"/);
    assert.deepEqual(at, [site(STABILITY, locate(text, '# Englisch'))]);
  });

  it('text outside any section', () => {
    const { at, text } = problemSites(STABILITY, '# 中文\n', '# 中文\n\n孤立的一段。\n', /text outside a "## …" section/);
    assert.deepEqual(at, [site(STABILITY, locate(text, '孤立的一段'))]);
  });

  it('a quiz question without Chinese', () => {
    const { at, text } = problemSites(STABILITY, '      zh: 梯度裁剪解决什么问题？\n', '', /quiz training-stability-q1 question: missing zh text/);
    assert.deepEqual(at, [site(STABILITY, locate(text, 'en: What does gradient clipping address?'))]);
  });

  it('a quiz option without English', () => {
    const { at, text } = problemSites(MEMORY, '{ zh: 只有 8 位整数, en: Only 8-bit integers }', '{ zh: 只有 8 位整数 }', /quiz training-memory-q1 option 3: missing en text/);
    assert.deepEqual(at, [site(MEMORY, locate(text, '{ zh: 只有 8 位整数 }'))]);
  });

  it('a quiz explanation with an empty language', () => {
    const { at, text } = problemSites(STABILITY, 'en: Clipping only shrinks oversized gradients.', 'en: " "', /quiz training-stability-q1 explanation: en text is empty/);
    assert.deepEqual(at, [site(STABILITY, locate(text, 'en: " "', 4))]);
  });

  it('a correction without English corrected text', () => {
    const { at, text } = problemSites(
      STABILITY,
      '      en: Gradient clipping only prevents exploding gradients, not vanishing ones.\n',
      '',
      /correction E23 corrected: missing en text/,
    );
    assert.deepEqual(at, [site(STABILITY, locate(text, 'zh: 梯度裁剪只能防止'))]);
  });

  it('a glossary term name without Chinese', () => {
    const { at, text } = problemSites(CLIPPING, ', zh: 梯度裁剪 }', ' }', /term: missing zh text/);
    assert.deepEqual(at, [site(CLIPPING, locate(text, '{ en: Gradient clipping }'))]);
  });

  it('a glossary definition without English', () => {
    const { at, text } = problemSites(CLIPPING, '  en: Rescaling gradients whose norm exceeds a threshold.\n', '', /definition: missing en text/);
    assert.deepEqual(at, [site(CLIPPING, locate(text, 'zh: 梯度范数'))]);
  });

  it('an unknown topic', () => {
    const files = good();
    const moved = (files.get(MEMORY) ?? '').replace('topic: efficiency', 'topic: efficiencyy');
    files.delete(MEMORY);
    files.set(`${ROOT}/entries/efficiencyy/training-memory.md`, moved);
    const at = sites(compile(files).problems, /unknown topic "efficiencyy"/);
    assert.deepEqual(at, [site(`${ROOT}/entries/efficiencyy/training-memory.md`, locate(moved, 'efficiencyy'))]);
  });

  it('an unknown topic in a glossary term', () => {
    const { at, text } = problemSites(CLIPPING, 'topic: training', 'topic: trainig', /unknown topic "trainig"/);
    assert.deepEqual(at, [site(CLIPPING, locate(text, 'trainig'))]);
  });

  it('a front-matter topic that differs from the folder', () => {
    const { at, text } = problemSites(MEMORY, 'topic: efficiency', 'topic: training', /does not match the folder entries\/efficiency\//);
    assert.deepEqual(at, [site(MEMORY, locate(text, 'topic: training', 7))]);
  });

  it('an entry id that differs from the file name', () => {
    const { at, text } = problemSites(MEMORY, 'id: training-memory', 'id: memory-of-training', /does not match the file name training-memory\.md/);
    assert.deepEqual(at, [site(MEMORY, locate(text, 'memory-of-training'))]);
  });

  it('a term id that differs from the file name', () => {
    const { at, text } = problemSites(CLIPPING, 'id: gradient-clipping', 'id: grad-clipping', /does not match the file name gradient-clipping\.yaml/);
    assert.deepEqual(at, [site(CLIPPING, locate(text, 'grad-clipping'))]);
  });

  it('a duplicate entry id, at both places', () => {
    const files = good();
    const copy = (files.get(MEMORY) ?? '').replace('sources: ["000#2", "001#1"]', 'sources: []').replace(/training-memory-q1/, 'other-q1');
    files.set(`${ROOT}/entries/training/training-memory.md`, copy.replace('topic: efficiency', 'topic: training'));
    const at = sites(compile(files).problems, /duplicate entry id "training-memory"/);
    assert.equal(at.length, 2);
    assert.ok(at.includes(site(MEMORY, locate(files.get(MEMORY) ?? '', 'training-memory'))), at.join());
  });

  it('a duplicate glossary term id', () => {
    const files = good();
    files.set(`${ROOT}/glossary/gradient-clipping-copy.yaml`, files.get(CLIPPING) ?? '');
    const at = sites(compile(files).problems, /duplicate glossary term id "gradient-clipping"/);
    assert.deepEqual(at.sort(), [`${ROOT}/glossary/gradient-clipping-copy.yaml:1:5`, `${CLIPPING}:1:5`]);
  });

  it('a duplicate quiz id, also across an entry and a term', () => {
    const { at, text } = problemSites(MIXED, 'id: mixed-precision-training-q1', 'id: training-memory-q1', /duplicate quiz item id "training-memory-q1"/);
    assert.equal(at.length, 2);
    assert.ok(at.includes(site(MIXED, locate(text, 'training-memory-q1'))));
  });

  it('allows an entry and a glossary term to share an id (separate namespaces)', () => {
    const files = good();
    const term = (files.get(CLIPPING) ?? '')
      .replace('id: gradient-clipping', 'id: training-memory')
      .replace('id: gradient-clipping-q1', 'id: training-memory-term-q1')
      .replace('related: [mixed-precision-training]', 'related: []');
    files.set(`${ROOT}/glossary/training-memory.yaml`, term);
    assert.deepEqual(sites(compile(files).problems, /duplicate/), []);
  });

  it('an unknown glossary term in terms', () => {
    const { at, text } = problemSites(STABILITY, 'terms: [gradient-clipping]', 'terms: [gradient-clipping, grad-norm]', /unknown glossary term "grad-norm" in terms/);
    assert.deepEqual(at, [site(STABILITY, locate(text, 'grad-norm'))]);
  });

  it('an unknown entry in related', () => {
    const { at, text } = problemSites(STABILITY, 'related: [training-memory]', 'related: [training-memroy]', /unknown entry "training-memroy" in related/);
    assert.deepEqual(at, [site(STABILITY, locate(text, 'training-memroy'))]);
  });

  it('an unknown glossary term in a term\'s related', () => {
    const { at, text } = problemSites(CLIPPING, 'related: [mixed-precision-training]', 'related: [mixed-precision]', /unknown glossary term "mixed-precision" in related/);
    assert.deepEqual(at, [site(CLIPPING, locate(text, 'mixed-precision]'))]);
  });

  it('a difficulty outside 1–3', () => {
    const { at, text } = problemSites(STABILITY, 'difficulty: 2', 'difficulty: 4', /difficulty must be 1, 2 or 3/);
    assert.deepEqual(at, [site(STABILITY, locate(text, 'difficulty: 4', 12))]);
  });

  it('a difficulty that is not a number', () => {
    const { at } = problemSites(STABILITY, 'difficulty: 2', 'difficulty: hard', /"difficulty" must be a number/);
    assert.equal(at.length, 1);
  });

  it('a missing difficulty', () => {
    const { at } = problemSites(STABILITY, 'difficulty: 2\n', '', /missing "difficulty"/);
    assert.deepEqual(at, [`${STABILITY}:2:1`]);
  });

  it('a malformed source id', () => {
    const { at, text } = problemSites(STABILITY, 'sources: ["000#1"]', 'sources: ["000#1", "0#12"]', /source id "0#12" must look like "000#1"/);
    assert.deepEqual(at, [site(STABILITY, locate(text, '"0#12"'))]);
  });

  it('a source mapped twice, at each place', () => {
    const { at, text } = problemSites(MEMORY, 'sources: ["000#2", "001#1"]', 'sources: ["000#2", "001#1", "000#1"]', /source "000#1" is mapped more than once/);
    const stability = good().get(STABILITY) ?? '';
    assert.deepEqual(at.sort(), [site(MEMORY, locate(text, '"000#1"')), site(STABILITY, locate(stability, '"000#1"'))].sort());
  });

  it('a source nobody maps, at its sources.yaml line', () => {
    const { at } = problemSites(MEMORY, 'sources: ["000#2", "001#1"]', 'sources: ["000#2"]', /source "001#1" is not mapped by any entry/);
    assert.deepEqual(at, [`${SOURCES}:4:3`]);
  });

  it('a source that sources.yaml does not list', () => {
    const { at, text } = problemSites(MEMORY, 'sources: ["000#2", "001#1"]', 'sources: ["000#2", "001#1", "005#1"]', /source "005#1" is not listed in sources\.yaml/);
    assert.deepEqual(at, [site(MEMORY, locate(text, '"005#1"'))]);
  });

  it('checks coverage only where sources.yaml exists (packs and test folders have none)', () => {
    const files = good();
    files.delete(SOURCES);
    edit(files, MEMORY, 'sources: ["000#2", "001#1"]', 'sources: ["000#1"]');
    assert.deepEqual(sites(compile(files).problems, /source/), []);
  });

  it('a malformed or repeated id in sources.yaml', () => {
    const { at } = problemSites(SOURCES, '- "001#1"\n', '- "001#1"\n- "001#1"\n- "1#1"\n', /listed twice|must look like/);
    assert.deepEqual(at, [`${SOURCES}:5:3`, `${SOURCES}:6:3`]);
  });

  it('an entry with fewer than three quiz items, at its id (shipped content only)', () => {
    const files = good();
    const text = files.get(MEMORY)!;
    const start = text.indexOf('  - id: training-memory-q2');
    files.set(MEMORY, text.slice(0, start) + text.slice(text.indexOf('\n---\n', start) + 1));
    assert.deepEqual(sites(compile(files).problems, /has 1 quiz item\(s\); at least 3 are required/), [site(MEMORY, locate(text, 'id: training-memory\n', 4))]);
    files.delete(SOURCES);
    assert.deepEqual(sites(compile(files).problems, /at least 3 are required/), [], 'packs and test folders are not held to it');
  });

  it('a glossary term without a quiz item', () => {
    const files = good();
    const text = files.get(CLIPPING)!;
    files.set(CLIPPING, text.slice(0, text.indexOf('quiz:')));
    assert.deepEqual(sites(compile(files).problems, /has no quiz item/), [site(CLIPPING, locate(text, 'id: gradient-clipping', 4))]);
  });

  it('a quiz item with three options', () => {
    const { at, text } = problemSites(MEMORY, '      - { zh: 只有 64 位浮点, en: Only 64-bit floats }\n', '', /has 3 options; exactly 4 are required/);
    assert.deepEqual(at, [site(MEMORY, locate(text, '- { zh: 整数与浮点'))]);
  });

  it('a quiz item with no correct option', () => {
    const { at } = problemSites(MEMORY, ', correct: true }', ' }', /has 0 options marked "correct: true"; exactly one is required/);
    assert.equal(at.length, 1);
  });

  it('a quiz item with two correct options', () => {
    const { at } = problemSites(MEMORY, '{ zh: 只有 8 位整数, en: Only 8-bit integers }', '{ zh: 只有 8 位整数, en: Only 8-bit integers, correct: true }', /has 2 options marked/);
    assert.equal(at.length, 1);
  });

  it('a quiz option that repeats another in one language', () => {
    const { at, text } = problemSites(MEMORY, 'en: Only 64-bit floats', 'en: Only 8-bit integers', /option 4 repeats option 3 \(en\)/);
    assert.deepEqual(at, [site(MEMORY, locate(text, '{ zh: 只有 64 位浮点'))]);
  });

  it('a correction id that is not E + two digits', () => {
    const { at, text } = problemSites(STABILITY, 'id: E23', 'id: E023', /id "E023" is not an errors\.md finding id/);
    assert.deepEqual(at, [site(STABILITY, locate(text, 'E023'))]);
  });

  it('a correction whose original wording is still in the body, at the body line', () => {
    const { at, text } = problemSites(STABILITY, '梯度裁剪只防爆炸。', '原文说“对梯度进行裁剪，避免梯度爆炸或消失”。', /correction E23: the original wording/);
    assert.deepEqual(at, [site(STABILITY, locate(text, '对梯度进行裁剪，避免梯度爆炸或消失', 0, 2))]);
  });

  it('a correction without a reference', () => {
    const { at } = problemSites(STABILITY, /\n {4}reference: .*/, '', /correction E23: missing "reference"/);
    assert.equal(at.length, 1);
  });

  it('an ambiguous alias that is not in aliases', () => {
    const { at, text } = problemSites(MIXED, 'ambiguous_aliases: [AMP]', 'ambiguous_aliases: [AMP, mp]', /"mp" in ambiguous_aliases is not in aliases/);
    assert.deepEqual(at, [site(MIXED, locate(text, 'mp]'))]);
  });

  it('a case-sensitive alias that is not in aliases', () => {
    const { at, text } = problemSites(MIXED, 'case_sensitive_aliases: [AMP]', 'case_sensitive_aliases: [Amp]', /"Amp" in case_sensitive_aliases is not in aliases/);
    assert.deepEqual(at, [site(MIXED, locate(text, 'Amp'))]);
  });

  it('a term reference without text', () => {
    const { at } = problemSites(MIXED, / {2}text: .*\n/, '', /reference: missing "text"/);
    assert.equal(at.length, 1);
  });

  it('a term without a reference', () => {
    const { at } = problemSites(CLIPPING, /reference: .*\n/, '', /missing "reference"/);
    assert.deepEqual(at, [`${CLIPPING}:1:1`]);
  });

  it('an unknown front-matter key (a typo)', () => {
    const { at, text } = problemSites(STABILITY, 'related:', 'releated:', /unknown key "releated" in front matter/);
    assert.deepEqual(at, [site(STABILITY, locate(text, 'releated'))]);
  });

  it('an unknown key in a glossary term, a quiz item and a language map', () => {
    const files = good();
    edit(files, CLIPPING, 'code_signals:', 'code_signal:');
    edit(files, STABILITY, '    explanation:', '    explaination:');
    edit(files, MEMORY, '  en: Where does training memory go?', '  eng: Where does training memory go?');
    const problems = compile(files).problems;
    assert.equal(sites(problems, /unknown key "code_signal" in glossary term/).length, 1);
    assert.equal(sites(problems, /unknown key "explaination" in quiz item 1/).length, 1);
    assert.equal(sites(problems, /unknown key "eng" in title/).length, 1);
  });

  it('files that are not where entries and terms belong', () => {
    const files = good();
    files.set(`${ROOT}/entries/stray.md`, files.get(MEMORY) ?? '');
    files.set(`${ROOT}/glossary/notes.txt`, 'x');
    files.set(`${ROOT}/entries/training/drafts/x.md`, files.get(MEMORY) ?? '');
    const problems = compile(files).problems;
    assert.deepEqual(sites(problems, /not read from sub-folders/), [`${ROOT}/entries/training/drafts:1:1`]);
    assert.deepEqual(sites(problems, /entry files belong in entries\/<topic>\/<id>\.md/), [`${ROOT}/entries/stray.md:1:1`]);
    assert.deepEqual(sites(problems, /not a glossary term/), [`${ROOT}/glossary/notes.txt:1:1`]);
  });

  it('a missing topics.yaml', () => {
    const files = good();
    files.delete(`${ROOT}/topics.yaml`);
    assert.deepEqual(sites(compile(files).problems, /topics\.yaml is missing/), [`${ROOT}/topics.yaml:1:1`]);
  });

  it('reports problems sorted by file and line', () => {
    const files = good();
    edit(files, STABILITY, 'difficulty: 2', 'difficulty: 9');
    edit(files, STABILITY, 'related:', 'releated:');
    edit(files, CLIPPING, 'topic: training', 'topic: nope');
    const problems = compile(files).problems;
    const keys = problems.map((p) => [p.file, p.line, p.column] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
    assert.deepEqual(keys, sorted);
  });
});
