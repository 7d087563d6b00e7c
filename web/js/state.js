// The page's whole state and its one home, the URL: reload, back/forward and a copied link all
// rebuild the same page from location.search alone.

export const DEFAULT_SORT = 'relevance';
export const SORTS = ['relevance', 'date_desc', 'date_asc'];
export const LIST_KEYS = ['source', 'month', 'speaker', 'theme', 'person', 'organisation', 'place'];
/**
 * The views besides an open article: article search (''), quote search ('quotes'), the saved
 * searches ('saved') and the list of names searched at once ('batch').
 */
export const VIEWS = ['', 'quotes', 'saved', 'batch'];

/** Reads the state from a query string such as location.search. */
export function readState(search) {
  const p = new URLSearchParams(search);
  const sort = p.get('sort');
  return {
    q: p.get('q') ?? '',
    source: p.getAll('source'),
    month: p.getAll('month'),
    speaker: p.getAll('speaker'),
    theme: p.getAll('theme'),
    person: p.getAll('person'),
    organisation: p.getAll('organisation'),
    place: p.getAll('place'),
    view: VIEWS.includes(p.get('view')) ? p.get('view') : '',
    para: paragraphIndex(p.get('para')),
    from: p.get('from') ?? '',
    to: p.get('to') ?? '',
    sort: SORTS.includes(sort) ? sort : DEFAULT_SORT,
    page: positiveInt(p.get('page')),
    id: p.get('id') ?? '',
    // Syndicated copies folded into one hit per story, unless the reader lists every article.
    collapse: p.get('collapse') !== 'false',
    // Only articles added to the archive after this time (a filter the API applies).
    since: p.get('since') ?? '',
    // Articles added after this time are marked new (a saved search opened; not a filter).
    newSince: p.get('new') ?? '',
  };
}

/** The search parameters of a state, as the API and the URL both spell them; no page, no id. */
export function searchParams(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const key of LIST_KEYS) {
    for (const value of state[key]) p.append(key, value);
  }
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.sort !== DEFAULT_SORT) p.set('sort', state.sort);
  if (state.collapse === false) p.set('collapse', 'false');
  if (state.since) p.set('since', state.since);
  return p;
}

/** The URL (path and query) that shows a state. */
export function toUrl(state) {
  const p = searchParams(state);
  if (state.page > 1) p.set('page', String(state.page));
  if (state.view) p.set('view', state.view);
  if (state.id) p.set('id', state.id);
  if (state.id && state.para >= 0) p.set('para', String(state.para));
  if (state.newSince) p.set('new', state.newSince);
  const query = p.toString();
  return query ? `/?${query}` : '/';
}

/** The results page a state came from: the same search without the open article. */
export function resultsOf(state) {
  return { ...state, id: '', para: -1 };
}

/** A state with one facet value switched on or off; any filter change starts at page 1. */
export function toggled(state, key, value) {
  const values = state[key].includes(value)
    ? state[key].filter((v) => v !== value)
    : [...state[key], value];
  return { ...state, [key]: values, page: 1, id: '', para: -1 };
}

/** The same search without any filter. */
export function unfiltered(state) {
  const cleared = Object.fromEntries(LIST_KEYS.map((key) => [key, []]));
  return { ...state, ...cleared, from: '', to: '', since: '', page: 1 };
}

export function hasFilters(state) {
  return LIST_KEYS.some((key) => state[key].length > 0) || Boolean(state.from || state.to || state.since);
}

/** The paragraph an opened article scrolls to (a quote's), or -1 for its top. */
function paragraphIndex(text) {
  const n = Number.parseInt(text ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? n : -1;
}

function positiveInt(text) {
  const n = Number.parseInt(text ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}
