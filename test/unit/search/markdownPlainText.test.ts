import assert from 'node:assert/strict';
import { markdownToPlainText } from '../../../src/core/search/markdownPlainText';

describe('markdownToPlainText', () => {
  it('keeps the words, drops the markup, and sets code apart', () => {
    const plain = markdownToPlainText('## Title\n\n- **Bold** and `code` with [a link](https://x.y)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nimport torch\n```\n');
    assert.equal(plain.prose, 'Title Bold and code with a link a b 1 2');
    assert.deepEqual(plain.code, ['import torch\n']);
  });
});
