import assert from 'node:assert/strict';
import { createMarkdownRenderer, renderMarkdown, renderMarkdownInline } from '../../../src/core/render/markdownRenderer';

describe('renderMarkdown', () => {
  it('escapes raw HTML instead of rendering it', () => {
    const html = renderMarkdown('Before <script>alert(1)</script> <img src=x onerror=alert(1)> after');
    assert.doesNotMatch(html, /<script|<img/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  it('escapes HTML blocks too', () => {
    const html = renderMarkdown('<div onclick="x()">\nhi\n</div>');
    assert.doesNotMatch(html, /<div/);
    assert.match(html, /&lt;div onclick=&quot;x\(\)&quot;&gt;/);
  });

  for (const href of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'http://example.com',
    'command:workbench.action.quit',
    'llmfg:term/Bad_Id',
    'llmfg:quiz/x',
    '//example.com',
  ]) {
    it(`drops a link to ${href}, keeping its text visible`, () => {
      const html = renderMarkdown(`[click](${href})`);
      assert.doesNotMatch(html, /<a\b/);
      assert.match(html, /\[click\]/);
    });
  }

  it('drops disallowed links in autolinks and reference definitions', () => {
    assert.doesNotMatch(renderMarkdown('<javascript:alert(1)>'), /<a\b/);
    assert.doesNotMatch(renderMarkdown('[x][r]\n\n[r]: javascript:alert(1)'), /<a\b/);
    assert.doesNotMatch(renderMarkdown('[x](&#106;avascript:alert(1))'), /<a\b/);
  });

  it('keeps an https link, marked external with rel="noopener"', () => {
    const html = renderMarkdown('[paper](https://arxiv.org/abs/1710.03740)');
    assert.match(html, /<a href="https:\/\/arxiv\.org\/abs\/1710\.03740" class="external-link" rel="noopener" title="https:\/\/arxiv\.org\/abs\/1710\.03740">paper<\/a>/);
  });

  it('linkifies bare https URLs only', () => {
    const html = renderMarkdown('See https://example.com/a?b=1&c=2. Not http://example.org, www.example.net or a@b.com.');
    assert.match(html, /<a href="https:\/\/example\.com\/a\?b=1&amp;c=2" class="external-link"/);
    assert.equal(html.match(/<a\b/g)?.length, 1);
  });

  it('turns llmfg:term and llmfg:entry links into in-extension links', () => {
    const html = renderMarkdown('[LoRA](llmfg:term/lora) and [memory](llmfg:entry/training-memory)');
    assert.match(html, /<a href="#" class="internal-link term-link" data-term="lora">LoRA<\/a>/);
    assert.match(html, /<a href="#" class="internal-link entry-link" data-entry="training-memory">memory<\/a>/);
    assert.doesNotMatch(html, /llmfg:/);
  });

  it('turns images into links (the CSP blocks remote images; they could track the reader)', () => {
    assert.match(renderMarkdown('![diagram](https://example.com/d.png)'), /<a href="https:\/\/example\.com\/d\.png" class="external-link"[^>]*>diagram<\/a>/);
    const blocked = renderMarkdown('![diagram](http://example.com/d.png)');
    assert.doesNotMatch(blocked, /<img|<a\b/);
  });

  it('starts content headings at h3 (pages use h1 and h2)', () => {
    const html = renderMarkdown('# One\n\n## Two\n\n#### Four');
    assert.match(html, /<h3>One<\/h3>/);
    assert.match(html, /<h3>Two<\/h3>/);
    assert.match(html, /<h4>Four<\/h4>/);
    assert.doesNotMatch(html, /<h[12]\b/);
  });

  it('aligns table cells with classes, not inline styles (no unsafe-inline in the CSP)', () => {
    const html = renderMarkdown('| a | b |\n|:--|--:|\n| 1 | 2 |');
    assert.doesNotMatch(html, /style=/);
    assert.match(html, /<th class="align-left">a<\/th>/);
    assert.match(html, /<td class="align-right">2<\/td>/);
    assert.match(html, /<div class="table-scroll" tabindex="0"><table>/);
  });

  it('highlights fenced code and escapes it', () => {
    const html = renderMarkdown('```python\nif a < b:  # <b>\n    print("</code>")\n```');
    assert.match(html, /<pre class="code-block" tabindex="0"><code class="language-python">/);
    assert.match(html, /<span class="tok-keyword">if<\/span> a &lt; b:/);
    assert.match(html, /<span class="tok-comment"># &lt;b&gt;<\/span>/);
    assert.match(html, /<span class="tok-string">&quot;&lt;\/code&gt;&quot;<\/span>/);
    assert.equal(html.match(/<\/code>/g)?.length, 1);
  });

  it('keeps an odd fence language out of the class attribute', () => {
    const html = renderMarkdown('```x"onmouseover="alert(1)\ncode\n```');
    assert.match(html, /<pre class="code-block" tabindex="0"><code>code/);
    assert.doesNotMatch(html, /onmouseover/);
  });

  it('leaves typography alone (typographer off)', () => {
    assert.match(renderMarkdown('"quotes" -- (c)'), /&quot;quotes&quot; -- \(c\)/);
  });

  it('renders inline Markdown without a paragraph', () => {
    assert.equal(renderMarkdownInline('**bold** `code` <i>'), '<strong>bold</strong> <code>code</code> &lt;i&gt;');
  });

  it('creates independent renderers', () => {
    const a = createMarkdownRenderer();
    assert.equal(a.render('x'), '<p>x</p>\n');
  });
});
