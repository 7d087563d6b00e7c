// The list view (?view=batch): a pasted list of names or queries searched at once by POST
// /api/batch, shown as a table of each one's total and outlets, each row linking to its search;
// the same list can be downloaded as the API's CSV. Row links are ordinary in-app links (data-nav). The last list and its answers are kept for this
// tab (sessionStorage), so that going back from a row's search finds the table again.

import { h, fill, count } from './dom.js';
import { toUrl, readState } from './state.js';
import { ApiError } from './api.js';

const MAX_QUERIES = 1000;
const OUTLETS_SHOWN = 4;
const SESSION_KEY = 'yanlu.batch.v1';

let wired = false;
let csvUrl = null;

/** The queries of the text box: one a line, blank lines skipped. */
function queriesOf(text) {
  return text
    .split(/\r?\n/)
    .map((q) => q.trim())
    .filter(Boolean);
}

/** Draws the view, with the last list of this tab and its table when there is one. */
export function renderBatch(els) {
  if (!wired) {
    wire(els);
    wired = true;
  }
  const last = lastBatch();
  if (last && !els.input.value) els.input.value = last.text;
  if (last) drawTable(els, last.results);
  els.csv.disabled = queriesOf(els.input.value).length === 0;
}

function lastBatch() {
  try {
    return JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null');
  } catch {
    return null;
  }
}

function wire(els) {
  els.input.addEventListener('input', () => {
    els.csv.disabled = queriesOf(els.input.value).length === 0;
  });
  els.form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const queries = queriesOf(els.input.value);
    if (queries.length === 0) return;
    if (queries.length > MAX_QUERIES) {
      showError(els, `一次最多 ${MAX_QUERIES} 行，这里有 ${queries.length} 行。`);
      return;
    }
    els.run.disabled = true;
    try {
      const body = await postJson(queries);
      sessionStorage.setItem(SESSION_KEY, JSON.stringify({ text: els.input.value, results: body.results }));
      drawTable(els, body.results);
    } catch (e) {
      showError(els, e.message);
    } finally {
      els.run.disabled = false;
    }
  });
  els.csv.addEventListener('click', async () => {
    const queries = queriesOf(els.input.value);
    if (queries.length === 0) return;
    els.csv.disabled = true;
    try {
      const response = await fetch('/api/batch?format=csv', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(queries),
      });
      if (!response.ok) throw await apiError(response);
      if (csvUrl) URL.revokeObjectURL(csvUrl);
      csvUrl = URL.createObjectURL(await response.blob());
      els.csvFile.href = csvUrl;
      els.csvFile.hidden = false;
      els.csvFile.click();
    } catch (e) {
      showError(els, e.message);
    } finally {
      els.csv.disabled = false;
    }
  });
}

async function postJson(queries) {
  let response;
  try {
    response = await fetch('/api/batch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(queries),
    });
  } catch {
    throw new ApiError(0, 'unreachable', '无法连接服务器，请稍后再试。Cannot reach the server.');
  }
  if (!response.ok) throw await apiError(response);
  return response.json();
}

async function apiError(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  return new ApiError(response.status, body?.error ?? `http_${response.status}`, body?.message ?? `服务器出错（${response.status}）`);
}

function showError(els, message) {
  els.table.hidden = false;
  fill(els.body, h('tr', { class: 'batch-error' }, h('td', { colspan: '3' }, message)));
}

function drawTable(els, results) {
  els.table.hidden = false;
  fill(
    els.body,
    results.map((entry) => {
      const name = h('a', { href: toUrl({ ...readState(''), q: entry.query }), 'data-nav': true }, entry.query);
      if (entry.error) {
        return h(
          'tr',
          { class: 'batch-row error', dataset: { query: entry.query } },
          h('td', {}, entry.query),
          h('td', { class: 'count' }, '—'),
          h('td', { class: 'batch-error' }, entry.message),
        );
      }
      const outlets = (entry.facets?.source ?? []).slice(0, OUTLETS_SHOWN);
      return h(
        'tr',
        { class: 'batch-row', dataset: { query: entry.query, total: String(entry.total) } },
        h('td', {}, name),
        h('td', { class: 'count' }, count(entry.total)),
        h('td', { class: 'batch-outlets' }, outlets.map((o) => h('span', { class: 'batch-outlet' }, `${o.value} ${count(o.count)}`))),
      );
    }),
  );
}
