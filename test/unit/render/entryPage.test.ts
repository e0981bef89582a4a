import assert from 'node:assert/strict';
import { renderEntryPage } from '../../../src/core/render/entryPage';
import { sampleBundle } from '../bundleFixture';

const bundle = sampleBundle();
const entry = (id: string) => {
  const e = bundle.entries.find((x) => x.id === id);
  if (!e) throw new Error(id);
  return e;
};
const limitedZh = renderEntryPage(entry('limited-resources'), bundle, 'zh');
const limitedEn = renderEntryPage(entry('limited-resources'), bundle, 'en');

/** The element whose opening tag matches, up to its own closing tag. */
function element(html: string, opening: RegExp, tag: string): string {
  const m = opening.exec(html);
  assert.ok(m, `no element matching ${opening}`);
  const tags = new RegExp(`<${tag}[\\s>]|</${tag}>`, 'g');
  tags.lastIndex = m.index;
  let depth = 0;
  for (let t = tags.exec(html); t; t = tags.exec(html)) {
    depth += t[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(m.index, t.index + t[0].length);
  }
  throw new Error(`unclosed <${tag}>`);
}

describe('renderEntryPage', () => {
  it('is body content only, in an article labelled by the visible title', () => {
    assert.doesNotMatch(limitedZh, /<html|<head[\s>]|<body|<script/);
    assert.match(limitedZh, /^<article class="page entry-page" data-kind="entry" data-id="limited-resources" data-display-lang="zh" lang="zh-CN" aria-labelledby="page-title-zh">/);
    assert.match(limitedZh, /<h1 id="page-title-zh" class="lang-block page-title" data-content-lang="zh" lang="zh-CN">如何在资源受限时训练大模型？<\/h1>/);
  });

  it('renders both languages, the other one hidden by a class', () => {
    assert.match(limitedZh, /<div class="lang-block entry-body" data-content-lang="zh" lang="zh-CN">/);
    assert.match(limitedZh, /<div class="lang-block entry-body lang-hidden" data-content-lang="en" lang="en">/);
    assert.match(limitedEn, /<div class="lang-block entry-body lang-hidden" data-content-lang="zh" lang="zh-CN">/);
    for (const text of ['只有一张显卡时怎么训练？', 'How do you train on a single GPU?', '<strong>混合精度</strong>', '<strong>mixed precision</strong>']) {
      assert.ok(limitedZh.includes(text), text);
      assert.ok(limitedEn.includes(text), text);
    }
  });

  it('heads each language’s sections in that language', () => {
    const zh = element(limitedZh, /<div class="lang-block entry-body" data-content-lang="zh"/, 'div');
    assert.match(zh, /<section class="entry-section section-question" aria-labelledby="section-question-zh"><h2 id="section-question-zh">题目<\/h2>/);
    assert.match(zh, /<h2 id="section-answer-zh">答案<\/h2>/);
    assert.match(zh, /<h2 id="section-analysis-zh">解析<\/h2>/);
    assert.match(limitedZh, /<h2 id="section-question-en">Question<\/h2>/);
    assert.match(limitedZh, /<h2 id="section-answer-en">Answer<\/h2>/);
    assert.match(limitedZh, /<h2 id="section-analysis-en">Analysis<\/h2>/);
  });

  it('shows difficulty and topic in the display language', () => {
    assert.match(limitedZh, /<span class="page-topic">主题：效率<\/span>/);
    assert.match(limitedZh, /<span class="page-difficulty difficulty-2" data-difficulty="2">难度：进阶<\/span>/);
    assert.match(limitedEn, /<span class="page-topic">Topic: Efficiency<\/span>/);
    assert.match(limitedEn, /Difficulty: Intermediate/);
  });

  it('shows a correction box with the original and the corrected wording', () => {
    const box = element(limitedZh, /<aside class="correction" role="note"/, 'aside');
    assert.match(box, /aria-labelledby="correction-1-title"/);
    assert.match(box, /<h3 id="correction-1-title" class="correction-title">勘误 E01<\/h3>/);
    assert.match(box, /<dt>原文<\/dt><dd class="correction-original" lang="zh-CN">结合浮点数和整数运算<\/dd>/);
    assert.match(box, /<dt>更正<\/dt><dd class="correction-corrected"><span class="lang-block" data-content-lang="zh" lang="zh-CN">混合精度不涉及整数运算。<\/span>/);
    assert.match(box, /<span class="lang-block lang-hidden" data-content-lang="en" lang="en">Mixed precision involves no integer arithmetic\.<\/span>/);
    assert.match(box, /<dd class="correction-reference">Micikevicius, P\. et al\. \(2018\)\. Mixed Precision Training\. <a href="https:\/\/arxiv\.org\/abs\/1710\.03740" class="external-link" rel="noopener"[^>]*>https:\/\/arxiv\.org\/abs\/1710\.03740<\/a>\.<\/dd>/);
    assert.match(limitedEn, /<h3 id="correction-1-title" class="correction-title">Correction E01<\/h3>/);
    assert.match(limitedEn, /<dt>The source said<\/dt>/);
  });

  it('has no corrections section when there are none', () => {
    assert.doesNotMatch(renderEntryPage(entry('training-memory'), bundle, 'en'), /class="corrections"/);
  });

  it('escapes raw HTML in content: <script> is text', () => {
    assert.doesNotMatch(limitedZh, /<script/);
    assert.ok(limitedZh.includes('&lt;script&gt;alert(&quot;zh&quot;)&lt;/script&gt;'));
    assert.ok(limitedZh.includes('&lt;script&gt;alert(&quot;en&quot;)&lt;/script&gt;'));
    assert.ok(limitedZh.includes('# &lt;b&gt;not a tag&lt;/b&gt;'));
  });

  it('drops a javascript: link, keeps an https link, and makes llmfg:term an in-extension link', () => {
    assert.doesNotMatch(limitedZh, /href="javascript/i);
    assert.ok(limitedZh.includes('[bad](javascript:alert(1))'));
    assert.match(limitedZh, /<a href="https:\/\/arxiv\.org\/abs\/1710\.03740" class="external-link" rel="noopener"[^>]*>paper<\/a>/);
    assert.match(limitedZh, /<a href="#" class="internal-link term-link" data-term="mixed-precision-training">term<\/a>/);
  });

  it('highlights code in the analysis', () => {
    assert.match(limitedZh, /<pre class="code-block" tabindex="0"><code class="language-python"><span class="tok-keyword">with<\/span> torch\.<span class="tok-function">autocast<\/span>/);
  });

  it('links related terms and entries by their display-language titles; unknown ids stay text', () => {
    const terms = element(limitedZh, /<nav class="related-terms"/, 'nav');
    assert.match(terms, /aria-labelledby="related-terms-heading"><h2 id="related-terms-heading">相关术语<\/h2>/);
    assert.match(terms, /<a href="#" class="internal-link term-link" data-term="mixed-precision-training">混合精度训练<\/a>/);
    assert.match(terms, /data-term="lora">LoRA 低秩适配<\/a>/);
    assert.match(terms, /<span class="missing-link">no-such-term<\/span>/);
    const entries = element(limitedEn, /<nav class="related-entries"/, 'nav');
    assert.match(entries, /<h2 id="related-entries-heading">Related entries<\/h2>/);
    assert.match(entries, /data-entry="training-memory">What uses memory in training\?<\/a>/);
  });

  it('lists source references as "Source: 000 #4"', () => {
    assert.match(limitedEn, /<ul class="source-list" aria-label="Sources"><li>Source: 000 #4<\/li><li>Source: 001 #12<\/li><\/ul>/);
    assert.match(limitedZh, /<li>来源：000 #4<\/li>/);
  });

  it('links the previous and next entries of the same topic', () => {
    const pager = element(limitedEn, /<nav class="topic-pager"/, 'nav');
    assert.match(pager, /aria-label="More in this topic"/);
    assert.match(pager, /<a href="#" class="internal-link entry-link pager-link pager-previous" data-entry="energy-efficiency" rel="prev"><span class="pager-label">Previous<\/span> <span class="pager-title">How do you cut energy use\?<\/span><\/a>/);
    assert.match(pager, /data-entry="training-memory" rel="next"><span class="pager-label">Next<\/span>/);
    // training-stability is alone in its topic: no pager at all.
    assert.doesNotMatch(renderEntryPage(entry('training-stability'), bundle, 'en'), /topic-pager/);
    // The first of a topic has only a next link.
    const first = renderEntryPage(entry('energy-efficiency'), bundle, 'en');
    assert.doesNotMatch(first, /rel="prev"/);
    assert.match(first, /data-entry="limited-resources" rel="next"/);
  });

  it('offers actions as buttons: language switch, reveal in sidebar, quiz, copy as Markdown', () => {
    const bar = element(limitedZh, /<div class="page-actions" role="group" aria-label="操作">/, 'div');
    assert.match(bar, /<button type="button" class="page-action action-reveal" data-action="reveal" data-id="limited-resources">在侧边栏中显示<\/button>/);
    assert.match(bar, /<button type="button" class="page-action action-quiz" data-action="quiz" data-kind="entry" data-id="limited-resources">测验<\/button>/);
    assert.match(bar, /data-action="copyMarkdown" data-id="limited-resources">复制为 Markdown<\/button>/);
    assert.match(bar, /<span class="lang-block language-switch" data-content-lang="zh" lang="zh-CN"><button type="button" class="page-action action-setLanguage" data-action="setLanguage" data-lang="en" aria-label="切换语言：English" lang="en">English<\/button><\/span>/);
    assert.match(bar, /<span class="lang-block language-switch lang-hidden" data-content-lang="en" lang="en"><button [^>]*data-lang="zh" aria-label="Switch language: 中文"/);
  });

  it('shows only the requested actions', () => {
    const html = renderEntryPage(entry('limited-resources'), bundle, 'en', { actions: ['reveal'] });
    assert.match(html, /data-action="reveal"/);
    assert.doesNotMatch(html, /data-action="(quiz|copyMarkdown|setLanguage)"/);
    assert.doesNotMatch(renderEntryPage(entry('limited-resources'), bundle, 'en', { actions: [] }), /page-actions/);
  });

  it('says so where a language only shows the other language’s text', () => {
    const html = renderEntryPage(entry('training-stability'), bundle, 'zh');
    const zh = element(html, /<div class="lang-block entry-body" data-content-lang="zh"/, 'div');
    assert.match(zh, /^<div[^>]*><p class="untranslated-note" role="note">本条内容暂无中文译文，以下显示原文。<\/p>/);
    const en = element(html, /<div class="lang-block entry-body lang-hidden" data-content-lang="en"/, 'div');
    assert.doesNotMatch(en, /untranslated-note/);
  });

  it('uses unique element ids and no inline styles or event handlers', () => {
    const ids = [...limitedZh.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length);
    for (const m of limitedZh.matchAll(/aria-labelledby="([^"]+)"/g)) assert.ok(ids.includes(m[1]), m[1]);
    assert.doesNotMatch(limitedZh, /style=|\son[a-z]+=/);
  });
});
