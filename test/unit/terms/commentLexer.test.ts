import assert from 'node:assert/strict';
import { extractProse, lexRegions, MAX_LINE_LENGTH } from '../../../src/core/terms/commentLexer';
import { BUILT_IN_LANGUAGES, PROSE_SYNTAX } from '../../../src/core/terms/languageSyntax';
import { proseTexts, syntax } from './helpers';

const trimmed = (text: string, lang: string): string[] => proseTexts(text, lang).map((s) => s.trim());

describe('comment lexer', () => {
  describe('strings that contain comment markers are not comments', () => {
    const cases: [string, string, string[]][] = [
      ['python', 'x = "# no"  # yes\ny = \'# no\'', ['yes']],
      ['javascript', 'const a = "// no", b = \'/* no */\'; // yes', ['yes']],
      ['typescript', 'const t = `// no ${"/* no */"} still no`; /* yes */', ['yes']],
      ['c', 'printf("/* no */ // no"); char q = \'"\'; /* yes */', ['yes']],
      ['cpp', 'auto s = R"delim(// no )" still no)delim"; // yes', ['yes']],
      ['cuda-cpp', 'const char* s = "// no"; // yes', ['yes']],
      ['csharp', 'var p = @"C:\\dir\\"; var r = """// no"""; // yes', ['yes']],
      ['java', 'String s = """\n  // no\n  """; // yes', ['yes']],
      ['kotlin', 'val s = "${"// no"}" // yes', ['yes']],
      ['scala', 'val s = """// no""" // yes', ['yes']],
      ['swift', 'let s = #"// "no""#; // yes', ['yes']],
      ['go', 's := `// no\n// no` // yes', ['yes']],
      ['rust', 'let s = r##"// "# no"##; let c = \'"\'; // yes', ['yes']],
      ['php', '$s = "# no // no"; # yes', ['yes']],
      ['ruby', 's = "# no" # yes', ['yes']],
      ['lua', 's = "-- no" .. [[-- no]] -- yes', ['yes']],
      ['r', 's <- "# no" # yes', ['yes']],
      ['julia', 's = "#= no =#" # yes', ['yes']],
      ['haskell', 's = "-- no {- no -}" -- yes', ['yes']],
      ['sql', "SELECT '-- no' AS s; -- yes", ['yes']],
      ['shellscript', 'echo "# no" \'# no\' # yes', ['yes']],
      ['yaml', 'a: "# no"  # yes', ['yes']],
      ['toml', 'a = "# no"  # yes', ['yes']],
      ['powershell', '$s = "# no `" no" # yes', ['yes']],
      ['perl', 'my $s = "# no"; # yes', ['yes']],
      ['dart', "var s = 'it\\'s // no'; // yes", ['yes']],
      ['css', '.a { content: "/* no */"; } /* yes */', ['yes']],
      ['jsonc', '{ "a": "// no" } // yes', ['yes']],
      ['dockerfile', 'RUN echo "# no" # yes', ['yes']],
    ];
    for (const [lang, text, expected] of cases) {
      it(lang, () => assert.deepEqual(trimmed(text, lang), expected));
    }
  });

  it('covers at least the required languages', () => {
    const required = [
      'python', 'javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'c', 'cpp', 'cuda-cpp', 'csharp', 'java',
      'kotlin', 'scala', 'swift', 'go', 'rust', 'php', 'ruby', 'lua', 'r', 'julia', 'haskell', 'sql', 'shellscript', 'yaml',
      'dockerfile', 'makefile', 'toml', 'ini', 'powershell', 'perl', 'dart', 'html', 'xml', 'css', 'scss', 'less',
      'markdown', 'plaintext', 'jsonc',
    ];
    for (const id of required) assert.ok(BUILT_IN_LANGUAGES.includes(id), id);
  });

  describe('block comments', () => {
    it('nest where the language nests them', () => {
      assert.deepEqual(trimmed('/* a /* b */ c */ x', 'rust'), ['a /* b */ c']);
      assert.deepEqual(trimmed('#= a #= b =# c =# x', 'julia'), ['a #= b =# c']);
      assert.deepEqual(trimmed('{- a {- b -} c -} x', 'haskell'), ['a {- b -} c']);
      assert.deepEqual(trimmed('/* a /* b */ c */ x', 'swift'), ['a /* b */ c']);
    });

    it('do not nest in C', () => {
      const text = '/* a /* b */ c */';
      assert.deepEqual(trimmed(text, 'c'), ['a /* b']);
    });

    it('run to the end of the text when unterminated, without throwing', () => {
      assert.deepEqual(trimmed('int x; /* open\n still open', 'c'), ['open\n still open']);
      assert.deepEqual(trimmed('/* /* one closed */ but not the outer', 'rust'), ['/* one closed */ but not the outer']);
      assert.deepEqual(trimmed('x = """never closed\nmore', 'python'), []);
      assert.deepEqual(trimmed('"""never closed\nmore', 'python'), ['never closed\nmore']);
    });

    it('span lines', () => {
      assert.deepEqual(trimmed('/**\n * LoRA\n * adapters\n */\nint x;', 'java'), ['*\n * LoRA\n * adapters']);
    });

    it('handles Lua long comments of any level, Ruby =begin and Perl POD', () => {
      assert.deepEqual(trimmed('--[==[ a ]] b ]==] x = 1 -- c', 'lua'), ['a ]] b', 'c']);
      assert.deepEqual(trimmed('=begin\ndoc\n=end\nx = 1', 'ruby'), ['doc']);
      assert.deepEqual(trimmed('x = 1 =begin not at column 0', 'ruby'), []);
      assert.deepEqual(trimmed('=pod\n\nPOD text\n\n=cut\nmy $n = $#a; # c', 'perl'), ['POD text', 'c']);
    });

    it('reads JSX comments and HTML comments', () => {
      assert.deepEqual(trimmed('const A = () => (<div>{/* jsx note */}<b/></div>);', 'typescriptreact'), ['jsx note']);
      assert.deepEqual(trimmed('<!-- html note --><p>text</p>', 'html'), ['html note']);
      assert.deepEqual(trimmed('<a/><!-- xml\nnote -->', 'xml'), ['xml\nnote']);
    });
  });

  describe('docstrings', () => {
    it('are prose in statement position only', () => {
      const text = '"""Module doc."""\ndef f():\n    """Function doc."""\n    x = """not doc"""\n    g("""not doc""")\n    r"""raw doc"""\n';
      const regions = extractProse(text, syntax('python'));
      assert.deepEqual(
        regions.map((r) => [r.kind, text.slice(r.start, r.end)]),
        [
          ['docstring', 'Module doc.'],
          ['docstring', 'Function doc.'],
          ['docstring', 'raw doc'],
        ],
      );
    });

    it('work for Julia too', () => {
      assert.deepEqual(trimmed('"""\n    f(x)\nDocs.\n"""\nfunction f(x) end', 'julia'), ['f(x)\nDocs.']);
    });
  });

  describe('language quirks', () => {
    it('does not read Rust lifetimes or Haskell primes as char literals', () => {
      assert.deepEqual(trimmed("fn f<'a>(x: &'a str) -> &'a str { x } // c", 'rust'), ['c']);
      assert.deepEqual(trimmed("foldl' f x' -- c", 'haskell'), ['c']);
    });

    it('reads JavaScript regular expressions as code', () => {
      assert.deepEqual(trimmed('const re = /\\/\\*/g; // c', 'javascript'), ['c']);
      assert.deepEqual(trimmed('const re = /[/*]/; // c', 'javascript'), ['c']);
      assert.deepEqual(trimmed('return /"/.test(s) // c', 'javascript'), ['c']);
      assert.deepEqual(trimmed('const half = a / b; // c', 'javascript'), ['c']);
    });

    it('knows where # starts a comment', () => {
      assert.deepEqual(trimmed('echo ${#arr[@]} a#b $# # c', 'shellscript'), ['c']);
      assert.deepEqual(trimmed('key: a#b # c', 'yaml'), ['c']);
      assert.deepEqual(trimmed('#[Route("/x")]\nfunction f() {} # c', 'php'), ['c']);
      assert.deepEqual(trimmed('; note\nkey = a ; not a comment', 'ini'), ['note']);
    });

    it('ends single-line strings at the newline but continues after a backslash', () => {
      assert.deepEqual(trimmed('s = "unterminated\n# c', 'python'), ['c']);
      assert.deepEqual(trimmed('s = "continued \\\n # still string" # c', 'python'), ['c']);
    });

    it('treats markdown and plain text as prose, one region per paragraph', () => {
      const text = '# Title\n\nParagraph one\ncontinues.\n\n\nTwo.';
      assert.deepEqual(proseTexts(text, 'markdown'), ['# Title', 'Paragraph one\ncontinues.', 'Two.']);
      assert.deepEqual(proseTexts('plain', 'plaintext'), ['plain']);
    });
  });

  describe('comment blocks', () => {
    it('groups line comments on consecutive lines, and nothing else', () => {
      const text = '# a\n#\n# b\nx = 1  # c\n\n# d\n"""e"""';
      const regions = extractProse(text, syntax('python'));
      const blocks = regions.map((r) => [text.slice(r.start, r.end).trim(), r.block]);
      assert.deepEqual(blocks, [
        ['a', 0],
        ['', 0],
        ['b', 0],
        ['c', 1],
        ['d', 2],
        ['e', 3],
      ]);
    });
  });

  describe('long lines', () => {
    it(`skips lines longer than ${MAX_LINE_LENGTH} characters`, () => {
      const long = '# ' + 'x'.repeat(MAX_LINE_LENGTH);
      assert.deepEqual(trimmed(`${long}\n# kept`, 'python'), ['kept']);
      assert.deepEqual(proseTexts(`a\n${'y'.repeat(MAX_LINE_LENGTH + 1)}\nb`, 'plaintext'), ['a', 'b']);
    });

    it('keeps a block comment open across a skipped line', () => {
      const text = `/* before\n${'z'.repeat(MAX_LINE_LENGTH + 5)}\nafter */ int x; // c`;
      const regions = extractProse(text, syntax('c'));
      assert.deepEqual(
        regions.map((r) => [text.slice(r.start, r.end).trim(), r.block]),
        [
          ['before', 0],
          ['after', 0],
          ['c', 1],
        ],
      );
    });
  });

  it('reports code and string regions too, with offsets into the text', () => {
    const text = 'a = "s" # c';
    const regions = lexRegions(text, syntax('python'));
    assert.deepEqual(
      regions.map((r) => [r.kind, text.slice(r.start, r.end)]),
      [
        ['code', 'a = '],
        ['string', 's'],
        ['code', ' '],
        ['line-comment', ' c'],
      ],
    );
  });

  it('is usable per notebook cell: offsets are relative to the cell text', () => {
    const code = 'import torch\n# cell comment';
    const markdown = 'Some **markdown** cell';
    assert.deepEqual(proseTexts(code, 'python'), [' cell comment']);
    assert.deepEqual(
      extractProse(markdown, PROSE_SYNTAX).map((r) => [r.start, r.end]),
      [[0, markdown.length]],
    );
  });
});
