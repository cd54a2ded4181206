// The article text with the evidence and each field's words highlighted. Spans from the API are byte
// ranges [start, end) into the UTF-8 text, so the text is cut as bytes and each piece decoded; every
// piece becomes a text node (textContent), never markup, whatever the article contains.
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

export const FIELD_ORDER = ['actor1', 'actor2', 'location', 'date', 'fatalities', 'injured', 'trigger'];

// Pieces of `text` between every span boundary, each with the names of the spans covering it.
export function segments(text, spans) {
  const bytes = encoder.encode(text);
  const valid = Object.entries(spans || {}).filter(
    ([, s]) => Array.isArray(s) && s.length === 2 && Number.isInteger(s[0]) && Number.isInteger(s[1]) &&
      s[0] >= 0 && s[0] < s[1] && s[1] <= bytes.length,
  );
  const cuts = new Set([0, bytes.length]);
  for (const [, [b, e]] of valid) {
    cuts.add(b);
    cuts.add(e);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const b = points[i];
    const e = points[i + 1];
    const names = valid.filter(([, s]) => s[0] <= b && e <= s[1]).map(([n]) => n);
    out.push({ text: decoder.decode(bytes.subarray(b, e)), names });
  }
  return out;
}

// A right-to-left block of the article: <mark class="evidence"> around the evidence, and inside it
// <span class="field field-actor1" data-field="actor1"> for each field read from those words.
export function renderArticle(text, spans) {
  const block = document.createElement('div');
  block.className = 'article-text';
  block.dir = 'rtl';
  block.lang = 'ar';
  for (const seg of segments(text, spans)) {
    let node = document.createTextNode(seg.text);
    const fields = seg.names.filter((n) => n !== 'evidence');
    if (fields.length) {
      const span = document.createElement('span');
      span.className = `field ${fields.map((f) => `field-${f}`).join(' ')}`;
      span.dataset.field = fields.join(' ');
      span.appendChild(node);
      node = span;
    }
    if (seg.names.includes('evidence')) {
      const mark = document.createElement('mark');
      mark.className = 'evidence';
      mark.appendChild(node);
      node = mark;
    }
    block.appendChild(node);
  }
  return block;
}
