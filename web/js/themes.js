// The themes page (?view=themes) and the compare view (?view=compare&q=…&q=…&interval=…): curves
// of articles over time drawn with the vendored Chart.js, tables of counts; a point or a cell
// opens the search filtered to that theme (or query) and period. All state lives in the URL.

import { h, fill } from './dom.js';
import { toUrl, readState } from './state.js';
import * as api from './api.js';

const CHART_SRC = '/vendor/chartjs/chart.umd.min.js';
const INTERVALS = { month: '按月', week: '按周', year: '按年' };
const MAX_QUERIES = 5;
const COLORS = ['#b3261e', '#1f5fa8', '#2e7d32', '#8e44ad', '#e67e22', '#00838f', '#6d4c41', '#c2185b', '#546e7a', '#9e9d24'];

let chart = null;
let chartLoad = null;

/** Which trends view a query string asks for: 'themes', 'compare' or null. */
export function trendsView(search) {
  const view = new URLSearchParams(search).get('view');
  return view === 'themes' || view === 'compare' ? view : null;
}

/**
 * Draws the view of a query string into root; rejects with the API's error on failure. {@code go}
 * navigates inside the page (a new history entry, no page load) to a URL.
 */
export async function renderTrends(root, search, signal, go) {
  const params = new URLSearchParams(search);
  const Chart = await loadChart();
  if (trendsView(search) === 'themes') {
    const body = await api.themes(signal);
    renderThemes(root, body.themes, Chart, go);
  } else {
    const queries = params.getAll('q').map((q) => q.trim()).filter(Boolean).slice(0, MAX_QUERIES);
    const interval = INTERVALS[params.get('interval')] ? params.get('interval') : 'month';
    let table = null;
    if (queries.length > 0) {
      const p = new URLSearchParams();
      queries.forEach((q) => p.append('q', q));
      p.set('interval', interval);
      table = await api.trends(p, signal);
    }
    renderCompare(root, queries, interval, table, Chart, go);
  }
}

function renderThemes(root, themes, Chart, go) {
  const months = themes[0]?.months.map((p) => p.period) ?? [];
  // By month, or by year for an archive that spans centuries; a period links to its articles.
  const yearly = themes[0]?.interval === 'year';
  const unit = yearly ? '年' : '月';
  const inPeriod = (name, point) =>
    yearly ? searchUrl({ theme: [name], from: point.start, to: point.end }) : searchUrl({ theme: [name], month: [point.period] });
  const canvas = h('canvas', { id: 'trend-chart', 'aria-label': `各主题每${unit}文章数` });
  const head = h('tr', {}, h('th', {}, '主题'), h('th', {}, '文章'), months.map((m) => h('th', {}, m)), h('th', {}, '主要来源'));
  const rows = themes.map((t) =>
    h(
      'tr',
      { dataset: { theme: t.name } },
      h('th', { scope: 'row' }, h('a', { 'data-nav': true, href: searchUrl({ theme: [t.name] }) }, t.name), h('small', { class: 'theme-description' }, t.description)),
      h('td', { class: 'count total' }, h('a', { 'data-nav': true, href: searchUrl({ theme: [t.name] }) }, t.count)),
      t.months.map((p) =>
        h('td', { class: 'count', dataset: { month: p.period } },
          p.count > 0 ? h('a', { 'data-nav': true, href: inPeriod(t.name, p) }, p.count) : '0'),
      ),
      h('td', { class: 'sources' }, t.sources.slice(0, 3).map((s) => `${s.value}（${s.count}）`).join('、')),
    ),
  );
  fill(
    root,
    h('header', { class: 'trends-head' },
      h('h1', {}, '主题趋势'),
      h('p', {}, `各主题按${unit}的报道篇数。点击图上的点或表中的数字，查看该主题该${unit}的文章。`),
      h('a', { 'data-nav': true, href: '/?view=compare', class: 'button' }, '比较检索词')),
    h('div', { class: 'chart-box' }, canvas),
    h('div', { class: 'table-scroll' }, h('table', { class: 'trend-table', id: 'themes-table' }, h('thead', {}, head), h('tbody', {}, rows))),
  );
  draw(Chart, canvas, months, themes.map((t) => ({ label: t.name, data: t.months.map((p) => p.count) })), (dataset, index) =>
    inPeriod(themes[dataset].name, themes[dataset].months[index]),
    go,
  );
}

