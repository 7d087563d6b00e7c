// The article page: headline, outlet, date, publication and page, the full text with the search
// terms highlighted, speakers, quotes, themes, related articles and the way back to the results.

import { h, fill, marked, chineseDate, citeButton } from './dom.js';
import { cite } from './api.js';
import { toUrl, resultsOf } from './state.js';
import { personUrl } from './quotes.js';

const QUOTES_SHOWN = 8;

export function renderArticle(els, state, article) {
  els.backLink.href = toUrl(resultsOf(state));
  fill(
    els.title,
    article.title || '（无标题）',
    article.untitled
      ? h('span', { class: 'untitled-note', title: '原文没有标题，这是正文的开头' }, '（原文无标题）')
      : null,
  );
  fill(els.subtitle, article.subtitle ?? '');
  els.subtitle.hidden = !article.subtitle;
  fill(els.meta, metaLine(article));
  fill(els.source, sourceLine(article));
  els.source.hidden = !els.source.textContent;
  if (els.cite) fill(els.cite, citeButton(() => cite(article.id)));
  fill(els.body, body(article));

  list(els.speakersBox, els.speakers, article.speakers, (name) =>
    h('li', {}, h('a', { href: toUrl({ ...resultsOf(state), speaker: [name], page: 1 }), 'data-nav': true }, name)),
  );
  list(els.peopleBox, els.people, article.people, (person) =>
    h('li', {}, h('span', { title: person.role || '' }, person.name)),
  );
  list(els.themesBox, els.themes, article.themes, (theme) =>
    h('li', {}, h('a', { href: toUrl({ ...resultsOf(state), theme: [theme], page: 1 }), 'data-nav': true }, theme)),
  );
  list(els.quotesBox, els.quotes, article.quotes, (quote, i) => {
    const text = h('button', { type: 'button', class: 'quote-jump', title: '在正文中定位' }, `“${quote.text}”`);
    text.addEventListener('click', () => jumpTo(els.body, quote.paragraph));
    return h(
      'li',
      { class: i >= QUOTES_SHOWN ? 'collapsed' : null },
      h('blockquote', {}, text),
      quote.speaker
        ? h(
            'p',
            { class: 'quote-speaker' },
            '—— ',
            h('a', { href: personUrl(quote.speaker), 'data-nav': true, title: `${quote.speaker}说过的话` }, quote.speaker),
            quote.role ? `，${quote.role}` : '',
          )
        : null,
      h('p', { class: 'quote-cite' }, citeButton(() => cite(article.id, i))),
    );
  });
  const hidden = (article.quotes ?? []).length - QUOTES_SHOWN;
  if (hidden > 0) {
    const more = h('button', { type: 'button', class: 'facet-more' }, `显示其余 ${hidden} 条引语`);
    more.addEventListener('click', () => {
      els.quotes.querySelectorAll('li.collapsed').forEach((li) => li.classList.remove('collapsed'));
      more.remove();
    });
    els.quotes.append(h('li', {}, more));
  }
  list(els.relatedBox, els.related, article.related, (r) =>
    h(
      'li',
      {},
      h('a', { href: toUrl({ ...state, id: r.id }), 'data-nav': true }, r.title || '（无标题）'),
      h('span', { class: 'related-meta' }, [r.source, chineseDate(r.date)].filter(Boolean).join(' · ')),
    ),
  );
}

/**
 * The highlighted paragraphs, with each section's heading before the paragraph that starts it
 * (sections repeat their paragraphs from the article's list, so the first one places them).
 */
function body(article) {
  const paragraphs = article.paragraphs ?? [];
  const headings = new Map();
  let from = 0;
  for (const section of article.sections ?? []) {
    const start = paragraphs.indexOf(section.paragraphs?.[0], from);
    if (start >= 0) {
      headings.set(start, section.heading);
      from = start + 1;
    }
  }
  const out = [];
  (article.highlightedParagraphs ?? []).forEach((html, i) => {
    if (headings.has(i)) out.push(h('h2', { class: 'section-heading' }, headings.get(i)));
    out.push(h('p', { id: `p-${i}` }, marked(html)));
  });
  return out;
}

/** Scrolls to a paragraph and flashes it; the URL stays as it is, as the state has not changed. */
function jumpTo(body, paragraph) {
  const target = body.querySelector(`#p-${Number(paragraph)}`);
  if (!target) return;
  target.scrollIntoView({ behavior: 'smooth', block: 'center' });
  target.classList.remove('flash');
  // Re-adding the class restarts the animation when the same quote is clicked twice.
  void target.offsetWidth;
  target.classList.add('flash');
}

function metaLine(article) {
  const parts = [];
  if (article.source) parts.push(h('span', { class: 'article-outlet' }, article.source));
  parts.push(h('span', {}, chineseDate(article.date) || '日期不详'));
  return parts;
}

function sourceLine(article) {
  const parts = [];
  if (article.publication) {
    parts.push(article.issue ? `${article.publication}（${article.issue}）` : article.publication);
  }
  const pages = article.pages ?? [];
  if (pages.length === 1) parts.push(`第 ${pages[0]} 页`);
  else if (pages.length > 1) parts.push(`第 ${pages[0]}–${pages[pages.length - 1]} 页`);
  const link = webLink(article.url);
  if (link) parts.push(h('a', { href: link, rel: 'noopener noreferrer' }, '原文链接'));
  const out = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push(' · ');
    out.push(part);
  });
  return out;
}

/** The URL if it is an http(s) link, else '': a javascript: or data: URL would run in this page. */
function webLink(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url.trim()) ? url.trim() : '';
}

function list(box, el, items, render) {
  const values = items ?? [];
  box.hidden = values.length === 0;
  fill(el, values.map(render));
}
