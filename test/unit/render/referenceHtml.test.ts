import assert from 'node:assert/strict';
import { referenceHtml } from '../../../src/core/render/referenceHtml';

describe('referenceHtml', () => {
  it('links an https URL and leaves the sentence’s full stop outside', () => {
    const html = referenceHtml('Hu, E. (2021). LoRA. ICLR. https://arxiv.org/abs/2106.09685.');
    assert.equal(
      html,
      'Hu, E. (2021). LoRA. ICLR. <a href="https://arxiv.org/abs/2106.09685" class="external-link" rel="noopener" title="https://arxiv.org/abs/2106.09685">https://arxiv.org/abs/2106.09685</a>.',
    );
  });

  it('keeps balanced parentheses in a URL and stops at Chinese punctuation', () => {
    assert.match(referenceHtml('https://en.wikipedia.org/wiki/Adam_(optimizer)'), /href="https:\/\/en\.wikipedia\.org\/wiki\/Adam_\(optimizer\)"/);
    assert.match(referenceHtml('（见 https://example.com/a），'), /href="https:\/\/example\.com\/a"/);
  });

  it('escapes the text and leaves other schemes unlinked', () => {
    const html = referenceHtml('<b>X</b> http://example.com javascript:alert(1)');
    assert.equal(html, '&lt;b&gt;X&lt;/b&gt; http://example.com javascript:alert(1)');
  });
});