function renderCompare(root, queries, interval, table, Chart, go) {
  const inputs = [];
  for (let i = 0; i < MAX_QUERIES; i++) {
    inputs.push(h('input', { type: 'search', name: 'q', value: queries[i] ?? '', placeholder: i < 2 ? `检索词 ${i + 1}` : `检索词 ${i + 1}（可选）`, maxlength: 500, 'aria-label': `检索词 ${i + 1}` }));
  }
  const select = h('select', { name: 'interval', 'aria-label': '时间单位' },
    Object.entries(INTERVALS).map(([value, label]) => h('option', { value, selected: value === interval }, label)));
  const form = h('form', { class: 'compare-form', id: 'compare-form' }, inputs, select, h('button', { type: 'submit', class: 'search-button' }, '比较'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const p = new URLSearchParams({ view: 'compare' });
    inputs.map((i) => i.value.trim()).filter(Boolean).forEach((q) => p.append('q', q));
    p.set('interval', select.value);
    go(`/?${p}`);
  });
  const parts = [
    h('header', { class: 'trends-head' },
      h('h1', {}, '比较检索词'),
      h('p', {}, '输入二至五个检索词（可用 OR、引号等检索语法），比较各自的报道篇数与占比。'),
      h('a', { 'data-nav': true, href: '/?view=themes', class: 'button' }, '主题趋势')),
    form,
  ];
  if (table) {
    const periods = table.trends[0]?.points ?? [];
    const canvas = h('canvas', { id: 'trend-chart', 'aria-label': '检索词比较' });
    const csv = new URLSearchParams();
    queries.forEach((q) => csv.append('q', q));
    csv.set('interval', interval);
    csv.set('format', 'csv');
    const head = h('tr', {}, h('th', {}, '时间'), h('th', {}, '全部文章'), table.trends.map((t) => h('th', {}, t.query)));
    const rows = periods.map((p, i) =>
      h('tr', {}, h('th', { scope: 'row' }, p.period), h('td', { class: 'count' }, p.total),
        table.trends.map((t) => {
          const point = t.points[i];
          const pct = `${(point.share * 100).toFixed(1)}%`;
          return h('td', { class: 'count' }, point.count > 0 ? h('a', { 'data-nav': true, href: periodSearch(t.query, interval, point) }, point.count) : '0', h('small', {}, ` ${pct}`));
        })),
    );
    parts.push(
      h('div', { class: 'chart-box' }, canvas),
      h('p', {}, h('a', { href: `/api/trends?${csv}`, class: 'button', download: true }, '导出 CSV')),
      h('div', { class: 'table-scroll' }, h('table', { class: 'trend-table', id: 'compare-table' }, h('thead', {}, head), h('tbody', {}, rows))),
    );
    fill(root, parts);
    draw(Chart, canvas, periods.map((p) => p.period), table.trends.map((t) => ({ label: t.query, data: t.points.map((p) => p.count) })), (dataset, index) =>
      periodSearch(table.trends[dataset].query, interval, table.trends[dataset].points[index]),
      go,
    );
  } else {
    if (chart) chart.destroy();
    chart = null;
    fill(root, parts);
  }
}

/** The search of one query (or theme) in one period: a month filter, else the period's days. */
function periodSearch(query, interval, point) {
  return interval === 'month'
    ? searchUrl({ q: query, month: [point.period] })
    : searchUrl({ q: query, from: point.start, to: point.end });
}

function searchUrl(fields) {
  return toUrl({ ...readState(''), ...fields });
}

function draw(Chart, canvas, labels, series, urlOf, go) {
  if (chart) chart.destroy();
  chart = new Chart(canvas, {
    type: 'line',
    data: {
      labels,
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.data,
        borderColor: COLORS[i % COLORS.length],
        backgroundColor: COLORS[i % COLORS.length],
        // Straight segments: a smoothed curve would dip below zero between counts.
        tension: 0,
        pointRadius: 4,
        pointHoverRadius: 7,
      })),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: 'nearest', intersect: true },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      onClick: (event, elements) => {
        if (elements.length > 0) go(urlOf(elements[0].datasetIndex, elements[0].index));
      },
      onHover: (event, elements) => {
        event.native.target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
      },
    },
  });
}

/** Loads the vendored Chart.js once, as a classic script (it sets window.Chart). */
function loadChart() {
  if (window.Chart) return Promise.resolve(window.Chart);
  chartLoad ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = CHART_SRC;
    script.onload = () => resolve(window.Chart);
    script.onerror = () => {
      chartLoad = null;
      reject(Object.assign(new Error('图表库无法加载 / the chart library did not load'), { status: 0 }));
    };
    document.head.append(script);
  });
  return chartLoad;
}
