// Calls to the JSON API. Every error the server sends is {error, message}; this turns it, or a
// failed connection, into one ApiError the views can show.

/** A failed API call: HTTP status (0 when the server was not reached), error code, message. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** The configured themes with their counts per month and top outlets. */
export function themes(signal) {
  return getJson('/api/themes', new URLSearchParams(), signal);
}

/** The curves of one to five queries (repeated q, interval). */
export function trends(params, signal) {
  return getJson('/api/trends', params, signal);
}

export function search(params, signal) {
  return getJson('/api/search', params, signal);
}

/** Quote hits for q, repeatable speaker and source, page and size. */
export function quotes(params, signal) {
  return getJson('/api/quotes', params, signal);
}

export function article(id, q, signal) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  return getJson(`/api/articles/${encodeURIComponent(id)}`, params, signal);
}

/** An article's citation (a quote's when quote is a number) as GB/T 7714 text. */
export async function cite(id, quote) {
  const p = new URLSearchParams({ format: 'gbt7714' });
  if (Number.isInteger(quote)) p.set('quote', String(quote));
  let response;
  try {
    response = await fetch(`/api/articles/${encodeURIComponent(id)}/cite?${p}`);
  } catch {
    throw new ApiError(0, 'unreachable', '无法连接服务器，请稍后再试。Cannot reach the server.');
  }
  const text = await response.text();
  if (!response.ok) {
    let body = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    throw new ApiError(response.status, body?.error ?? `http_${response.status}`, body?.message ?? text);
  }
  return text;
}

export function exportUrl(params, format) {
  const p = new URLSearchParams(params);
  p.set('format', format);
  return `/api/export?${p}`;
}

async function getJson(path, params, signal) {
  const query = params.toString();
  let response;
  try {
    response = await fetch(query ? `${path}?${query}` : path, {
      signal,
      headers: { Accept: 'application/json' },
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'unreachable', '无法连接服务器，请稍后再试。Cannot reach the server.');
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    throw new ApiError(
      response.status,
      body?.error ?? `http_${response.status}`,
      body?.message ?? `服务器出错（${response.status}）。The server answered ${response.status}.`,
    );
  }
  return body;
}
