// Small DOM builders. Text always goes in through textContent; the one exception is server
// snippets, which are escaped HTML with <mark> only (and <mark class="diff"> for the characters an
// approximate quote's passage differs by), and even those are rebuilt here from their text and
// <mark> elements so that nothing else can ever reach the page.

/** Creates an element: h('a', {href: '/x', class: 'y'}, 'text', child). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') el.className = value;
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** Replaces an element's children. */
export function fill(el, ...children) {
  el.replaceChildren(...children.flat().filter((c) => c !== undefined && c !== null));
}

/** A fragment of text with <mark> highlights, from a server snippet (escaped HTML, <mark> only). */
export function marked(html) {
  const template = document.createElement('template');
  template.innerHTML = html ?? '';
  const out = document.createDocumentFragment();
  copyTextAndMarks(template.content, out);
  return out;
}

function copyTextAndMarks(from, to) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.append(node.data);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      if (node.tagName === 'MARK') {
        const mark = document.createElement('mark');
        // The one class a snippet may carry: a character that differs from the quote typed.
        if (node.classList.contains('diff')) mark.className = 'diff';
        copyTextAndMarks(node, mark);
        to.append(mark);
      } else {
        copyTextAndMarks(node, to);
      }
    }
  }
}

const NUMBER = new Intl.NumberFormat('zh-CN');

export function count(n) {
  return NUMBER.format(n);
}

/** A date as the API gives it (yyyy, yyyy-MM or yyyy-MM-dd) in Chinese; '' when unknown. */
export function chineseDate(date) {
  if (!date) return '';
  const [y, m, d] = String(date).split('-');
  if (d) return `${y}年${Number(m)}月${Number(d)}日`;
  if (m) return `${y}年${Number(m)}月`;
  return `${y}年`;
}

/**
 * A "引用" button: on click it fetches the GB/T 7714 line of cite() and copies it, showing it
 * beside the button too, selected, for a browser that refuses the clipboard.
 */
export function citeButton(cite, label = '引用') {
  const line = h('output', { class: 'cite-line', hidden: true });
  const button = h('button', { type: 'button', class: 'cite-button', title: '复制 GB/T 7714 引文' }, label);
  button.addEventListener('click', async (event) => {
    event.preventDefault();
    event.stopPropagation();
    try {
      const text = await cite();
      line.textContent = text;
      line.hidden = false;
      let copied = false;
      try {
        await navigator.clipboard.writeText(text);
        copied = true;
      } catch {
        copied = false;
      }
      button.textContent = copied ? '已复制' : '请复制下方引文';
      const range = document.createRange();
      range.selectNodeContents(line);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    } catch (e) {
      line.textContent = e.message;
      line.hidden = false;
    }
  });
  return h('span', { class: 'cite' }, button, line);
}
