// Answer panel script. Runs in the webview under a nonce CSP: it only turns clicks into
// messages for the extension, switches the content language locally, and keeps the view state
// (getState/setState) so the serializer can restore the panel after a reload.
(function () {
  const vscode = acquireVsCodeApi();
  const body = document.body;
  const initial = JSON.parse(body.dataset.state || '{}');
  const previous = vscode.getState();
  const sameView = previous && previous.view && initial.view &&
    previous.view.kind === initial.view.kind && previous.view.id === initial.view.id;
  const state = {
    view: initial.view,
    lang: sameView && (previous.lang === 'zh' || previous.lang === 'en') ? previous.lang : initial.lang,
    scrollY: sameView && typeof previous.scrollY === 'number' ? previous.scrollY : 0,
  };

  function applyLanguage(lang) {
    body.dataset.lang = lang;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-content-lang]').forEach(function (el) {
      el.classList.toggle('lang-hidden', el.getAttribute('data-content-lang') !== lang);
    });
  }
  function save() { vscode.setState(state); }
  // Keep keyboard focus on the language switch after it swapped for the other language's button.
  function focusLanguageSwitch() {
    const next = document.querySelector('.language-switch:not(.lang-hidden) [data-action="setLanguage"]');
    if (next) next.focus();
  }

  if (state.lang !== body.dataset.lang) applyLanguage(state.lang);
  save();
  window.addEventListener('load', function () { if (state.scrollY) window.scrollTo(0, state.scrollY); });

  let scrollTimer;
  window.addEventListener('scroll', function () {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(function () { state.scrollY = Math.round(window.scrollY); save(); }, 150);
  });

  document.addEventListener('click', function (event) {
    const el = event.target instanceof Element ? event.target.closest('a[data-entry], a[data-term], [data-action]') : null;
    if (!el) return;
    event.preventDefault();
    const d = el.dataset;
    switch (d.action) {
      case 'setLanguage':
        state.lang = d.lang === 'en' ? 'en' : 'zh';
        applyLanguage(state.lang);
        save();
        vscode.postMessage({ type: 'setLanguage', lang: state.lang });
        focusLanguageSwitch();
        return;
      case 'reveal':
        vscode.postMessage({ type: 'reveal', id: d.id });
        return;
      case 'quiz':
        vscode.postMessage({ type: 'quiz', target: { kind: d.kind, id: d.id } });
        return;
      case 'copyMarkdown':
        vscode.postMessage({ type: 'copyMarkdown', id: d.id });
        return;
      case 'startQuiz':
      case 'startReview':
        vscode.postMessage({ type: d.action });
        return;
      case 'openView':
        vscode.postMessage({ type: 'open', target: { kind: d.kind, id: d.id } });
        return;
    }
    const target = d.entry ? { kind: 'entry', id: d.entry } : d.term ? { kind: 'term', id: d.term } : undefined;
    if (!target) return;
    const toSide = event.ctrlKey || event.metaKey;
    vscode.postMessage({ type: toSide ? 'openToSide' : 'open', target: target });
  });

  // Middle click opens to the side, like links in the editor.
  document.addEventListener('auxclick', function (event) {
    if (event.button !== 1) return;
    const el = event.target instanceof Element ? event.target.closest('a[data-entry], a[data-term]') : null;
    if (!el) return;
    event.preventDefault();
    const d = el.dataset;
    vscode.postMessage({ type: 'openToSide', target: d.entry ? { kind: 'entry', id: d.entry } : { kind: 'term', id: d.term } });
  });

  vscode.postMessage({ type: 'ready' });
})();
