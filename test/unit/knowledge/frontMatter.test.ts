import assert from 'node:assert/strict';
import { hasFrontMatter, splitFrontMatter } from '../../../src/core/knowledge/frontMatter';

describe('splitFrontMatter', () => {
  it('returns the YAML and the body with the file lines they start on', () => {
    const split = splitFrontMatter('---\nid: x\ntopic: y\n---\n\n# 中文\n');
    assert.ok(split.ok);
    assert.deepEqual(split.value, { yaml: 'id: x\ntopic: y', yamlLine: 2, body: '\n# 中文\n', bodyLine: 5 });
  });

  it('accepts a byte-order mark, CRLF line ends and leading blank lines', () => {
    const split = splitFrontMatter('\uFEFF\r\n---\r\nid: x\r\n---\r\nbody');
    assert.ok(split.ok);
    assert.equal(split.value.yaml, 'id: x');
    assert.equal(split.value.yamlLine, 3);
    assert.equal(split.value.bodyLine, 5);
  });

  it('reports a file without front matter, and one whose front matter is not closed', () => {
    assert.deepEqual(splitFrontMatter('# 中文\n'), { ok: false, line: 1, message: 'missing front matter: the file must start with a "---" line' });
    const open = splitFrontMatter('---\nid: x\n');
    assert.equal(open.ok, false);
    assert.match(open.ok ? '' : open.message, /not closed/);
  });

  it('tells front-matter files from other Markdown', () => {
    assert.equal(hasFrontMatter('\n---\nid: x\n---\n'), true);
    assert.equal(hasFrontMatter('#### 1. 什么是大模型？\n'), false);
  });
});
