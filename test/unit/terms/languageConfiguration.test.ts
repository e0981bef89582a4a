import assert from 'node:assert/strict';
import { extractProse } from '../../../src/core/terms/commentLexer';
import { syntaxFromLanguageConfiguration } from '../../../src/core/terms/languageConfiguration';

const prose = (text: string, config: unknown, id?: string): string[] =>
  extractProse(text, syntaxFromLanguageConfiguration(config, id)).map((r) => text.slice(r.start, r.end).trim());

describe('syntaxFromLanguageConfiguration', () => {
  it('reads lineComment as a string or as { comment }, and blockComment as a pair', () => {
    assert.deepEqual(prose('x -- a\n(* b *)', { comments: { lineComment: '--', blockComment: ['(*', '*)'] } }), ['a', 'b']);
    assert.deepEqual(prose('x ;; a', { comments: { lineComment: { comment: ';;', noIndent: true } } }), ['a']);
  });

  it('takes string rules from quotes that auto-close outside strings', () => {
    const config = {
      comments: { lineComment: '#' },
      autoClosingPairs: [{ open: '"', close: '"', notIn: ['string'] }, ['(', ')'], { open: "'", close: "'", notIn: ['string', 'comment'] }],
    };
    assert.deepEqual(prose(`s = "# no" + '# no' # yes`, config), ['yes']);
  });

  it('merges with the built-in syntax of a known language', () => {
    // The configuration knows only `//`; the built-in adds `#` and the string rules.
    assert.deepEqual(prose('$s = "// no"; # yes', { comments: { lineComment: '//', blockComment: ['/*', '*/'] } }, 'php'), ['yes']);
    assert.deepEqual(prose('/* a /* b */ c */', { comments: { blockComment: ['/*', '*/'] } }, 'rust'), ['a /* b */ c']);
  });

  it('survives malformed input', () => {
    for (const bad of [null, 42, 'x', [], { comments: 3 }, { comments: { lineComment: 7, blockComment: ['/*'] } }, { autoClosingPairs: 'x' }]) {
      assert.deepEqual(prose('text # x', bad), []);
    }
  });
});
