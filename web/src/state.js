// The page state that a link shares: filters, date range, selected event and language, in the URL's
// query string (read on load, rewritten with replaceState on every change).
const KEYS = ['type', 'actor', 'country', 'text', 'from', 'to', 'event', 'lang'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readState(search = window.location.search) {
  const p = new URLSearchParams(search);
  const s = {};
  for (const k of KEYS) {
    const v = p.get(k);
    if (v) s[k] = v.slice(0, 200);
  }
  if (s.from && !DATE.test(s.from)) delete s.from;
  if (s.to && !DATE.test(s.to)) delete s.to;
  if (s.event && !/^\d{1,19}$/.test(s.event)) delete s.event;
  if (s.lang !== 'ar') s.lang = 'en';
  return s;
}

export function writeState(s) {
  const p = new URLSearchParams();
  for (const k of KEYS) {
    if (s[k] && !(k === 'lang' && s[k] === 'en')) p.set(k, s[k]);
  }
  const q = p.toString();
  window.history.replaceState(null, '', q ? `?${q}` : window.location.pathname);
}

// The API query string of the filters (no event, no language).
export function filterQuery(s, { withDates = true } = {}) {
  const p = new URLSearchParams();
  for (const k of ['type', 'actor', 'country', 'text']) if (s[k]) p.set(k, s[k]);
  if (withDates) {
    if (s.from) p.set('from', s.from);
    if (s.to) p.set('to', s.to);
  }
  return p;
}
