// Every shipped entry and term renders in both languages, and the output keeps the panel's
// safety rules whatever the content contains.
import assert from 'node:assert/strict';
import { LANGS } from '../../../src/core/knowledge/model';
import { renderEntryPage } from '../../../src/core/render/entryPage';
import { renderTermPage } from '../../../src/core/render/termPage';
import { shippedBundle } from '../shippedBundle';

function assertSafe(html: string, where: string): void {
  assert.doesNotMatch(html, /<script|<iframe|<img|<style|style=|\son[a-z]+=/i, where);
  for (const m of html.matchAll(/href="([^"]*)"/g)) assert.ok(m[1] === '#' || m[1].startsWith('https://'), `${where}: href ${m[1]}`);
}

describe('pages of the shipped content', () => {
  it('render every entry in both languages with both languages’ text, safely', () => {
    const bundle = shippedBundle();
    for (const entry of bundle.entries) {
      for (const lang of LANGS) {
        const html = renderEntryPage(entry, bundle, lang);
        assertSafe(html, entry.id);
        assert.ok(html.includes('data-content-lang="zh"') && html.includes('data-content-lang="en"'), entry.id);
        assert.equal(html.match(/<aside class="correction"/g)?.length ?? 0, entry.corrections.length, entry.id);
        assert.doesNotMatch(html, /missing-link/, entry.id);
      }
    }
  });

  it('render every term in both languages, safely', () => {
    const bundle = shippedBundle();
    for (const term of bundle.terms) {
      for (const lang of LANGS) {
        const html = renderTermPage(term, bundle, lang);
        assertSafe(html, term.id);
        assert.doesNotMatch(html, /missing-link/, term.id);
      }
    }
  });
});
