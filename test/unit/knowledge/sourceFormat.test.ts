import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { looksLikeSourceDocument, parseSourceDocument } from '../../../src/core/knowledge/sourceFormat';
import { FIXTURES } from './fixtures';

const OPTIONS = { idPrefix: 'doc', topic: 'pack:test', difficulty: 2 as const };
const read = (name: string): string => fs.readFileSync(path.join(FIXTURES, 'pack-source', name), 'utf8');

describe('parseSourceDocument (the source Q&A documents\' format)', () => {
  it('reads every numbered entry of a real excerpt of 000_….txt', () => {
    const { entries, problems } = parseSourceDocument('000-excerpt.md', read('000-excerpt.md'), OPTIONS);
    assert.deepEqual(problems, []);
    assert.deepEqual(entries.map((e) => e.entry.id), ['doc-1', 'doc-2', 'doc-3', 'doc-4']);
    const first = entries[0].entry;
    assert.equal(first.title.zh, '什么是大模型？');
    assert.equal(first.question.zh, '请简要解释大模型的概念，并说明其特点。');
    assert.match(first.answer.zh, /^大模型是指那些拥有数十亿甚至数千亿参数的深度学习模型。/);
    assert.match(first.answer.zh, /\* \*\*大量训练数据：\*\* 需要海量的训练数据来确保模型性能。$/);
    assert.match(first.analysis.zh, /^大模型的参数数量和训练数据量是衡量其规模的重要指标。/);
    assert.equal(entries[0].idAt.line, 3);
  });

  it('keeps the text in zh, fills en with it and flags en untranslated', () => {
    const { entries } = parseSourceDocument('000-excerpt.md', read('000-excerpt.md'), OPTIONS);
    for (const { entry } of entries) {
      assert.equal(entry.untranslated, 'en');
      assert.deepEqual([entry.title.en, entry.answer.en], [entry.title.zh, entry.answer.zh]);
      assert.equal(entry.topic, 'pack:test');
      assert.equal(entry.file, '000-excerpt.md');
    }
  });

  it('uses the heading as the question when there is no **题目：** (003-style entries)', () => {
    const { entries, problems } = parseSourceDocument('003-excerpt.md', read('003-excerpt.md'), OPTIONS);
    assert.deepEqual(problems, []);
    assert.equal(entries.length, 2);
    assert.equal(entries[0].entry.question.zh, '大模型训练中的常见挑战有哪些？');
    assert.match(entries[0].entry.answer.zh, /^大模型训练中的常见挑战包括：/);
    assert.equal(entries[1].entry.analysis.zh, '这些方法可以提高大模型的训练效率，减少训练时间。');
  });

  it('accepts ##### headings, ends an entry at a document heading, and reads a topic hint', () => {
    const text = 'topic: training\n\n##### 1. 问一\n\n**答案：** 答一\n\n#### 常见面试题\n\n不属于任何条目。\n\n##### 2. 问二\n**答案：**\n答二\n';
    const { entries, problems } = parseSourceDocument('d.md', text, OPTIONS);
    assert.deepEqual(problems, []);
    assert.deepEqual(entries.map((e) => [e.entry.id, e.entry.topic, e.entry.answer.zh]), [
      ['doc-1', 'training', '答一'],
      ['doc-2', 'training', '答二'],
    ]);
    assert.deepEqual(entries[0].topicAt, { line: 1, column: 8 });
  });

  it('reports an entry without **答案：** at its heading and still reads the others', () => {
    const text = '#### 1. 好的\n**答案：** 有\n\n#### 2. 坏的\n**题目：** 只有题目\n\n#### 3. 也好\n**答案：** 有\n';
    const { entries, problems } = parseSourceDocument('d.md', text, OPTIONS);
    assert.deepEqual(entries.map((e) => e.entry.id), ['doc-1', 'doc-3']);
    assert.deepEqual(problems.map((p) => `${p.line}:${p.column} ${p.message}`), ['4:1 source entry 2 "坏的" has no **答案：** section']);
  });

  it('ignores markers and headings inside fenced code', () => {
    const text = '#### 1. 代码\n**答案：**\n```\n**解析：** 不是标记\n#### 2. 不是标题\n```\n';
    const { entries } = parseSourceDocument('d.md', text, OPTIONS);
    assert.equal(entries.length, 1);
    assert.match(entries[0].entry.answer.zh, /\*\*解析：\*\* 不是标记\n#### 2\. 不是标题/);
    assert.equal(entries[0].entry.analysis.zh, '');
  });

  it('recognises source documents by their numbered headings', () => {
    assert.equal(looksLikeSourceDocument(read('000-excerpt.md')), true);
    assert.equal(looksLikeSourceDocument('# 中文\n## 答案\n'), false);
  });
});
