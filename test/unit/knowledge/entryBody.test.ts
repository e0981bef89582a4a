import assert from 'node:assert/strict';
import { parseEntryBody } from '../../../src/core/knowledge/entryBody';
import { FileReport } from '../../../src/core/knowledge/problem';

const BODY = `
# 中文

## 题目
问题？

## 答案
答案第一行。

\`\`\`python
# 代码注释不是标题
## 也不是
x = 1
\`\`\`

### 小标题属于答案

## 解析
解析。

# English

## Question
Question?

## Answer
Answer.

## Analysis
Analysis.
`;

describe('parseEntryBody', () => {
  it('splits the two languages into question, answer and analysis', () => {
    const report = new FileReport('e.md');
    const body = parseEntryBody(BODY, 10, report);
    assert.deepEqual(report.problems, []);
    assert.equal(body.question.text.zh, '问题？');
    assert.equal(body.question.text.en, 'Question?');
    assert.equal(body.analysis.text.zh, '解析。');
    assert.equal(body.answer.text.en, 'Answer.');
  });

  it('keeps headings inside fenced code and deeper headings as answer text', () => {
    const body = parseEntryBody(BODY, 1, new FileReport('e.md'));
    assert.match(body.answer.text.zh, /# 代码注释不是标题\n## 也不是\nx = 1/);
    assert.match(body.answer.text.zh, /### 小标题属于答案$/);
  });

  it('reports lines relative to where the body starts in the file', () => {
    const report = new FileReport('e.md');
    parseEntryBody('# 中文\n## 答按\n', 7, report);
    assert.deepEqual(report.problems.map((p) => [p.line, p.column]), [[8, 1]]);
    assert.match(report.problems[0].message, /unknown section "## 答按" under "# 中文"/);
  });

  it('reports a section in the wrong language and a duplicate section', () => {
    const report = new FileReport('e.md');
    parseEntryBody('# English\n## 答案\nx\n## Answer\na\n## Answer\nb\n', 1, report);
    assert.deepEqual(
      report.problems.map((p) => `${p.line} ${p.message}`),
      ['2 unknown section "## 答案" under "# English" (expected "## Question", "## Answer", "## Analysis")', '6 duplicate "## Answer" section under "# English"'],
    );
  });

  it('marks absent sections missing, pointing at the language heading', () => {
    const body = parseEntryBody('# 中文\n## 答案\n有\n', 3, new FileReport('e.md'));
    assert.deepEqual(body.question.missing.zh, { at: { line: 3, column: 1 }, message: 'missing "## 题目" under "# 中文"' });
    assert.equal(body.answer.missing.zh, undefined);
    assert.match(body.answer.missing.en?.message ?? '', /missing the "# English" part of the body/);
  });
});
