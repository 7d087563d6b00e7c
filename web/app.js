// The front end's entry point: reads the state from the URL, asks the API, draws the view, and
// keeps the URL in step (history.pushState on every navigation, popstate for back/forward).

import { readState, toUrl, resultsOf, searchParams } from './js/state.js';
import * as api from './js/api.js';
import { h, fill } from './js/dom.js';
import { renderSearch } from './js/search-view.js';
import { renderArticle } from './js/article-view.js';
import { trendsView, renderTrends } from './js/themes.js';
import { renderQuotes, renderTabs, quoteParams, showParagraph } from './js/quotes.js';
import { renderSaved, renderSaveControls, wireSaveControls } from './js/saved.js';
import { renderBatch } from './js/batch.js';

const $ = (id) => document.getElementById(id);

const els = {
  main: $('main'),
  status: $('status'),
  form: $('search-form'),
  q: $('q'),
  searchView: $('search-view'),
  trendsView: $('trends-view'),
  articleView: $('article-view'),
  quotesView: $('quotes-view'),
  filterToggle: $('filter-toggle'),
  summary: $('summary'),
  chips: $('chips'),
  hits: $('hits'),
  pager: $('pager'),
  sort: $('sort'),
  exportLink: $('export-link'),
  exportRis: $('export-ris'),
  exportCsl: $('export-csl'),
  collapse: $('collapse'),
  saveButton: $('save-search'),
  saveForm: $('save-form'),
  saveName: $('save-name'),
  saveNote: $('save-note'),
  feedLink: $('feed-link'),
  savedView: $('saved-view'),
  savedList: $('saved-list'),
  batchView: $('batch-view'),
  batch: {
    form: $('batch-form'),
    input: $('batch-input'),
    run: $('batch-run'),
    csv: $('batch-csv'),
    csvFile: $('batch-csv-file'),
    table: $('batch-table'),
    body: document.querySelector('#batch-table tbody'),
  },
  facetPanel: $('facets'),
  facets: {
    source: $('facet-source'),
    month: $('facet-month'),
    speaker: $('facet-speaker'),
    theme: $('facet-theme'),
    person: $('facet-person'),
    organisation: $('facet-organisation'),
    place: $('facet-place'),
  },
  article: {
    backLink: $('back-link'),
    title: $('article-title'),
    subtitle: $('article-subtitle'),
    meta: $('article-meta'),
    source: $('article-source'),
    cite: $('article-cite'),
    body: $('article-body'),
    speakersBox: $('article-speakers-box'),
    speakers: $('article-speakers'),
    quotesBox: $('article-quotes-box'),
    quotes: $('article-quotes'),
    peopleBox: $('article-people-box'),
    people: $('article-people'),
    themesBox: $('article-themes-box'),
    themes: $('article-themes'),
    relatedBox: $('article-related-box'),
    related: $('article-related'),
  },
};

let state = readState(location.search);
let inFlight = null;

/** Goes to a state: a new history entry, then the view. */
function navigate(next) {
  history.pushState(null, '', toUrl(next));
  show(next).then(() => (next.id && next.para >= 0 ? showParagraph(next.para) : window.scrollTo(0, 0)));
}

/**
 * Goes to an in-page URL as it is: the themes and compare views keep in their URL what the search
 * state does not hold (several queries, an interval).
 */
function go(url) {
  const target = new URL(url, location.href);
  history.pushState(null, '', target.pathname + target.search);
  show(readState(target.search)).then(() => window.scrollTo(0, 0));
}

async function show(next) {
  state = next;
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  els.q.value = state.q;
  setBusy(true);
  try {
    if (trendsView(location.search)) {
      els.q.value = '';
      await renderTrends(els.trendsView, location.search, controller.signal, go);
      document.title = '主题趋势 · 言录';
      showView('trends');
    } else if (state.id) {
      const article = await api.article(state.id, state.q, controller.signal);
      renderArticle(els.article, state, article);
      document.title = `${article.title || '文章'} · 言录`;
      showView('article');
    } else if (state.view === 'saved') {
      await renderSaved(els.savedList, navigate, controller.signal);
      document.title = '已存检索 · 言录';
      showView('saved');
    } else if (state.view === 'batch') {
      renderBatch(els.batch);
      document.title = '名单检索 · 言录';
      showView('batch');
    } else if (state.view === 'quotes') {
      const result = await api.quotes(quoteParams(state), controller.signal);
      renderQuotes(state, result, navigate);
      document.title = state.q ? `${state.q} · 言录引语` : '言录 · 引语';
      showView('quotes');
    } else {
      const result = await api.search(apiParams(state), controller.signal);
      renderSearch(els, state, result, navigate);
      renderSaveControls(els, state);
      document.title = state.q ? `${state.q} · 言录检索` : '言录 · 新闻资料库';
      showView('search');
    }
    setStatus('ready');
  } catch (e) {
    if (e.name === 'AbortError') return;
    showError(e);
  } finally {
    if (inFlight === controller) {
      setBusy(false);
      els.main.dataset.renderedUrl = location.pathname + location.search;
    }
  }
}

