// An entry as the answer panel's body HTML (no <html>/<head>: the glue adds CSP, nonce and
// stylesheet). Both languages are rendered; see languageBlocks.ts for the switch.
//
// Classes used (besides those of markdownRenderer.ts, languageBlocks.ts, pageActions.ts):
//   page entry-page, page-header, page-meta, page-topic, page-difficulty difficulty-<1|2|3>,
//   page-title, entry-body, entry-section section-<question|answer|analysis>, markdown-body,
//   untranslated-note, corrections, correction, correction-title, correction-details,
//   correction-original, correction-corrected, correction-reference, related-terms,
//   related-entries, link-list, missing-link, topic-pager, pager-link pager-previous|pager-next,
//   pager-label, pager-title, page-footer, source-list
import { LANGS, type ContentBundle, type Correction, type Entry, type Lang } from '../knowledge/model';
import { contentLookup } from './contentLookup';
import { escapeHtml } from './htmlEscape';
import { attributeHtml, languageBlock } from './languageBlocks';
import { linkHtml } from './linkHtml';
import { linkListHtml } from './linkList';
import { renderMarkdown, renderMarkdownInline } from './markdownRenderer';
import { actionBarHtml, type PageAction } from './pageActions';
import { referenceHtml } from './referenceHtml';
import { formatSourceReference, HTML_LANG, UI_LABELS, type UiLabels } from './uiLabels';

export type EntrySectionKey = 'question' | 'answer' | 'analysis';
export const ENTRY_SECTION_KEYS: readonly EntrySectionKey[] = ['question', 'answer', 'analysis'];

export const ENTRY_PAGE_ACTIONS: readonly PageAction[] = ['setLanguage', 'reveal', 'quiz', 'copyMarkdown'];

export interface EntryPageOptions {
  /** Action buttons, in order; default ENTRY_PAGE_ACTIONS. */
  actions?: readonly PageAction[];
  /** Chrome labels; default UI_LABELS[lang]. */
  labels?: UiLabels;
}

const HAN = /\p{Script=Han}/u;

export function renderEntryPage(entry: Entry, bundle: ContentBundle, lang: Lang, options: EntryPageOptions = {}): string {
  const labels = options.labels ?? UI_LABELS[lang];
  const lookup = contentLookup(bundle);
  const topicTitle = lookup.topic(entry.topic)?.title[lang] ?? entry.topic;
  const { previous, next } = lookup.topicNeighbours(entry.id);

  const header =
    '<header class="page-header">' +
    '<p class="page-meta">' +
    `<span class="page-topic">${escapeHtml(`${labels.topic}${labels.colon}${topicTitle}`)}</span> ` +
    `<span class="page-difficulty difficulty-${entry.difficulty}" data-difficulty="${entry.difficulty}">` +
    `${escapeHtml(`${labels.difficulty}${labels.colon}${labels.difficultyLevels[entry.difficulty]}`)}</span>` +
    '</p>' +
    LANGS.map((l) => languageBlock('h1', l, lang, escapeHtml(entry.title[l]), { className: 'page-title', id: `page-title-${l}` })).join('') +
    actionBarHtml(options.actions ?? ENTRY_PAGE_ACTIONS, { kind: 'entry', id: entry.id }, labels, lang) +
    '</header>';

  const bodies = LANGS.map((l) => languageBlock('div', l, lang, entryBodyHtml(entry, l), { className: 'entry-body' })).join('');

  const relatedTerms = linkListHtml({
    className: 'related-terms',
    headingId: 'related-terms-heading',
    heading: labels.relatedTerms,
    items: entry.terms.map((id) => ({ kind: 'term', id, label: lookup.term(id)?.term[lang] })),
  });
  const relatedEntries = linkListHtml({
    className: 'related-entries',
    headingId: 'related-entries-heading',
    heading: labels.relatedEntries,
    items: entry.related.map((id) => ({ kind: 'entry', id, label: lookup.entry(id)?.title[lang] })),
  });

  const pagerLink = (target: Entry | undefined, rel: 'prev' | 'next', label: string, className: string): string =>
    target
      ? linkHtml(
          { kind: 'entry', id: target.id },
          `<span class="pager-label">${escapeHtml(label)}</span> <span class="pager-title">${escapeHtml(target.title[lang])}</span>`,
          { className: `pager-link ${className}`, attributes: [['rel', rel]] },
        )
      : '';
  const pager =
    previous || next
      ? `<nav class="topic-pager" aria-label="${escapeHtml(labels.topicNavigation)}">` +
        pagerLink(previous, 'prev', labels.previous, 'pager-previous') +
        pagerLink(next, 'next', labels.next, 'pager-next') +
        '</nav>'
      : '';

  const sources = entry.sources.length
    ? `<footer class="page-footer"><ul class="source-list" aria-label="${escapeHtml(labels.sources)}">` +
      entry.sources.map((s) => `<li>${escapeHtml(formatSourceReference(s, labels))}</li>`).join('') +
      '</ul></footer>'
    : '';

  const articleAttributes: Array<[string, string]> = [
    ['class', 'page entry-page'],
    ['data-kind', 'entry'],
    ['data-id', entry.id],
    ['data-display-lang', lang],
    ['lang', HTML_LANG[lang]],
    ['aria-labelledby', `page-title-${lang}`],
  ];
  return (
    `<article${attributeHtml(articleAttributes)}>` +
    header +
    bodies +
    correctionsHtml(entry.corrections, lang, labels) +
    relatedTerms +
    relatedEntries +
    pager +
    sources +
    '</article>'
  );
}

