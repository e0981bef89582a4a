// Content Markdown → HTML for the answer panel. Content may come from user packs, so the output
// must be safe to put in a webview: raw HTML is escaped (html: false), only https and
// in-extension links survive (others stay visible as plain text), images become links (the
// panel's CSP blocks remote images, and they could track the reader), and nothing is styled
// inline (the CSP has no 'unsafe-inline').
import MarkdownIt, { type StateCore, type Token } from 'markdown-it';
import { codeBlockHtml } from './codeBlock';
import { escapeHtml } from './htmlEscape';
import { linkAttributes, linkHtml } from './linkHtml';
import { classifyHref } from './linkPolicy';

export interface MarkdownRenderer {
  /** Block Markdown (paragraphs, lists, tables, code) to HTML. */
  render(markdown: string): string;
  /** A single line of Markdown (emphasis, code, links) to HTML without a paragraph. */
  renderInline(markdown: string): string;
}

/**
 * Section headings are h2 on the pages, so headings inside content start at h3.
 * Classes used: code-block, language-<name>, table-scroll, align-left|center|right, plus the
 * link classes from linkHtml.ts and the tok-* classes from codeHighlighter.ts.
 */
const MIN_CONTENT_HEADING_LEVEL = 3;

export function createMarkdownRenderer(): MarkdownRenderer {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
  // Only explicit https:// URLs become links; "example.com" or e-mail addresses stay text.
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
  md.validateLink = (url) => classifyHref(url) !== undefined;
  md.core.ruler.push('llmfg_links', rewriteLinks);
  md.core.ruler.push('llmfg_headings', demoteHeadings);
  md.core.ruler.push('llmfg_table_alignment', alignmentToClasses);

  md.renderer.rules.fence = (tokens, idx) => codeBlockHtml(tokens[idx].content, tokens[idx].info);
  md.renderer.rules.code_block = (tokens, idx) => codeBlockHtml(tokens[idx].content, '');
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    const target = classifyHref(String(token.attrGet('src') ?? ''));
    return target ? linkHtml(target, escapeHtml(alt || target.kind)) : escapeHtml(alt);
  };
  // Wide tables scroll on their own instead of widening the page; focusable for the keyboard.
  md.renderer.rules.table_open = () => '<div class="table-scroll" tabindex="0"><table>\n';
  md.renderer.rules.table_close = () => '</table></div>\n';

  return {
    render: (markdown) => md.render(markdown),
    renderInline: (markdown) => md.renderInline(markdown),
  };
}

let shared: MarkdownRenderer | undefined;

/** The module's renderer, created on first use. */
export function markdownRenderer(): MarkdownRenderer {
  shared ??= createMarkdownRenderer();
  return shared;
}

export function renderMarkdown(markdown: string): string {
  return markdownRenderer().render(markdown);
}

export function renderMarkdownInline(markdown: string): string {
  return markdownRenderer().renderInline(markdown);
}

/**
 * Sets the panel's link attributes on every link, and unwraps any whose href is not allowed
 * (validateLink already rejects them; this is the second lock on the same door).
 */
function rewriteLinks(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const kept: Token[] = [];
    const unwrapped: boolean[] = [];
    for (const token of block.children) {
      if (token.type === 'link_open') {
        const target = classifyHref(String(token.attrGet('href') ?? ''));
        unwrapped.push(!target);
        if (!target) continue;
        token.attrs = linkAttributes(target);
      } else if (token.type === 'link_close' && unwrapped.pop()) {
        continue;
      }
      kept.push(token);
    }
    block.children = kept;
  }
}

function demoteHeadings(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== 'heading_open' && token.type !== 'heading_close') continue;
    const level = Number(token.tag.slice(1));
    token.tag = `h${Math.min(6, Math.max(MIN_CONTENT_HEADING_LEVEL, level))}`;
  }
}

function alignmentToClasses(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== 'th_open' && token.type !== 'td_open') continue;
    const align = /^text-align:(left|center|right)$/.exec(String(token.attrGet('style') ?? ''))?.[1];
    token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
    if (align) token.attrJoin('class', `align-${align}`);
  }
}
