// The results page: summary, active-filter chips, hits, pagination and the facet sidebar.
// Everything is drawn from one search response and the state that asked for it; links carry real
// URLs (app.js intercepts them) so that a middle click opens the same view in a new tab.

import { h, fill, marked, count, chineseDate, citeButton } from './dom.js';
import { toUrl, toggled, hasFilters, unfiltered, searchParams, LIST_KEYS } from './state.js';
import { exportUrl, cite } from './api.js';
import { speakerChips, renderPager, renderFacetList } from './listing.js';

const FACET_LABELS = {
  source: '来源',
  month: '月份',
  speaker: '发言人',
  theme: '主题',
  person: '人物',
  organisation: '机构',
  place: '地点',
};

export function renderSearch(els, state, result, navigate) {
  renderSummary(els.summary, state, result);
  renderChips(els.chips, state);
  renderHits(els.hits, state, result);
  renderPager(els.pager, state, result);
  for (const key of ['source', 'speaker', 'theme', 'person', 'organisation', 'place']) {
    renderFacetList(els.facets[key], key, state, result.facets?.[key] ?? [], navigate);
  }
  renderMonths(els.facets.month, state, result.facets?.month ?? [], navigate);
  els.sort.value = state.sort;
  const filters = LIST_KEYS.reduce((n, key) => n + state[key].length, 0) + (state.from || state.to ? 1 : 0);
  els.filterToggle.textContent = filters ? `筛选（${filters}）` : '筛选';
  for (const [link, format] of [[els.exportLink, 'csv'], [els.exportRis, 'ris'], [els.exportCsl, 'csl']]) {
    if (!link) continue;
    link.href = exportUrl(searchParams(state), format);
    // Nothing to export: greyed out, and said so to screen readers too.
    link.classList.toggle('disabled', result.total === 0);
    if (result.total === 0) link.setAttribute('aria-disabled', 'true');
    else link.removeAttribute('aria-disabled');
  }
  if (els.collapse) els.collapse.checked = state.collapse !== false;
}

function renderSummary(el, state, result) {
  const what = state.q ? ['检索「', h('strong', {}, state.q), '」'] : ['全部文章'];
  // Stories and articles differ when syndicated copies are folded into one hit.
  const articles =
    result.articles !== undefined && result.articles !== result.total
      ? h('span', { class: 'articles' }, '（', h('strong', { id: 'articles' }, count(result.articles)), ' 篇文章）')
      : null;
  // A saved search opened: its new articles are marked, and can be listed alone.
  const onlyNew =
    state.newSince && !state.since
      ? h('a', { class: 'only-new', href: toUrl({ ...state, since: state.newSince, page: 1 }), 'data-nav': true }, '只看新增')
      : null;
  fill(
    el,
    result.near ? h('span', { class: 'near', id: 'near' }, '没有完全匹配；最接近的段落：') : null,
    h('span', {}, ...what),
    '共 ',
    h('strong', { id: 'total' }, count(result.total)),
    articles ? ' 个报道' : ' 篇',
    articles,
    h('span', { class: 'took' }, `，用时 ${count(result.tookMs)} 毫秒`),
    onlyNew ? ' · ' : null,
    onlyNew,
  );
}

function renderChips(el, state) {
  const chips = [];
  for (const key of LIST_KEYS) {
    for (const value of state[key]) {
      chips.push(chip(`${FACET_LABELS[key]}：${value}`, toUrl(toggled(state, key, value))));
    }
  }
  if (state.since) {
    chips.push(chip(`新增：${localTime(state.since)} 之后`, toUrl({ ...state, since: '', page: 1 })));
  }
  if (state.from || state.to) {
    const range = state.from === state.to ? state.from : `${state.from || '…'} 至 ${state.to || '…'}`;
    chips.push(chip(`日期：${range}`, toUrl({ ...state, from: '', to: '', page: 1 })));
  }
  if (chips.length > 1) {
    chips.push(h('li', {}, h('a', { class: 'chip-clear', href: toUrl(unfiltered(state)), 'data-nav': true }, '清除全部')));
  }
  fill(el, chips);
  el.hidden = chips.length === 0;
}

function chip(label, removeUrl) {
  return h(
    'li',
    { class: 'chip' },
    h('span', {}, label),
    h('a', { href: removeUrl, 'data-nav': true, 'aria-label': `移除 ${label}`, title: '移除' }, '×'),
  );
}

function renderHits(el, state, result) {
  if (result.hits.length === 0) {
    fill(el, emptyState(state));
    return;
  }
  fill(el, result.hits.map((hit) => renderHit(state, hit)));
}

function renderHit(state, hit) {
  const url = toUrl({ ...state, id: hit.id });
  const meta = [
    hit.source ? h('span', { class: 'hit-source' }, hit.source) : null,
    h('span', { class: 'hit-date' }, chineseDate(hit.date) || '日期不详'),
    hit.speakers?.length
      ? h('span', { class: 'hit-speakers' }, '发言人：', speakerChips(shownSpeakers(hit.speakers, state.speaker), (name) => toUrl(toggled(state, 'speaker', name))), moreSpeakers(hit.speakers))
      : null,
  ].filter(Boolean);
  const isNew = addedAfter(hit, state.newSince);
  return h(
    'li',
    { class: isNew ? 'hit new' : 'hit', dataset: { id: hit.id } },
    h(
      'h3',
      { class: 'hit-title' },
      isNew ? h('span', { class: 'hit-new', title: '上次打开这个已存检索之后收录' }, '新') : null,
      h('a', { href: url, 'data-nav': true }, hit.title || '（无标题）'),
    ),
    hit.subtitle ? h('p', { class: 'hit-subtitle' }, hit.subtitle) : null,
    h('p', { class: 'hit-meta' }, meta),
    hit.snippet ? h('p', { class: 'hit-snippet' }, marked(hit.snippet)) : null,
    hit.distance !== undefined && hit.distance !== null
      ? h('p', { class: 'hit-distance' }, hit.distance === 0 ? '与引文完全一致' : `与引文相差 ${hit.distance} 处`)
      : null,
    hit.alsoIn?.length ? h('p', { class: 'hit-also-in' }, `也见于：${hit.alsoIn.join('、')}`) : null,
    hit.copies?.length ? copies(state, hit.copies) : null,
    h('p', { class: 'hit-actions' }, citeButton(() => cite(hit.id))),
  );
}

