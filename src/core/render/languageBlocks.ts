// Content is rendered in both languages at once; the one not being read carries
// LANG_HIDDEN_CLASS. The webview script switches language without a round trip by toggling that
// class on every [data-content-lang] element (and then tells the extension via setLanguage).
import type { Lang } from '../knowledge/model';
import { escapeHtml } from './htmlEscape';
import { HTML_LANG } from './uiLabels';

export const LANG_BLOCK_CLASS = 'lang-block';
export const LANG_HIDDEN_CLASS = 'lang-hidden';
export const CONTENT_LANG_ATTRIBUTE = 'data-content-lang';

export interface LanguageBlockOptions {
  className?: string;
  id?: string;
  /** Extra attributes, unescaped values. */
  attributes?: Array<[string, string]>;
}

/** `<tag class="lang-block …" data-content-lang="…" lang="…">inner</tag>`, hidden unless blockLang is displayed. */
export function languageBlock(tag: string, blockLang: Lang, displayLang: Lang, innerHtml: string, options: LanguageBlockOptions = {}): string {
  const classes = [LANG_BLOCK_CLASS, options.className, blockLang === displayLang ? undefined : LANG_HIDDEN_CLASS].filter(Boolean).join(' ');
  const attributes: Array<[string, string]> = [
    ...(options.id ? ([['id', options.id]] as Array<[string, string]>) : []),
    ['class', classes],
    [CONTENT_LANG_ATTRIBUTE, blockLang],
    ['lang', HTML_LANG[blockLang]],
    ...(options.attributes ?? []),
  ];
  return `<${tag}${attributeHtml(attributes)}>${innerHtml}</${tag}>`;
}

/** ` name="value"` pairs, values escaped. */
export function attributeHtml(attributes: Array<[string, string]>): string {
  return attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
}