function apiParams(current) {
  const params = searchParams(current);
  if (current.page > 1) params.set('page', String(current.page));
  return params;
}

function showView(view) {
  els.searchView.hidden = view !== 'search';
  els.articleView.hidden = view !== 'article';
  els.trendsView.hidden = view !== 'trends';
  els.quotesView.hidden = view !== 'quotes';
  els.savedView.hidden = view !== 'saved';
  els.batchView.hidden = view !== 'batch';
  document.body.dataset.view = view;
  renderTabs(state);
}

function setBusy(busy) {
  els.main.setAttribute('aria-busy', busy ? 'true' : 'false');
  els.main.classList.toggle('loading', busy);
  if (busy) {
    els.main.dataset.state = 'loading';
    // Only say "loading" when it takes long enough to notice, so fast answers do not flicker.
    clearTimeout(setBusy.timer);
    setBusy.timer = setTimeout(() => {
      if (els.main.dataset.state === 'loading') fill(els.status, h('span', { class: 'spinner' }), '正在检索…');
    }, 150);
  } else {
    clearTimeout(setBusy.timer);
  }
}

function setStatus(kind) {
  els.main.dataset.state = kind;
  els.status.className = 'status';
  fill(els.status);
}

function showError(error) {
  els.main.dataset.state = 'error';
  els.status.className = 'status error';
  const serverSide = error.status === 0 || error.status >= 500;
  const actions = [];
  if (serverSide) {
    const retry = h('button', { type: 'button', class: 'link-button' }, '重试');
    retry.addEventListener('click', () => show(state));
    actions.push(retry);
  } else if (error.status === 400 || error.status === 413) {
    const help = h('button', { type: 'button', class: 'link-button' }, '查看检索语法');
    help.addEventListener('click', () => {
      document.getElementById('syntax-help').open = true;
    });
    actions.push(help);
  }
  if (state.id || state.page > 1) {
    actions.push(h('a', { href: toUrl({ ...resultsOf(state), page: 1 }), 'data-nav': true }, '回到第一页结果'));
  }
  const title =
    error.status === 404 ? '找不到这篇文章' : serverSide ? '服务暂时不可用' : '无法完成检索';
  fill(
    els.status,
    // The page's heading while no view is shown.
    h('h1', { class: 'status-title' }, title),
    h('span', { class: 'error-message' }, error.message),
    h('span', { class: 'error-actions' }, actions),
  );
  // Results or an article of an earlier request would look like the answer to this one.
  els.searchView.hidden = true;
  els.articleView.hidden = true;
  els.trendsView.hidden = true;
  els.quotesView.hidden = true;
  els.savedView.hidden = true;
  els.batchView.hidden = true;
}

els.form.addEventListener('submit', (event) => {
  event.preventDefault();
  // Typed from the saved searches or the list view, a query searches articles; marks of a saved
  // search's new articles belong to that search, not to a new one.
  const view = state.view === 'quotes' ? 'quotes' : '';
  navigate({ ...resultsOf(state), view, q: els.q.value.trim(), page: 1, newSince: '' });
});

wireSaveControls(els, () => state);

els.sort.addEventListener('change', () => navigate({ ...resultsOf(state), sort: els.sort.value, page: 1 }));

els.collapse.addEventListener('change', () => navigate({ ...resultsOf(state), collapse: els.collapse.checked, page: 1 }));

els.filterToggle.addEventListener('click', () => {
  const open = els.facetPanel.classList.toggle('open');
  els.filterToggle.setAttribute('aria-expanded', open ? 'true' : 'false');
});

// Every in-app link is a real URL; a plain left click becomes a pushState navigation.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-nav], a#home-link');
  if (!link || event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin) return;
  event.preventDefault();
  if (trendsView(url.search)) {
    go(url.href);
  } else {
    navigate(readState(url.search));
  }
});

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target.closest?.('input, textarea, select, [contenteditable="true"]')) return;
  event.preventDefault();
  els.q.focus();
  els.q.select();
});

window.addEventListener('popstate', () => show(readState(location.search)));

show(state).then(() => state.id && state.para >= 0 && showParagraph(state.para));
