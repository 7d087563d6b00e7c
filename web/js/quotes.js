// The quotes tab: who said what. A quote search lists quote hits ("speaker（role）：quote — outlet,
// date"), each linking to its article at the paragraph it was said in; with one speaker selected
// it is that person's page, everything they said. Its state lives in the URL like the rest
// (?view=quotes&q=…&speaker=…&source=…&page=…).

import { h, fill, marked, count, chineseDate, citeButton } from './dom.js';
import { cite } from './api.js';
import { toUrl, toggled, LIST_KEYS } from './state.js';
import { renderFacetList, renderPager, speakerChips } from './listing.js';

const $ = (id) => document.getElementById(id);

/** The filters a quote search takes; the others belong to article search. */
const QUOTE_KEYS = ['speaker', 'source'];

/** The quotes tab for a state: same words, speakers and outlets, first page. */
export function quotesState(state) {
  const cleared = Object.fromEntries(
    LIST_KEYS.filter((key) => !QUOTE_KEYS.includes(key)).map((key) => [key, []]),
  );
  return { ...state, ...cleared, from: '', to: '', view: 'quotes', page: 1, id: '', para: -1 };
}

/** The articles tab for a state: same words and filters, first page. */
export function articlesState(state) {
  return { ...state, view: '', page: 1, id: '', para: -1 };
}

/** Everything one person said: the quotes tab filtered by that speaker alone. */
export function personUrl(name) {
  return `/?${new URLSearchParams([['speaker', name], ['view', 'quotes']])}`;
}

/** The API parameters of a quote search. */
export function quoteParams(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const key of QUOTE_KEYS) {
    for (const value of state[key] ?? []) p.append(key, value);
  }
  if (state.page > 1) p.set('page', String(state.page));
  return p;
}

/** Marks the tab of the view on screen and points both tabs at the same words. */
export function renderTabs(state) {
  const quotes = state.view === 'quotes' && !state.id;
  const articles = !state.view && !state.id;
  const tabs = [
    [$('tab-articles'), toUrl(articlesState(state)), articles],
    [$('tab-quotes'), toUrl(quotesState(state)), quotes],
  ];
  for (const [tab, href, current] of tabs) {
    tab.href = href;
    if (current) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
}

/** Draws a quote search response. */
export function renderQuotes(state, result, navigate) {
  renderPerson(state, result);
  renderSummary(state, result);
  const list = $('quote-hits');
  if (result.hits.length === 0) {
    fill(list, h('li', { class: 'empty' }, h('p', { class: 'empty-title' }, '没有找到匹配的引语')));
  } else {
    fill(list, result.hits.map((hit) => quoteHit(state, hit)));
  }
  renderPager($('quote-pager'), state, result);
  for (const key of QUOTE_KEYS) {
    renderFacetList($(`quote-facet-${key}`), key, state, result.facets?.[key] ?? [], navigate);
  }
}

function renderSummary(state, result) {
  const what = state.q ? ['引语中检索「', h('strong', {}, state.q), '」'] : ['全部引语'];
  fill(
    $('quote-summary'),
    result.near ? h('span', { class: 'near', id: 'quote-near' }, '没有完全匹配；最接近的段落：') : null,
    h('span', {}, ...what),
    '共 ',
    h('strong', { id: 'quote-total' }, count(result.total)),
    ' 条',
    h('span', { class: 'took' }, `，用时 ${count(result.tookMs)} 毫秒`),
  );
}

/** With exactly one speaker selected, the page is about that person. */
function renderPerson(state, result) {
  const box = $('quote-person');
  const name = state.speaker.length === 1 ? state.speaker[0] : '';
  box.hidden = !name;
  if (!name) {
    fill(box);
    return;
  }
  const role = result.hits.find((hit) => hit.speaker === name && hit.role)?.role ?? '';
  fill(
    box,
    h('h2', { id: 'person-name' }, name),
    role ? h('p', { class: 'person-role' }, role) : null,
    h(
      'p',
      { class: 'person-links' },
      h('a', { href: toUrl({ ...articlesState(state), q: '', source: [], speaker: [name] }), 'data-nav': true }, `${name}发言的文章`),
      ' · ',
      h('a', { href: toUrl({ ...articlesState(state), q: '', speaker: [], source: [], person: [name] }), 'data-nav': true }, `提及${name}的文章`),
    ),
  );
}

function quoteHit(state, hit) {
  const articleUrl = toUrl({ ...state, id: hit.articleId, para: hit.paragraph });
  const where = [hit.source, chineseDate(hit.date)].filter(Boolean).join('，');
  return h(
    'li',
    { class: 'quote-hit', dataset: { articleId: hit.articleId, speaker: hit.speaker, paragraph: hit.paragraph } },
    h(
      'p',
      { class: 'quote-line' },
      hit.speaker
        ? h('a', { class: 'quote-hit-speaker', href: toUrl(toggled({ ...state, speaker: [] }, 'speaker', hit.speaker)), 'data-nav': true }, hit.speaker)
        : h('span', { class: 'quote-hit-speaker' }, '佚名'),
      hit.role ? h('span', { class: 'quote-hit-role' }, `（${hit.role}）`) : null,
      '：',
      h('a', { class: 'quote-hit-text', href: articleUrl, 'data-nav': true }, '“', marked(hit.snippet || hit.text), '”'),
    ),
    h(
      'p',
      { class: 'quote-hit-meta' },
      where ? `— ${where}` : '— 来源不详',
      ' · ',
      h('a', { class: 'quote-hit-title', href: articleUrl, 'data-nav': true }, hit.title || '（无标题）'),
      ' ',
      citeButton(() => cite(hit.articleId, hit.quote)),
    ),
  );
}

/** Scrolls an opened article to a quote's paragraph and flashes it. */
export function showParagraph(paragraph) {
  const target = document.getElementById(`p-${Number(paragraph)}`);
  if (!target) return false;
  target.scrollIntoView({ block: 'center' });
  target.classList.add('flash');
  return true;
}
