// Page rendering with markdown-it: loaded when the first page is shown, not at activation.
export { renderEntryPage } from '../core/render/entryPage';
export { renderTermPage } from '../core/render/termPage';
export { renderProgressPage, renderResultsGonePage, renderResultsPage } from '../core/render/studyPages';
