import assert from 'node:assert/strict';
import { classifyHref, internalHref, isContentId } from '../../../src/core/render/linkPolicy';

describe('classifyHref', () => {
  it('allows https and in-extension links', () => {
    assert.deepEqual(classifyHref('https://arxiv.org/abs/1'), { kind: 'external', url: 'https://arxiv.org/abs/1' });
    assert.deepEqual(classifyHref('HTTPS://Example.com'), { kind: 'external', url: 'HTTPS://Example.com' });
    assert.deepEqual(classifyHref('llmfg:entry/training-memory'), { kind: 'entry', id: 'training-memory' });
    assert.deepEqual(classifyHref('llmfg:term/lora'), { kind: 'term', id: 'lora' });
  });

  it('rejects everything else', () => {
    for (const href of [
      'javascript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      'http://example.com',
      'command:workbench.action.quit',
      'vscode://file/x',
      'https:/one-slash',
      'https://has space',
      'https://quote"x',
      'llmfg:entry/',
      'llmfg:entry/Upper',
      'llmfg:entry/-leading-dash',
      'llmfg:entry/a/b',
      'llmfg:topic/efficiency',
      `llmfg:term/${'a'.repeat(201)}`,
      '',
    ]) {
      assert.equal(classifyHref(href), undefined, href);
    }
  });

  it('round-trips internal hrefs', () => {
    assert.deepEqual(classifyHref(internalHref('term', 'zero')), { kind: 'term', id: 'zero' });
    assert.ok(isContentId('a-1'));
    assert.ok(!isContentId('a_1'));
  });
});
