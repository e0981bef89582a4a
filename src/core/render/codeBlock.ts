import { codeLanguageOf } from './codeGrammars';
import { highlightCode } from './codeHighlighter';
import { escapeHtml } from './htmlEscape';

/**
 * A highlighted code block: `<pre class="code-block" tabindex="0"><code class="language-…">`.
 * Focusable so keyboard users can scroll long lines; only a known or harmless language name
 * becomes a class.
 */
export function codeBlockHtml(code: string, languageName: string): string {
  const name = languageName.trim().split(/\s+/)[0] ?? '';
  const className = codeLanguageOf(name) ?? (/^[A-Za-z0-9_+#-]{1,30}$/.test(name) ? name.toLowerCase() : '');
  const codeClass = className ? ` class="language-${escapeHtml(className)}"` : '';
  return `<pre class="code-block" tabindex="0"><code${codeClass}>${highlightCode(code, name)}</code></pre>\n`;
}
