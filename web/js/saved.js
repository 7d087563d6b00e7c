// Saved searches (?view=saved): a search kept in this browser's localStorage with a name, so that
// it survives a reload and a restart of the server. Each shows how many articles entered the
// archive since it was last opened, opens with those marked new, and has its Atom feed.
//
// "Since it was last opened" is the newest time added the archive held when it was opened, not the
// browser's clock: articles carry the server's times, and the two clocks need not agree.

import { h, fill, count } from './dom.js';
import { readState, searchParams, toUrl } from './state.js';
import { search } from './api.js';

const STORAGE_KEY = 'yanlu.savedSearches.v1';

/** The saved searches, oldest first: {id, name, params (a query string), lastSeen (ISO)}. */
export function savedSearches() {
  try {
    const list = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((s) => s && typeof s.params === 'string') : [];
  } catch {
    return [];
  }
}

function store(list) {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(list));
}

/** The newest time added in the whole archive: what "now" means for "new since". */
async function newestAdded(signal) {
  const result = await search(new URLSearchParams({ sort: 'added_desc', size: '1' }), signal);
  return result.hits[0]?.added ?? new Date(0).toISOString();
}

/** Saves the search of a state under a name; it starts with nothing new. */
export async function saveSearch(name, state) {
  const lastSeen = await newestAdded();
  const list = savedSearches();
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  list.push({ id, name, params: searchParams({ ...state, since: '' }).toString(), lastSeen });
  store(list);
  return id;
}

function feedUrl(saved) {
  return saved.params ? `/api/feed?${saved.params}` : '/api/feed';
}

/** How many articles of a saved search entered the archive after it was last opened. */
async function newCount(saved, signal) {
  const p = new URLSearchParams(saved.params);
  p.set('since', saved.lastSeen);
  p.set('size', '1');
  p.delete('sort');
  return (await search(p, signal)).total;
}

/** Draws the list of saved searches, then their new counts as they come. */
export async function renderSaved(listEl, navigate, signal) {
  const list = savedSearches();
  if (list.length === 0) {
    fill(listEl, h('li', { class: 'empty' }, '还没有保存的检索。在检索结果上方点“保存检索”。'));
    return;
  }
  const rows = list.map((saved) => savedRow(saved, listEl, navigate));
  fill(listEl, rows.map((r) => r.el));
  // Counted before the view is called drawn, so that a reader (or a test) sees whole rows.
  await Promise.all(
    rows.map(async ({ saved, badge, el }) => {
      try {
        const n = await newCount(saved, signal);
        badge.textContent = n > 0 ? `${count(n)} 篇新增` : '没有新增';
        badge.classList.toggle('has-new', n > 0);
        el.dataset.new = String(n);
      } catch (e) {
        if (e.name === 'AbortError') throw e;
        badge.textContent = '无法计数';
        el.dataset.new = '';
      }
    }),
  );
}

function savedRow(saved, listEl, navigate) {
  const target = { ...readState(saved.params), newSince: saved.lastSeen };
  const open = h('a', { class: 'saved-name', href: toUrl(target) }, saved.name);
  // Opening moves "last opened" to now; the search it opens still marks what was new.
  open.addEventListener('click', async (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    await markOpened(saved.id);
    navigate(target);
  });
  const badge = h('span', { class: 'saved-new' }, '…');
  const remove = h('button', { type: 'button', class: 'link-button saved-remove' }, '删除');
  remove.addEventListener('click', () => {
    store(savedSearches().filter((s) => s.id !== saved.id));
    renderSaved(listEl, navigate);
  });
  const el = h(
    'li',
    { class: 'saved-item', dataset: { id: saved.id } },
    open,
    badge,
    h('span', { class: 'saved-query' }, describe(saved.params)),
    h('a', { class: 'saved-feed', href: feedUrl(saved), title: 'Atom 订阅' }, '订阅'),
    remove,
  );
  return { saved, badge, el };
}

async function markOpened(id) {
  let lastSeen;
  try {
    lastSeen = await newestAdded();
  } catch {
    return;
  }
  store(savedSearches().map((s) => (s.id === id ? { ...s, lastSeen } : s)));
}

/** A saved search's query and filters in words. */
function describe(params) {
  const p = new URLSearchParams(params);
  const parts = [p.get('q') ? `「${p.get('q')}」` : '全部文章'];
  for (const [key, value] of p) {
    if (key !== 'q' && key !== 'sort') parts.push(`${key}: ${value}`);
  }
  return parts.join(' · ');
}

/** The toolbar's "save this search" and feed link for the search on screen. */
export function renderSaveControls(els, state) {
  const params = searchParams({ ...state, since: '' }).toString();
  els.feedLink.href = params ? `/api/feed?${params}` : '/api/feed';
  els.saveForm.hidden = true;
  els.saveButton.setAttribute('aria-expanded', 'false');
  els.saveName.value = state.q || '全部文章';
  fill(els.saveNote);
}

/** Wires the save button and form once; they save whatever search is on screen then. */
export function wireSaveControls(els, currentState) {
  els.saveButton.addEventListener('click', () => {
    const open = els.saveForm.hidden;
    els.saveForm.hidden = !open;
    els.saveButton.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (open) els.saveName.focus();
  });
  els.saveForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = els.saveName.value.trim();
    if (!name) return;
    try {
      await saveSearch(name, currentState());
      fill(els.saveNote, '已保存 · ', h('a', { href: '/?view=saved', 'data-nav': true }, '查看已存检索'));
    } catch (e) {
      fill(els.saveNote, `无法保存：${e.message}`);
    }
  });
}