/** The story's other matching articles, each a link: collapsing must hide no source. */
function copies(state, list) {
  return h(
    'div',
    { class: 'hit-copies' },
    h('span', { class: 'hit-copies-label' }, `同一报道的其他 ${list.length} 篇：`),
    h(
      'ul',
      {},
      list.map((c) =>
        h(
          'li',
          { dataset: { id: c.id } },
          h('a', { href: toUrl({ ...state, id: c.id }), 'data-nav': true }, c.title || '（无标题）'),
          h('span', { class: 'related-meta' }, [c.source, chineseDate(c.date)].filter(Boolean).join(' · ')),
        ),
      ),
    ),
  );
}

/** Whether a hit entered the archive after a time (an ISO instant); false when either is unknown. */
function addedAfter(hit, time) {
  if (!time || !hit.added) return false;
  const since = Date.parse(time);
  return Number.isFinite(since) && Date.parse(hit.added) > since;
}

/** An ISO instant as local date and time, to the minute. */
export function localTime(iso) {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  return t.toLocaleString('zh-CN', { dateStyle: 'medium', timeStyle: 'short' });
}

const SPEAKERS_SHOWN = 6;

/** The first speakers of a hit, those the search filters by first, so a long list still shows them. */
function shownSpeakers(speakers, selected) {
  const first = speakers.filter((s) => selected.includes(s));
  return [...first, ...speakers.filter((s) => !selected.includes(s))].slice(0, SPEAKERS_SHOWN);
}

function moreSpeakers(speakers) {
  return speakers.length > SPEAKERS_SHOWN ? ` 等 ${speakers.length} 人` : null;
}

function emptyState(state) {
  const tips = [h('li', {}, '检查错别字，或换一个说法')];
  if (state.q.includes('"') || state.q.includes('“')) tips.push(h('li', {}, '去掉引号，让词语不必紧挨着出现'));
  if (hasFilters(state)) {
    tips.push(h('li', {}, h('a', { href: toUrl(unfiltered(state)), 'data-nav': true }, '去掉全部筛选条件再试')));
  }
  return h(
    'li',
    { class: 'empty' },
    h('p', { class: 'empty-title' }, '没有找到匹配的文章'),
    h('ul', {}, tips),
  );
}

function renderMonths(section, state, counts, navigate) {
  const histogram = section.querySelector('.histogram');
  const months = [...counts];
  for (const value of state.month) {
    if (!months.some((c) => c.value === value)) months.push({ value, count: 0, selected: true });
  }
  months.sort((a, b) => a.value.localeCompare(b.value));
  section.hidden = months.length === 0;
  const max = Math.max(1, ...months.map((m) => m.count));
  fill(
    histogram,
    withEmptyMonths(months).map((m) => {
      if (m.gap) {
        return h('span', { class: 'month gap', title: `${chineseDate(m.value)}：0 篇` },
          h('span', { class: 'bar-track' }), h('span', { class: 'month-label' }, monthLabel(m.value)), h('span', { class: 'month-count' }, ''));
      }
      const selected = m.selected || state.month.includes(m.value);
      const bar = h('span', { class: 'bar' });
      // Set through the CSSOM, which the Content-Security-Policy allows, unlike style attributes.
      bar.style.height = `${Math.max(4, Math.round((m.count / max) * 100))}%`;
      const button = h(
        'button',
        {
          type: 'button',
          class: selected ? 'month selected' : 'month',
          title: `${chineseDate(m.value)}：${count(m.count)} 篇`,
          'aria-pressed': selected ? 'true' : 'false',
          dataset: { month: m.value },
        },
        h('span', { class: 'bar-track' }, bar),
        h('span', { class: 'month-label' }, monthLabel(m.value)),
        h('span', { class: 'month-count' }, count(m.count)),
      );
      button.addEventListener('click', () => navigate(toggled(state, 'month', m.value)));
      return button;
    }),
  );
}

/**
 * The months with hits plus the empty months between them, so the bars read as a time line;
 * long empty stretches (more than two years) are left out rather than drawn as a flat line.
 */
function withEmptyMonths(months) {
  const out = [];
  for (const m of months) {
    const previous = out.length ? out[out.length - 1].value : null;
    if (previous && /^\d{4}-\d{2}$/.test(previous) && /^\d{4}-\d{2}$/.test(m.value)) {
      const gap = monthIndex(m.value) - monthIndex(previous) - 1;
      if (gap > 0 && gap <= 24) {
        for (let i = 1; i <= gap; i++) out.push({ value: monthName(monthIndex(previous) + i), gap: true });
      }
    }
    out.push(m);
  }
  return out;
}

function monthIndex(value) {
  const [y, m] = value.split('-').map(Number);
  return y * 12 + (m - 1);
}

function monthName(index) {
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}`;
}

function monthLabel(value) {
  const [y, m] = value.split('-');
  return m ? `${y.slice(2)}.${m}` : y;
}
