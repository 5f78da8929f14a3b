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
    return (
      t.slice(0, at) +
      pick(r, ['0', '9', '-3', '2.5', '"9"', '""', 'null', 'true', '[]', '{}', '["a"]', '"<script>alert(1)</script>"']) +
      t.slice(at + m[1].length)
    );
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
  // many repeated items (statements, keys, citations); thousands are hostile.test.ts's, at a cost the fuzzer cannot pay per case
  (t, r) => {
    const i = int(r, t.length + 1);
    const j = Math.min(t.length, i + 1 + int(r, 120));
    return t.slice(0, j) + t.slice(i, j).repeat(5 + int(r, 60)) + t.slice(j);
  },
];

/** Replaces one match of `pattern` (global) chosen at random with `replace(match)`. */
const atRandomMatch = (t: string, r: Random, pattern: RegExp, replace: (m: RegExpMatchArray) => string): string => {
  const matches = [...t.matchAll(pattern)];
  if (!matches.length) return t;
  const m = pick(r, matches);
  return t.slice(0, m.index!) + replace(m) + t.slice(m.index! + m[0].length);
};

/** Mutations that know Markdown's shapes: headings, list markers, citations, the front matter's YAML. */
const markdownMutators: Mutator[] = [
  // a heading's level, text or marker
  (t, r) =>
    atRandomMatch(t, r, /^(#{1,6})[ \t]+(.*)$/gm, (m) =>
      pick(r, [
        `${m[1]}# ${m[2]}`,
        m[1].slice(1) + ' ' + m[2],
        `${m[1]}${m[2]}`,
        `${m[1]} ${m[2]} 😀`,
        `${m[1]} ${m[2].toUpperCase()}`,
        `${m[1]} \u200b${m[2]}`,
        `${m[1]} ${m[2]} ${m[1]}`,
        '',
      ]),
    ),
  // a list item's marker: numbering, bullets, indentation, a lazy continuation line
  (t, r) =>
    atRandomMatch(t, r, /^(\d+)\. (.*)$/gm, (m) =>
      pick(r, [
        `- ${m[2]}`,
        `* ${m[2]}`,
        `${Number(m[1]) + 7}) ${m[2]}`,
        `   ${m[1]}. ${m[2]}`,
        `${m[1]}.${m[2]}`,
        `${m[1]}. ${m[2]}\ncontinued here`,
        `${m[1]}. `,
        `${m[1]}. > ${m[2]}`,
        `1. ${m[2]}\n\n   - nested`,
      ]),
    ),
  // a citation: unknown, malformed, unclosed, doubled, escaped, or a new one
  (t, r) =>
    atRandomMatch(t, r, /\[@([^\]]*)\]|\.$/gm, (m) =>
      pick(r, [
        '[@unknown-key]',
        '[@]',
        '[@Bad Key]',
        '[@safi-2026',
        '[@safi-2026][@safi-2026]',
        '\\[@wef-2021]',
        `${m[0]} [@onet-30.2]`,
        '[@<script>]',
        '',
      ]),
    ),
  // the front matter's YAML: indentation, quotes, a tab, a colon, anchors and aliases, flow collections, a lost fence
  (t, r) => {
    const end = t.indexOf('\n---', 3);
    if (!t.startsWith('---') || end < 0) return t;
    const yaml = t.slice(0, end);
    const broken = atRandomMatch(yaml, r, /^( *)([\w.-]+): ?(.*)$/gm, (m) =>
      pick(r, [
        `${m[1]} ${m[2]}: ${m[3]}`,
        `${m[1].slice(1)}${m[2]}: ${m[3]}`,
        `${m[1]}${m[2]}: "${m[3]}`,
        `${m[1]}${m[2]}:\t${m[3]}`,
        `${m[1]}${m[2]}: ${m[3]}: x`,
        `${m[1]}${m[2]}: &a ${m[3]}\n${m[1]}copy: *a`,
        `${m[1]}${m[2]}: *nowhere`,
        `${m[1]}${m[2]}: [${m[3]}, {a: [1, 2}`,
        `${m[1]}${m[2]}: !!binary ${m[3]}`,
        `${m[1]}${m[2]}: |\n${m[1]}  ${m[3]}`,
        `${m[1]}${m[2]}: ${m[3]}\n${m[1]}${m[2]}: again`,
        `${m[1]}? ${m[2]}\n${m[1]}: ${m[3]}`,
        `${m[1]}${m[2]}`,
      ]),
    );
    return broken + t.slice(end);
  },
  // the fences: lose one, move one, add a document marker
  (t, r) => atRandomMatch(t, r, /^---$/gm, () => pick(r, ['', '--', '----', '---\n---', '...', '--- # comment', '---\r'])),
  // deep YAML nesting in the front matter, flow or block, around and far past the depth limit
  (t, r) => {
    if (!t.startsWith('---\n')) return t;
    const depth = pick(r, [50, 255, 257, 2000]);
    const nested =
      r() < 0.5
        ? `deep: ${'['.repeat(depth)}1${']'.repeat(r() < 0.8 ? depth : 0)}\n`
        : Array.from({ length: Math.min(depth, 400) }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
    return '---\n' + nested + t.slice(4);
  },
];

/** Applies 1–4 random mutations (Markdown-aware ones too for a Markdown text). */
export function mutate(text: string, r: Random, markdown = false): string {
  let out = text;
  const n = 1 + int(r, 4);
  for (let i = 0; i < n; i++) out = pick(r, markdown && r() < 0.5 ? markdownMutators : mutators)(out, r);
  return out;
}
