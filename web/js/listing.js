// Pieces both result lists draw, the articles' and the quotes': pages, facet lists, speaker chips.
// A leaf module: the views import it, it imports no view.
import { h, fill, count } from './dom.js';
import { toUrl, toggled } from './state.js';

/** Facet values listed before "show all". */
const FACET_SHOWN = 8;

/** Speaker chips: each links to the same view filtered by that speaker. */
export function speakerChips(names, hrefOf) {
  return h(
    'span',
    { class: 'speaker-chips' },
    names.map((name) =>
      h('a', { class: 'speaker-chip', href: hrefOf(name), 'data-nav': true, dataset: { speaker: name } }, name),
    ),
  );
}

export function renderPager(el, state, result) {
  const last = Math.max(1, Math.ceil(result.total / result.size));
  if (last <= 1) {
    fill(el);
    return;
  }
  const page = result.page;
  const link = (n, label, attrs = {}) =>
    h('a', { href: toUrl({ ...state, page: n }), 'data-nav': true, ...attrs }, label);
  const items = [];
  items.push(page > 1 ? link(page - 1, '‹ 上一页', { rel: 'prev', class: 'pager-step' }) : h('span', { class: 'pager-step disabled' }, '‹ 上一页'));
  let previous = 0;
  for (const n of pageWindow(page, last)) {
    if (n - previous > 1) items.push(h('span', { class: 'pager-gap' }, '…'));
    items.push(n === page ? h('span', { class: 'pager-current', 'aria-current': 'page' }, String(n)) : link(n, String(n)));
    previous = n;
  }
  items.push(page < last ? link(page + 1, '下一页 ›', { rel: 'next', class: 'pager-step' }) : h('span', { class: 'pager-step disabled' }, '下一页 ›'));
  fill(el, items);
}

function pageWindow(page, last) {
  const pages = new Set([1, last]);
  for (let n = page - 2; n <= page + 2; n++) if (n >= 1 && n <= last) pages.add(n);
  return [...pages].sort((a, b) => a - b);
}

export function renderFacetList(section, key, state, counts, navigate) {
  const list = section.querySelector('.facet-list');
  // A selected value stays visible even when the other filters leave it no hits.
  const values = [...counts];
  for (const value of state[key]) {
    if (!values.some((c) => c.value === value)) values.push({ value, count: 0, selected: true });
  }
  section.hidden = values.length === 0;
  const expanded = section.classList.contains('expanded');
  const items = values.map((c, i) => {
    const selected = c.selected || state[key].includes(c.value);
    const box = h('input', { type: 'checkbox', value: c.value, checked: selected });
    box.addEventListener('change', () => navigate(toggled(state, key, c.value)));
    return h(
      'li',
      { class: i >= FACET_SHOWN && !selected && !expanded ? 'facet-item collapsed' : 'facet-item' },
      h('label', {}, box, h('span', { class: 'facet-value' }, c.value), h('span', { class: 'facet-count' }, count(c.count))),
    );
  });
  if (values.length > FACET_SHOWN) {
    const more = h('button', { type: 'button', class: 'facet-more' }, expanded ? '收起' : `显示全部 ${values.length} 项`);
    more.addEventListener('click', () => {
      section.classList.toggle('expanded');
      renderFacetList(section, key, state, counts, navigate);
    });
    items.push(h('li', { class: 'facet-more-item' }, more));
  }
  fill(list, items);
}
