// A glossary term card as the answer panel's body HTML. A card is short and teaches the
// vocabulary of both languages, so the term and its definition are always shown in both; the
// language switch (languageBlocks.ts) only changes which language leads.
//
// Classes used (besides those of markdownRenderer.ts and pageActions.ts):
//   page term-page, page-header, page-meta, page-kind, page-topic, term-name, page-title,
//   term-translation, term-aliases, term-definitions, definition definition-primary|secondary,
//   markdown-body, term-example, term-code-signals, code-signal-list, code-signal-note,
//   related-terms, term-entries, link-list, missing-link, page-footer, term-reference
import { LANGS, type ContentBundle, type Lang, type Term } from '../knowledge/model';
import { codeBlockHtml } from './codeBlock';
import { contentLookup } from './contentLookup';
import { escapeHtml } from './htmlEscape';
import { attributeHtml, languageBlock } from './languageBlocks';
import { linkHtml } from './linkHtml';
import { linkListHtml } from './linkList';
import { classifyHref } from './linkPolicy';
import { renderMarkdown } from './markdownRenderer';
import { actionBarHtml, type PageAction } from './pageActions';
import { referenceHtml } from './referenceHtml';
import { HTML_LANG, UI_LABELS, type UiLabels } from './uiLabels';

export const TERM_PAGE_ACTIONS: readonly PageAction[] = ['setLanguage', 'quiz'];

export interface TermPageOptions {
  /** Action buttons, in order; default TERM_PAGE_ACTIONS. */
  actions?: readonly PageAction[];
  /** Chrome labels; default UI_LABELS[lang]. */
  labels?: UiLabels;
}

export function renderTermPage(term: Term, bundle: ContentBundle, lang: Lang, options: TermPageOptions = {}): string {
  const labels = options.labels ?? UI_LABELS[lang];
  const lookup = contentLookup(bundle);
  const topicTitle = lookup.topic(term.topic)?.title[lang] ?? term.topic;

  const aliases = term.aliases.length
    ? `<p class="term-aliases">${escapeHtml(`${labels.aliases}${labels.colon}`)}${term.aliases
        .map((a) => `<span class="term-alias">${escapeHtml(a)}</span>`)
        .join(escapeHtml(lang === 'zh' ? '、' : ', '))}</p>`
    : '';
  const header =
    '<header class="page-header">' +
    '<p class="page-meta">' +
    `<span class="page-kind">${escapeHtml(labels.glossaryTerm)}</span> ` +
    `<span class="page-topic">${escapeHtml(`${labels.topic}${labels.colon}${topicTitle}`)}</span>` +
    '</p>' +
    LANGS.map((l) => languageBlock('div', l, lang, termNameHtml(term, l), { className: 'term-name' })).join('') +
    aliases +
    actionBarHtml(options.actions ?? TERM_PAGE_ACTIONS, { kind: 'term', id: term.id }, labels, lang) +
    '</header>';

  const definitions = LANGS.map((l) =>
    languageBlock('section', l, lang, definitionsHtml(term, l), {
      className: 'term-definitions',
      attributes: [['aria-labelledby', `definition-heading-${l}`]],
    }),
  ).join('');

  const example = term.example
    ? '<section class="term-example" aria-labelledby="example-heading">' +
      `<h2 id="example-heading">${escapeHtml(labels.example)}</h2>${codeBlockHtml(term.example.code, term.example.language)}</section>`
    : '';

  const signals = term.codeSignals.length
    ? '<section class="term-code-signals" aria-labelledby="code-signals-heading">' +
      `<h2 id="code-signals-heading">${escapeHtml(labels.codeSignals)}</h2>` +
      `<ul class="code-signal-list">${term.codeSignals.map((s) => `<li>${codeSignalHtml(s)}</li>`).join('')}</ul></section>`
    : '';

  const related = linkListHtml({
    className: 'related-terms',
    headingId: 'related-terms-heading',
    heading: labels.relatedTerms,
    items: term.related.map((id) => ({ kind: 'term', id, label: lookup.term(id)?.term[lang] })),
  });
  const usedIn = linkListHtml({
    className: 'term-entries',
    headingId: 'term-entries-heading',
    heading: labels.usedInEntries,
    items: lookup.entriesUsingTerm(term.id).map((e) => ({ kind: 'entry', id: e.id, label: e.title[lang] })),
  });

  const reference = term.reference.text
    ? '<footer class="page-footer"><p class="term-reference">' +
      `${escapeHtml(`${labels.reference}${labels.colon}`)}${termReferenceHtml(term.reference)}</p></footer>`
    : '';

  const articleAttributes: Array<[string, string]> = [
    ['class', 'page term-page'],
    ['data-kind', 'term'],
    ['data-id', term.id],
    ['data-display-lang', lang],
    ['lang', HTML_LANG[lang]],
    ['aria-labelledby', `page-title-${lang}`],
  ];
  return `<article${attributeHtml(articleAttributes)}>${header}${definitions}${example}${signals}${related}${usedIn}${reference}</article>`;
}

/** The term as read in `primary`: its name as the heading, the other language's name under it. */
function termNameHtml(term: Term, primary: Lang): string {
  const other = otherLang(primary);
  const translation =
    term.term[other] !== term.term[primary]
      ? `<p class="term-translation" lang="${HTML_LANG[other]}">${escapeHtml(term.term[other])}</p>`
      : '';
  return `<h1 id="page-title-${primary}" class="page-title">${escapeHtml(term.term[primary])}</h1>${translation}`;
}

/** Both definitions, the one in `primary` first. */
function definitionsHtml(term: Term, primary: Lang): string {
  const heading = `<h2 id="definition-heading-${primary}">${escapeHtml(UI_LABELS[primary].definition)}</h2>`;
  return (
    heading +
    [primary, otherLang(primary)]
      .map(
        (l, i) =>
          `<div class="definition markdown-body ${i === 0 ? 'definition-primary' : 'definition-secondary'}" lang="${HTML_LANG[l]}">` +
          `${renderMarkdown(term.definition[l])}</div>`,
      )
      .join('')
  );
}

function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/**
 * `torch.cuda.amp.autocast (deprecated since …)` → the identifier as code, the note as text;
 * a signal without a trailing note is all code.
 */
function codeSignalHtml(signal: string): string {
  const m = /^(.*?\S)\s+\((.*)\)$/s.exec(signal);
  if (!m) return `<code>${escapeHtml(signal)}</code>`;
  return `<code>${escapeHtml(m[1])}</code> <span class="code-signal-note">(${escapeHtml(m[2])})</span>`;
}

function termReferenceHtml(reference: Term['reference']): string {
  const target = reference.url ? classifyHref(reference.url) : undefined;
  if (target?.kind === 'external') return linkHtml(target, escapeHtml(reference.text));
  return referenceHtml(reference.text);
}