function entryBodyHtml(entry: Entry, l: Lang): string {
  const sectionLabels = UI_LABELS[l];
  const note = entry.untranslated === l ? `<p class="untranslated-note" role="note">${escapeHtml(sectionLabels.untranslated)}</p>` : '';
  const sections = ENTRY_SECTION_KEYS.map((key) => {
    const headingId = `section-${key}-${l}`;
    return (
      `<section class="entry-section section-${key}" aria-labelledby="${headingId}">` +
      `<h2 id="${headingId}">${escapeHtml(sectionLabels[key])}</h2>` +
      `<div class="markdown-body">${renderMarkdown(entry[key][l])}</div>` +
      '</section>'
    );
  }).join('');
  return note + sections;
}

function correctionsHtml(corrections: Correction[], lang: Lang, labels: UiLabels): string {
  if (corrections.length === 0) return '';
  const boxes = corrections
    .map((c, i) => {
      const titleId = `correction-${i + 1}-title`;
      const original = HAN.test(c.original) ? ` lang="${HTML_LANG.zh}"` : '';
      const corrected = LANGS.map((l) => languageBlock('span', l, lang, renderMarkdownInline(c.corrected[l]))).join('');
      return (
        `<aside class="correction" role="note" aria-labelledby="${titleId}" data-correction-id="${escapeHtml(c.id)}">` +
        `<h3 id="${titleId}" class="correction-title">${escapeHtml(`${labels.correction} ${c.id}`)}</h3>` +
        '<dl class="correction-details">' +
        `<dt>${escapeHtml(labels.correctionOriginal)}</dt><dd class="correction-original"${original}>${escapeHtml(c.original)}</dd>` +
        `<dt>${escapeHtml(labels.correctionCorrected)}</dt><dd class="correction-corrected">${corrected}</dd>` +
        (c.reference
          ? `<dt>${escapeHtml(labels.correctionReference)}</dt><dd class="correction-reference">${referenceHtml(c.reference)}</dd>`
          : '') +
        '</dl></aside>'
      );
    })
    .join('');
  return (
    '<section class="corrections" aria-labelledby="corrections-heading">' +
    `<h2 id="corrections-heading">${escapeHtml(labels.corrections)}</h2>${boxes}</section>`
  );
}
