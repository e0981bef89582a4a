// Content Markdown reduced to what search needs: the prose as one line of plain text (for
// matching and snippets) and the code apart (identifiers are worth finding, but a snippet cut
// from the middle of a code block says little).
import MarkdownIt, { type MarkdownIt as MarkdownParser, type Token } from 'markdown-it';

export interface PlainText {
  prose: string;
  code: string[];
}

let parser: MarkdownParser | undefined;

export function markdownToPlainText(markdown: string): PlainText {
  parser ??= new MarkdownIt({ html: false, linkify: false, typographer: false });
  const prose: string[] = [];
  const code: string[] = [];
  for (const token of parser.parse(markdown, {})) {
    if (token.type === 'fence' || token.type === 'code_block') code.push(token.content);
    else if (token.type === 'inline') prose.push(inlineText(token.children ?? []));
  }
  return { prose: prose.join(' ').replace(/\s+/g, ' ').trim(), code };
}

function inlineText(children: Token[]): string {
  return children
    .map((t) => {
      if (t.type === 'text' || t.type === 'code_inline') return t.content;
      if (t.type === 'softbreak' || t.type === 'hardbreak') return ' ';
      if (t.type === 'image') return inlineText(t.children ?? []);
      return '';
    })
    .join('');
}
