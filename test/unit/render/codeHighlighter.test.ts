import assert from 'node:assert/strict';
import fc from 'fast-check';
import { codeLanguageOf, type CodeLanguage } from '../../../src/core/render/codeGrammars';
import { highlightCode, tokenizeCode, type CodeToken } from '../../../src/core/render/codeHighlighter';

const LANGUAGES: CodeLanguage[] = ['python', 'json', 'yaml', 'bash', 'typescript'];

/** The tokens that have a kind, as "kind:text", for compact assertions. */
function kinds(code: string, language: CodeLanguage): string[] {
  return tokenizeCode(code, language)
    .filter((t): t is Required<CodeToken> => t.kind !== undefined)
    .map((t) => `${t.kind}:${t.text}`);
}

function unescape(html: string): string {
  return html.replace(/<\/?span[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

describe('highlightCode', () => {
  it('escapes everything, inside and outside tokens', () => {
    const html = highlightCode('x = "<script>" # </span><b>&\ny = a<b', 'python');
    assert.doesNotMatch(html, /<script>|<b>|<\/span><b>/);
    assert.match(html, /<span class="tok-string">&quot;&lt;script&gt;&quot;<\/span>/);
    assert.match(html, /<span class="tok-comment"># &lt;\/span&gt;&lt;b&gt;&amp;<\/span>/);
    assert.match(html, /a&lt;b$/);
  });

  it('escapes an unknown language without colouring it', () => {
    assert.equal(highlightCode('<x a="1">&</x>', 'cobol'), '&lt;x a=&quot;1&quot;&gt;&amp;&lt;/x&gt;');
  });

  it('never loses, adds or reorders text, and only emits its own spans (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGUAGES), fc.string({ unit: fc.constantFrom(...'ab1 _.@$#"\'`/*\\\n:{}()<>&-=~fxr'.split('')), maxLength: 60 }), (language, code) => {
        const tokens = tokenizeCode(code, language);
        assert.equal(tokens.map((t) => t.text).join(''), code);
        assert.ok(tokens.every((t) => t.text.length > 0));
        const html = highlightCode(code, language);
        assert.equal(unescape(html), code);
        assert.doesNotMatch(html.replace(/<span class="tok-[a-z]+">|<\/span>/g, ''), /[<>"']/);
      }),
      { numRuns: 400 },
    );
  });

  it('knows language aliases', () => {
    assert.equal(codeLanguageOf('py'), 'python');
    assert.equal(codeLanguageOf('JS'), 'typescript');
    assert.equal(codeLanguageOf('yml'), 'yaml');
    assert.equal(codeLanguageOf('sh'), 'bash');
    assert.equal(codeLanguageOf('python title="x.py"'), 'python');
    assert.equal(codeLanguageOf('toString'), undefined);
  });
});

describe('tokenizeCode', () => {
  it('Python: keywords, literals, strings, comments, numbers, functions, classes, decorators', () => {
    const code = '@torch.no_grad()\ndef step(x, lr=1e-4):\n    s = f"{x}" + r\'\\d\' + """a\nb"""  # note\n    return re.match(s) is None\nclass Net(Base): pass\n';
    assert.deepEqual(kinds(code, 'python'), [
      'decorator:@torch.no_grad',
      'keyword:def',
      'function:step',
      'number:1e-4',
      'string:f"{x}"',
      "string:r'\\d'",
      'string:"""a\nb"""',
      'comment:# note',
      'keyword:return',
      'function:match',
      'keyword:is',
      'literal:None',
      'keyword:class',
      'type:Net',
      'keyword:pass',
    ]);
  });

  it('Python: @ inside an expression is not a decorator', () => {
    assert.ok(!kinds('y = a @ b', 'python').some((k) => k.startsWith('decorator')));
  });

  it('JSON: keys are properties, other strings are strings', () => {
    assert.deepEqual(kinds('{"stage": 3, "on": true, "name": "a\\"b", "x": null}', 'json'), [
      'property:"stage"',
      'number:3',
      'property:"on"',
      'literal:true',
      'property:"name"',
      'string:"a\\"b"',
      'property:"x"',
      'literal:null',
    ]);
  });

  it('YAML: keys, comments after a space, apostrophes inside words, literals', () => {
    assert.deepEqual(kinds("# top\nkey: it's fine  # note\nurl: https://a.b/c#frag\nlist:\n  - 'quoted'\n  - yes\n  - 1.5\n", 'yaml'), [
      'comment:# top',
      'property:key',
      'comment:# note',
      'property:url',
      'property:list',
      "string:'quoted'",
      'literal:yes',
      'number:1.5',
    ]);
  });

  it('bash: variables, comments only at word starts, keywords only as whole words', () => {
    assert.deepEqual(kinds('if [ -n "$X" ]; then echo a#b ${HOME} $1 --in-place; fi # done', 'bash'), [
      'keyword:if',
      'string:"$X"',
      'keyword:then',
      'variable:${HOME}',
      'variable:$1',
      'keyword:fi',
      'comment:# done',
    ]);
  });

  it('TypeScript: keywords, types, templates, comments, calls', () => {
    assert.deepEqual(kinds('// c\nconst n: number = 10n; /* b */\nfunction f() { return new Map(`t${n}`); }\nclass A extends B {}\n@Dec x.type', 'typescript'), [
      'comment:// c',
      'keyword:const',
      'type:number',
      'number:10n',
      'comment:/* b */',
      'keyword:function',
      'function:f',
      'keyword:return',
      'keyword:new',
      'type:Map',
      'string:`t${n}`',
      'keyword:class',
      'type:A',
      'keyword:extends',
      'type:B',
      'decorator:@Dec',
    ]);
  });

  it('ends an unterminated string at the end of its line', () => {
    assert.deepEqual(kinds('x = "open\ny = 1', 'python'), ['string:"open', 'number:1']);
  });
});
