import assert from 'node:assert/strict';
import { renderTermPage } from '../../../src/core/render/termPage';
import { sampleBundle } from '../bundleFixture';

const bundle = sampleBundle();
const term = (id: string) => {
  const t = bundle.terms.find((x) => x.id === id);
  if (!t) throw new Error(id);
  return t;
};
const mixedZh = renderTermPage(term('mixed-precision-training'), bundle, 'zh');
const mixedEn = renderTermPage(term('mixed-precision-training'), bundle, 'en');

describe('renderTermPage', () => {
  it('names the term in both languages, display language first; the switch swaps which leads', () => {
    assert.match(mixedZh, /^<article class="page term-page" data-kind="term" data-id="mixed-precision-training" data-display-lang="zh" lang="zh-CN" aria-labelledby="page-title-zh">/);
    assert.match(
      mixedZh,
      /<div class="lang-block term-name" data-content-lang="zh" lang="zh-CN"><h1 id="page-title-zh" class="page-title">混合精度训练<\/h1><p class="term-translation" lang="en">Mixed precision training<\/p><\/div>/,
    );
    assert.match(
      mixedZh,
      /<div class="lang-block term-name lang-hidden" data-content-lang="en" lang="en"><h1 id="page-title-en" class="page-title">Mixed precision training<\/h1><p class="term-translation" lang="zh-CN">混合精度训练<\/p><\/div>/,
    );
    assert.match(mixedEn, /<div class="lang-block term-name" data-content-lang="en" lang="en"><h1 id="page-title-en"/);
    assert.match(mixedEn, /<div class="lang-block term-name lang-hidden" data-content-lang="zh"/);
    assert.match(mixedEn, /<p class="term-aliases">Also known as: <span class="term-alias">mixed precision<\/span>, <span class="term-alias">AMP<\/span>, <span class="term-alias">混合精度<\/span><\/p>/);
  });

  it('shows the definition in both languages, the display language first', () => {
    assert.match(
      mixedZh,
      /<section class="lang-block term-definitions" data-content-lang="zh" lang="zh-CN" aria-labelledby="definition-heading-zh"><h2 id="definition-heading-zh">定义<\/h2><div class="definition markdown-body definition-primary" lang="zh-CN"><p>大部分计算使用 16 位浮点，主权重保留 FP32。<\/p>\n<\/div><div class="definition markdown-body definition-secondary" lang="en"><p>Most compute runs in 16-bit floating point while master weights stay FP32\.<\/p>/,
    );
    assert.match(
      mixedZh,
      /<section class="lang-block term-definitions lang-hidden" data-content-lang="en" lang="en" aria-labelledby="definition-heading-en"><h2 id="definition-heading-en">Definition<\/h2><div class="definition markdown-body definition-primary" lang="en">/,
    );
  });

  it('highlights the code example and escapes it', () => {
    assert.match(mixedEn, /<h2 id="example-heading">Code example<\/h2><pre class="code-block" tabindex="0"><code class="language-python"><span class="tok-keyword">with<\/span>/);
    assert.match(mixedEn, /<span class="tok-function">model<\/span>\(x\) &lt; <span class="tok-number">1<\/span> {2}<span class="tok-comment"># &quot;&lt;tag&gt;&quot;<\/span>/);
  });

  it('shows code signals as code, their notes as text', () => {
    assert.match(mixedEn, /<ul class="code-signal-list"><li><code>torch\.autocast<\/code><\/li><li><code>torch\.cuda\.amp\.autocast<\/code> <span class="code-signal-note">\(deprecated since PyTorch 2\.4\)<\/span><\/li><\/ul>/);
  });

  it('links related terms and the entries that use the term', () => {
    assert.match(mixedEn, /<nav class="related-terms" aria-labelledby="related-terms-heading"><h2 id="related-terms-heading">Related terms<\/h2><ul class="link-list"><li><a href="#" class="internal-link term-link" data-term="lora">LoRA \(Low-Rank Adaptation\)<\/a><\/li><li><span class="missing-link">missing-term<\/span><\/li><\/ul><\/nav>/);
    assert.match(mixedEn, /<h2 id="term-entries-heading">Entries that use this term<\/h2><ul class="link-list"><li><a [^>]*data-entry="limited-resources">How do you train with limited resources\?<\/a><\/li><li><a [^>]*data-entry="training-memory">/);
  });

  it('links the reference to its https URL, and not to any other', () => {
    assert.match(mixedEn, /<p class="term-reference">Reference: <a href="https:\/\/arxiv\.org\/abs\/1710\.03740" class="external-link" rel="noopener"[^>]*>Micikevicius, P\. et al\. \(2018\)\. Mixed Precision Training\.<\/a><\/p>/);
    const lora = renderTermPage(term('lora'), bundle, 'zh');
    assert.match(lora, /<p class="term-reference">参考文献：Hu, E\. et al\. \(2021\)\. LoRA\.<\/p>/);
    assert.doesNotMatch(lora, /example\.com/);
  });

  it('offers language switch and quiz buttons; omits empty sections', () => {
    assert.match(mixedZh, /<button type="button" class="page-action action-quiz" data-action="quiz" data-kind="term" data-id="mixed-precision-training">测验<\/button>/);
    assert.match(mixedZh, /data-action="setLanguage" data-lang="en"/);
    const zero = renderTermPage(term('zero'), bundle, 'en');
    assert.doesNotMatch(zero, /term-example|term-code-signals|related-terms/);
    assert.match(zero, /data-entry="training-memory"/);
  });

  it('uses unique element ids and no inline styles', () => {
    const ids = [...mixedZh.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length);
    for (const m of mixedZh.matchAll(/aria-labelledby="([^"]+)"/g)) assert.ok(ids.includes(m[1]), m[1]);
    assert.doesNotMatch(mixedZh, /style=|<script/);
  });
});
