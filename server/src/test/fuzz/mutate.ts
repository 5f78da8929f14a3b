/** Seeded mutations of framework documents: characters, tokens, structure, odd Unicode and hostile sizes (small scale). */

/** mulberry32: a small, fast, seeded PRNG, so a failing case can be replayed from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)];
const int = (r: Random, n: number): number => Math.floor(r() * n);

/** Characters that break editors and parsers in interesting ways. */
export const ODD = [
  '\ufeff', // byte order mark
  '\r\n',
  '\r',
  '\ud800', // lone high surrogate
  '\udc00', // lone low surrogate
  '\u200f', // right-to-left mark
  '\u202e', // right-to-left override
  '\u200b', // zero-width space
  '\u00a0', // no-break space
  '😀',
  '👩🏽‍💻',
  '\u0000',
  '\t',
  '\\',
  '"',
  '—',
  '–',
  ' - ',
  '[@',
  '[@safi-2026]',
  '\\u00',
  '\n## Emerging\n',
  '\n---\n',
  '#',
  ': ',
];

const TOKENS = ['{', '}', '[', ']', ',', ':', '"', 'null', 'true', '7', '-1', '"x"', '{}', '[]', '1e999', '"\\ud800"'];

type Mutator = (text: string, r: Random) => string;

const mutators: Mutator[] = [
  // delete a run of characters
  (t, r) => {
    const i = int(r, t.length + 1);
    return t.slice(0, i) + t.slice(i + 1 + int(r, 8));
  },
  // insert a token or odd character
  (t, r) => {
    const i = int(r, t.length + 1);
    return t.slice(0, i) + pick(r, r() < 0.5 ? TOKENS : ODD) + t.slice(i);
  },
  // swap two characters
  (t, r) => {
    if (t.length < 2) return t;
    const i = int(r, t.length - 1);
    return t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2);
  },
  // truncate
  (t, r) => t.slice(0, int(r, t.length + 1)),
  // duplicate a slice (duplicate keys, repeated statements, repeated headings)
  (t, r) => {
    const i = int(r, t.length + 1);
    const j = Math.min(t.length, i + 1 + int(r, 200));
    return t.slice(0, j) + t.slice(i, j) + t.slice(j);
  },
  // replace a JSON value with a value of another type
  (t, r) => {
    const values = [...t.matchAll(/: ("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null)/g)];
    if (!values.length) return t;
    const m = pick(r, values);
    const at = m.index! + 2;
    return t.slice(0, at) + pick(r, ['0', '9', '-3', '2.5', '"9"', '""', 'null', 'true', '[]', '{}', '["a"]', '"<script>alert(1)</script>"']) + t.slice(at + m[1].length);
  },
  // an emoji or RTL mark in a headline
  (t, r) => {
    const dashes = [...t.matchAll(/ — /g)];
    if (!dashes.length) return t;
    const m = pick(r, dashes);
    return t.slice(0, m.index!) + pick(r, ['😀', '\u200f', '\u202e', '\u200b', '👩🏽‍💻']) + t.slice(m.index!);
  },
  // line endings to CRLF
  (t) => t.replace(/\n/g, '\r\n'),
  // a BOM in front
  (t) => '\ufeff' + t,
  // hostile sizes, small scale: nesting around the depth limit (256), balanced or not
  (t, r) => {
    const depth = pick(r, [20, 255, 256, 257, 400, 6000]);
    const open = pick(r, ['[', '{"a":', '[{"b":']);
    const close = open === '[' ? ']' : open === '{"a":' ? '}' : '}]';
    const i = int(r, t.length + 1);
    return t.slice(0, i) + open.repeat(depth) + (r() < 0.7 ? '1' + close.repeat(depth) : '') + t.slice(i);
  },
  // hostile sizes, small scale: a long line (a long run inside or outside a string)
  (t, r) => {
    const i = int(r, t.length + 1);
    return t.slice(0, i) + pick(r, ['x', '—', ' - ', '"a",', '\\', '😀']).repeat(1000 + int(r, 9_000)) + t.slice(i);
  },
  // hostile sizes, small scale: thousands of repeated items (statements, keys, citations)
  (t, r) => {
    const i = int(r, t.length + 1);
    const j = Math.min(t.length, i + 1 + int(r, 120));
    return t.slice(0, j) + t.slice(i, j).repeat(50 + int(r, 350)) + t.slice(j);
  },
];

/** Applies 1–4 random mutations. */
export function mutate(text: string, r: Random): string {
  let out = text;
  const n = 1 + int(r, 4);
  for (let i = 0; i < n; i++) out = pick(r, mutators)(out, r);
  return out;
}
