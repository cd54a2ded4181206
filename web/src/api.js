// Requests to the rasd HTTP API (same origin). Errors carry the server's JSON message.
async function getJson(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!res.ok) throw new Error(body && body.error ? body.error : `${res.status} ${res.statusText}`);
  return body;
}

export const MAP_LIMIT = 5000;

export function fetchEvents(params) {
  const p = new URLSearchParams(params);
  p.set('limit', String(MAP_LIMIT));
  return getJson(`/api/events?${p}`);
}

export function fetchStats(params) {
  return getJson(`/api/stats?${new URLSearchParams(params)}`);
}

export function fetchActors() {
  return getJson('/api/actors?limit=500');
}

export function fetchEvent(id) {
  return getJson(`/api/events/${encodeURIComponent(id)}`);
}
