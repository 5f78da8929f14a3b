import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateFramework } from '../../../scripts/bench/generate';
import { toMarkdown } from '../languageService/convert/toMarkdown';
import { REFERENCE_ONLY } from '../languageService/accel';
import { MAX_NESTING } from '../languageService/limits';
import { MAX_DEPTH, parseCanonicalYaml } from '../languageService/parse/canonicalYaml';
import { layoutOf } from '../languageService/parse/markdown';
import { findExcessYamlNesting } from '../languageService/parse/yamlNesting';
import { OffsetMaps } from '../languageService/parse/markdownNodes';
import { compareWithReference } from './accel/harness';
import { mutate, rng, type Random } from './fuzz/mutate';
import { convertedFixtures } from './markdownUtil';
import { FIXTURES, filesUnder } from './util';

// The canonical-YAML fast path must build, for every front matter it accepts, exactly the tree the `yaml`
// library path builds (and the library must find no error there); anything else it must decline. The comparison
// is the shared harness's (accel/harness.ts).

/** Runs both paths on a front matter; 'fast' when the fast path accepted it (and agreed), else 'declined'. */
function compare(source: string, base = 0, what = JSON.stringify(source.slice(0, 200))): 'fast' | 'declined' {
  const outcome = compareWithReference('canonicalYaml', () => ({ source, base, maps: new OffsetMaps() }), what);
  return outcome === 'taken' ? 'fast' : 'declined';
}

/** The front matter of a Markdown text and where it starts. */
function frontMatter(text: string): { source: string; base: number } | undefined {
  const { yaml } = layoutOf(text);
  return yaml && { source: text.slice(yaml.start, yaml.end), base: yaml.start };
}

/** Markdown the converter writes: from every JSON fixture that holds a framework object, and from generated frameworks. */
function convertedMarkdown(): { name: string; text: string }[] {
  const out = convertedFixtures();
  for (let seed = 1; seed <= 6; seed++) {
    const value = generateFramework({ seed, statements: 40 + 30 * seed, faultRate: seed % 2 ? 0 : 0.2, citations: 2 * seed });
    out.push({ name: `generated-${seed}`, text: toMarkdown(value) });
  }
  // Values the converter spells in every way it knows: quoted keys and strings, escapes, numbers, empty
  // collections, lists of mappings with lists inside, Unicode; levels it cannot move stay in the front matter.
  const edgy = {
    schemaVersion: '1.0',
    occupation: { soc: '11-9179.00', title: 'Managers, All Other', jobZone: null, jobZoneInferred: false, sector: '92' },
    framework: { version: 'v.26.05', description: '', levels: { emerging: { label: 'Not Emerging', statements: ['a', ''] } } },
    numbers: { zero: 0, negative: -17, fraction: 0.125, big: 1e21, small: 1e-7, negativeZero: -0, float: 48.5, large: 2 ** 53 },
    strings: [
      'plain text',
      'with: colon',
      'hash # inside',
      "it's",
      'say "hi"',
      'back\\slash',
      'line\nbreak',
      'tab\there',
      '\u2028',
      '\ufeff',
      'café',
      '😀 emoji',
      '—',
      'true',
      'null',
      'yes',
      '~',
      '.inf',
      '12',
      '-',
      '- x',
      ' lead',
      'trail ',
      '',
      '[x]',
      '{x}',
      '&a',
      '*a',
      '!t',
      '|',
      '>',
      '%',
      '@',
      '`',
      'v.2026.01',
      '11-9179.00',
      '2026-01-01',
      '\u0001',
      '\ud800',
    ],
    '12': 'a key that needs quotes',
    'key with space': 1,
    'with: colon': true,
    'onet-30.2': { label: 'O*NET', title: 'x' },
    empty: { list: [], map: {} },
    nested: [{ a: [1, 2, { b: [] }], c: { d: 'e' } }, [], {}, null, 'x'],
    durableSkills: [{ domain: 'Communication', levels: { nope: [] } }],
  };
  out.push({ name: 'edge cases', text: toMarkdown(edgy) });
  return out;
}

/** Line- and character-level changes to a front matter, aimed at the places the subset's rules are decided. */
const INSERTS = [
  '#',
  ' #',
  ': ',
  ':',
  '"',
  "'",
  '-',
  '- ',
  ' ',
  '  ',
  '0',
  '7',
  '.',
  'e3',
  '+',
  '~',
  '?',
  ',',
  '[',
  ']',
  '{',
  '}',
  '[]',
  '{}',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  '\\',
  '\\"',
  '\\u00e9',
  '\\x41',
  '\t',
  '\r',
  '\n',
  '\r\n',
  'é',
  '😀',
  '\ud83d',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\u0085',
  'null',
  'true',
  'x',
];
const SCALARS = [
  '0',
  '-1',
  '1.5',
  '1e3',
  '0x1F',
  '0o17',
  '.inf',
  '-.inf',
  '.nan',
  '~',
  'null',
  'Null',
  'NULL',
  'true',
  'TRUE',
  'False',
  'yes',
  'no',
  'on',
  '2026-01-01',
  '"quoted 12"',
  'v.2026.01',
  '11-9179.00',
  'a: b',
  'a #b',
  '""',
  '"\\u00e9\\"\\\\\\/\\b\\f\\n\\r\\t"',
  '"\\ud83d\\ude00"',
  "'single'",
  '[]',
  '{}',
  '[1]',
  '{a: 1}',
  '|',
  '>-',
  '&a x',
  '*a',
  '!!str 1',
  '-0',
  '+1',
  '007',
  '1.',
  '.5',
  '1_000',
  '1e+21',
  '1E-7',
  'x y  z',
  '©',
  '<<',
  '=',
  '-x',
  '? x',
  '',
];
const lines = (s: string) => s.split('\n');
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)];
const int = (r: Random, n: number) => Math.floor(r() * n);

const yamlMutators: ((s: string, r: Random) => string)[] = [
  // delete, duplicate or move a line
  (s, r) => {
    const l = lines(s);
    l.splice(int(r, l.length), 1);
    return l.join('\n');
  },
  (s, r) => {
    const l = lines(s);
    const i = int(r, l.length);
    l.splice(i, 0, l[i]);
    return l.join('\n');
  },
  (s, r) => {
    const l = lines(s);
    const i = int(r, l.length - 1);
    const j = r() < 0.5 ? i + 1 : int(r, l.length);
    [l[i], l[j]] = [l[j], l[i]];
    return l.join('\n');
  },
  // indentation: more, less, none; a blank line; trailing spaces
  (s, r) => {
    const l = lines(s);
    const i = int(r, l.length);
    const delta = pick(r, [-4, -2, -1, 1, 2, 4]);
    l[i] = delta > 0 ? ' '.repeat(delta) + l[i] : l[i].replace(new RegExp(`^ {0,${-delta}}`), '');
    return l.join('\n');
  },
  (s, r) => {
    const l = lines(s);
    l.splice(int(r, l.length + 1), 0, pick(r, ['', ' ', '  ', '# comment', '  # comment', '---', '...', '-', '- ', ':', '%YAML 1.1']));
    return l.join('\n');
  },
  (s, r) => {
    const l = lines(s);
    const i = int(r, l.length);
    l[i] += pick(r, [' ', '  ', ' # note', '#', ':', ' :', '\r']);
    return l.join('\n');
  },
  // a character inserted, deleted or swapped
  (s, r) => {
    const i = int(r, s.length + 1);
    return s.slice(0, i) + pick(r, INSERTS) + s.slice(i);
  },
  (s, r) => {
    const i = int(r, s.length);
    return s.slice(0, i) + s.slice(i + 1 + int(r, 3));
  },
  (s, r) => {
    const i = int(r, s.length - 1);
    return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  },
  // a value or key replaced by a tricky scalar
  (s, r) => {
    const m = [...s.matchAll(/^( *(?:- )?(?:[\w.-]+|"[^"\n]*"): )(.+)$|^( *- )(.+)$/gm)];
    if (!m.length) return s;
    const hit = pick(r, m);
    return s.slice(0, hit.index!) + (hit[1] ?? hit[3]) + pick(r, SCALARS) + s.slice(hit.index! + hit[0].length);
  },
  (s, r) => {
    const m = [...s.matchAll(/^( *(?:- )?)([\w.-]+|"[^"\n]*"):/gm)];
    if (!m.length) return s;
    const hit = pick(r, m);
    const key = pick(r, [
      'true',
      'null',
      '1',
      '0x1F',
      '"q"',
      '"a\\u00e9"',
      '-k',
      '<<',
      'k k',
      'x',
      hit[2],
      hit[2] + hit[2],
      '"' + 'k'.repeat(1100) + '"',
      'k'.repeat(1030),
    ]);
    return s.slice(0, hit.index!) + hit[1] + key + ':' + s.slice(hit.index! + hit[0].length);
  },
  // structure: a value moved to a nested list or mapping, an entry inside a list, a line split or joined
  (s, r) => {
    const m = [...s.matchAll(/^( *)([\w.-]+): (.+)$/gm)];
    if (!m.length) return s;
    const hit = pick(r, m);
    const [, pad, key, value] = hit;
    const nested = pick(r, [
      `${pad}${key}:\n${pad}  - ${value}`,
      `${pad}${key}:\n${pad}- ${value}`,
      `${pad}${key}:\n${pad}  sub: ${value}`,
      `${pad}- ${key}: ${value}`,
      `${pad}${key}:\n${pad}    - ${value}`,
      `${pad}${key}:`,
      `${pad}${key}: - ${value}`,
      `${pad}${key}:\n\n${pad}  - ${value}\n`,
    ]);
    return s.slice(0, hit.index!) + nested + s.slice(hit.index! + hit[0].length);
  },
  (s, r) => {
    const i = int(r, s.length + 1);
    return s.slice(0, i) + '\n' + ' '.repeat(pick(r, [0, 2, 4, 6])) + s.slice(i);
  },
  (s, r) => {
    const breaks = [...s.matchAll(/\n/g)];
    if (!breaks.length) return s;
    const at = pick(r, breaks).index!;
    return s.slice(0, at) + pick(r, ['', ' ']) + s.slice(at + 1).replace(/^ */, '');
  },
  // the end: no final line break, or more of them
  (s, r) => (r() < 0.5 ? s.replace(/\n+$/, '') : s + '\n\n'),
];

describe('canonical YAML fast path: the tree the yaml library builds, or nothing', () => {
  const markdownFixtures = filesUnder(FIXTURES, '.framework.md');
  const regressionMarkdown = filesUnder(path.join(FIXTURES, 'fuzz-regressions'), '.md');
  const converted = convertedMarkdown();

  it('has Markdown fixtures and converted frameworks to test on', () => {
    assert.ok(markdownFixtures.length >= 1);
    assert.ok(converted.length >= 10);
  });

  for (const file of markdownFixtures) {
    it(`takes the fast path on the fixture ${path.relative(FIXTURES, file)} and agrees`, () => {
      const fm = frontMatter(readFileSync(file, 'utf8'))!;
      assert.equal(compare(fm.source, fm.base, file), 'fast');
    });
  }

  it('agrees or declines on the Markdown fuzz regressions', () => {
    for (const file of regressionMarkdown) {
      const fm = frontMatter(readFileSync(file, 'utf8'));
      if (fm) compare(fm.source, fm.base, file);
    }
  });

  for (const { name, text } of converted) {
    it(`takes the fast path on what the converter writes: ${name}`, () => {
      const fm = frontMatter(text)!;
      // Outside the subset on purpose: an explicit `? key` (a key over 1000 characters), a raw NEL (U+0085).
      const outside = /^ *(?:- )*\? |\u0085/m.test(fm.source);
      assert.equal(compare(fm.source, fm.base, name), outside ? 'declined' : 'fast');
    });
  }

  it("agrees or declines on the converter's spelling of each odd value alone", () => {
    const values: unknown[] = [
      0,
      -0,
      1.5,
      1e21,
      1e-7,
      -3,
      null,
      true,
      false,
      '',
      [],
      {},
      [[1]],
      [[]],
      [{}],
      [{ a: [[1]] }],
      { a: { b: { c: [1, { d: 2 }] } } },
    ];
    const strings = [
      'plain',
      'with: colon',
      "it's",
      'say "hi"',
      'back\\slash',
      'line\nbreak',
      '\u0085',
      '\u00a0x',
      'x\u3000',
      'café',
      '😀',
      '\ud800',
      'yes',
      'Null',
      '.inf',
      '0x1F',
      '12',
      '- x',
      'k'.repeat(1100),
    ];
    let fast = 0;
    for (const v of [...values, ...strings]) {
      for (const doc of [{ v }, { list: [v] }, { [typeof v === 'string' ? v : 'k']: 1 }, { list: [{ k: v, j: [v] }] }]) {
        const fm = frontMatter(toMarkdown(doc))!;
        if (compare(fm.source, fm.base, JSON.stringify(doc).slice(0, 200)) === 'fast') fast++;
      }
    }
    assert.ok(fast > 100, `the fast path took only ${fast} of them`);
  });

  it('reads the spellings YAML allows around the canonical layout the same way', () => {
    const taken = [
      'a: 1\n',
      'a: 1',
      '\n\na: 1\n\n\n',
      'a:\n- 1\n- 2\nb: x\n',
      'a:\n  b:\n  - 1\n  c: 2\n',
      'a:\n  - b:\n    - x\n    c: 1\n  - d: []\n',
      'a:\n  - b: 1\n\n    c: {}\n\nd: "e"\n',
      'a:\n    b: 1\n    c:\n          - 2\nd: 3',
      'a:\n\n  b: 1\n',
      '"quoted key": 1\n"esc\\u00e9\\"": "v\\\\\\"\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00"\n',
      'a:\n  - "x: y"\n  - "12"\n  - ""\n',
      'list:\n  - {}\n  - []\n  - null\n  - -0\n  - 0.10\n  - 1E3\n',
      'text: Sales & Marketing (all), it\'s "x" y] z} 50% @ | > ! * ? - ~ ©\n',
      'a_b.c-d: x\n_x: y\n',
    ];
    for (const source of taken) assert.equal(compare(source, 7), 'fast', JSON.stringify(source));
    const declined = [
      '',
      '   \n',
      // `[` and `{` in plain text: the nesting guard counts them (see the test of the guard below).
      'text: Sales & Marketing [y] {z}\n',
      '# comment\na: 1\n',
      'a: 1 # note\n',
      'a: 1\r\nb: 2\r\n',
      'a: 1\rb: 2\r',
      '\ufeffa: 1\n',
      'a:\t1\n',
      'a: 1 \n',
      'a:  1\n',
      'a : 1\n',
      'a:1\n',
      '  a: 1\n',
      'a:\nb: 1\n',
      'a:\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      "a: 'x'\n",
      'a: |\n  x\n',
      'a: >\n  x\n',
      'a: x\n  y\n',
      'a: "x\n  y"\n',
      'a: [1]\n',
      'a: {b: 1}\n',
      'a: 1\na: 2\n',
      '"a": 1\na: 2\n',
      '? a\n: 1\n',
      'a: 1\n---\nb: 2\n',
      'a: 1\n...\n',
      '- a\n- b\n',
      'a:\n  - - x\n',
      'a:\n  -\n    b: 1\n',
      'a:\n  -   b\n',
      'a:\n  - b\n c: 1\n',
      'a:\n  b: 1\n   c: 2\n',
      'a: 1\n  b: 2\n',
      'true: 1\n',
      'null: 1\n',
      '1: x\n',
      'a: "\\x41"\n',
      'a: "\\e"\n',
      'a: "x" y\n',
      'a: x\u00a0\n',
      'a: \u2028\n',
    ];
    for (const source of declined) assert.equal(compare(source), 'declined', JSON.stringify(source));
  });

  it('spot-checks scalars whose type the library decides: each declined or read the same', () => {
    const results: Record<string, string> = {};
    for (const s of SCALARS) {
      // As a value, a list item and a list item's value (where `a: b` opens a mapping instead).
      for (const source of [`k: ${s}\n`, `k:\n  - ${s}\n`, `k:\n  - j: ${s}\n`]) {
        const result = compare(source);
        results[s] ??= result;
        if (results[s] !== result && s !== 'a: b') results[s] = 'mixed';
      }
    }
    // The ones the converter writes must be taken; the doubtful ones must not.
    for (const s of [
      '0',
      '-1',
      '1.5',
      '1e3',
      '-0',
      '1e+21',
      '1E-7',
      'null',
      'Null',
      'true',
      'TRUE',
      'False',
      'yes',
      '"quoted 12"',
      'v.2026.01',
      '[]',
      '{}',
      '""',
      '©',
      'x y  z',
    ]) {
      assert.equal(results[s], 'fast', s);
    }
    for (const s of [
      '0x1F',
      '0o17',
      '.inf',
      '-.inf',
      '.nan',
      '~',
      '2026-01-01',
      '11-9179.00',
      'a: b',
      'a #b',
      "'single'",
      '+1',
      '1.',
      '.5',
      '1_000',
      '-x',
      '',
    ]) {
      assert.equal(results[s], 'declined', s);
    }
  });

  it('agrees or declines on thousands of seeded mutations of the front matters', function () {
    this.timeout(120_000);
    const sources = [...markdownFixtures.map((f) => readFileSync(f, 'utf8')), ...converted.map((c) => c.text)].map((t) => frontMatter(t)!);
    const r = rng(20260515);
    let fast = 0;
    const cases = 6000;
    for (let n = 0; n < cases; n++) {
      const { source, base } = pick(r, sources);
      let mutated = source;
      for (let k = 1 + int(r, 3); k > 0; k--) mutated = pick(r, yamlMutators)(mutated, r);
      if (compare(mutated, base, `mutation ${n}`) === 'fast') fast++;
    }
    // Whole-document mutations of the fuzzer, then the front matter the Markdown reader finds.
    for (let n = 0; n < 1000; n++) {
      const fm = frontMatter(mutate(pick(r, converted).text, r, true));
      if (fm && compare(fm.source, fm.base, `document mutation ${n}`) === 'fast') fast++;
    }
    // Both outcomes must be common, or the test proves little.
    assert.ok(fast > cases / 10, `only ${fast} mutations took the fast path`);
    assert.ok(fast < cases * 0.9, `${fast} mutations took the fast path`);
  });

  it('agrees or declines on thousands of small random documents in and around the subset', () => {
    // Dense in structure where the fixtures are dense in text: indentation steps, sequences at their key's
    // column, lists of mappings, blank lines, repeated keys; then a line moved, re-indented or repeated.
    const r = rng(7);
    const keys = ['a', 'b', 'c', '"a"', '"b c"', 'd e', 'é'];
    const values = ['1', '-2.5', '1e3', 'x', 'null', 'TRUE', '"s"', '""', '[]', '{}', 'x y', '"\\u00e9"', '~', 'yes'];
    /** The lines of a mapping (or, for `list`, a sequence) at `col`; `first` replaces the first line's indentation (`- `). */
    const block = (col: number, depth: number, list: boolean, first?: string): string[] => {
      const out: string[] = [];
      for (let n = 1 + int(r, 3); n > 0; n--) {
        const lead = first ?? ' '.repeat(col);
        first = undefined;
        const nest = depth < 4 && r() < 0.4;
        if (list) {
          if (nest && r() < 0.7) out.push(...block(col + 2, depth + 1, false, lead + '- '));
          else out.push(`${lead}- ${pick(r, values)}`);
        } else {
          const key = pick(r, keys);
          if (!nest) out.push(`${lead}${key}: ${pick(r, values)}`);
          else {
            out.push(`${lead}${key}:`);
            const seq = r() < 0.5;
            out.push(...block(seq && r() < 0.3 ? col : col + pick(r, [2, 2, 2, 1, 4]), depth + 1, seq));
          }
        }
        if (r() < 0.1) out.push('');
      }
      return out;
    };
    let fast = 0;
    const cases = 5000;
    for (let n = 0; n < cases; n++) {
      const l = block(0, 0, false);
      for (let k = int(r, 3); k > 0 && l.length > 1; k--) {
        const i = int(r, l.length);
        const change = int(r, 4);
        if (change === 0) l[i] = ' '.repeat(1 + int(r, 2)) + l[i];
        else if (change === 1) l[i] = l[i].replace(/^ {1,2}/, '');
        else if (change === 2) l.splice(i, 0, l[i]);
        else l.splice(i, 1);
      }
      if (compare(l.join('\n') + pick(r, ['', '\n', '\n\n'])) === 'fast') fast++;
    }
    assert.ok(fast > cases / 5 && fast < cases * 0.9, `${fast} documents took the fast path`);
  });

  // The nesting guard runs only on what the fast path declines (markdownFrontMatter.ts): whatever the fast path reads
  // must be within the guard's limit, by a wide margin.
  it('reads nothing the nesting guard would decline: at its deepest, the guard counts at most two levels more', () => {
    const shapes: Record<string, (n: number) => string> = {
      mappings: (n) => Array.from({ length: n }, (_, d) => `${'  '.repeat(d)}k${d}:`).join('\n') + `\n${'  '.repeat(n)}last: []`,
      'list items that open mappings': (n) =>
        'root:\n' + Array.from({ length: n }, (_, d) => `${'    '.repeat(d)}- k${d}:`).join('\n') + `\n${'    '.repeat(n)}- {}`,
      "lists at their key's column": (n) =>
        Array.from({ length: n }, (_, d) => `${'  '.repeat(d)}- k${d}:`)
          .join('\n')
          .replace(/^- /, 'root:\n- ') + `\n${'  '.repeat(n)}- "[{[{"`,
    };
    for (const [shape, make] of Object.entries(shapes)) {
      let n = 1;
      while (parseCanonicalYaml(make(n + 1), 0, new OffsetMaps())) n++;
      assert.ok(n > MAX_DEPTH / 4, `${shape}: read to ${n} only`);
      assert.ok(parseCanonicalYaml(make(n), 0, new OffsetMaps()), shape);
      assert.equal(findExcessYamlNesting(make(n), MAX_DEPTH + 2), -1, `${shape}, ${n} deep`);
    }
    assert.ok(MAX_DEPTH + 2 <= MAX_NESTING);
    // A bracket in plain text counts as a level for the guard: the fast path leaves such a value to `yaml`.
    assert.equal(parseCanonicalYaml('title: a[b\n', 0, new OffsetMaps()), undefined);
    assert.equal(parseCanonicalYaml('a{b: c\n', 0, new OffsetMaps()), undefined);
    assert.ok(parseCanonicalYaml('title: a]b}\n', 0, new OffsetMaps()));
  });

  // With NSX_REFERENCE_ONLY=1 (inherited by the child) the fast path is off and `yaml` reads every front matter.
  it(
    REFERENCE_ONLY
      ? 'loads the yaml package when the fast path is switched off'
      : 'does not load the yaml package for front matter it reads',
    () => {
      const script = `
      const { TextDocument } = require('vscode-languageserver-textdocument');
      const { parseMarkdownFramework } = require(${JSON.stringify(path.join(__dirname, '..', 'languageService', 'parse', 'markdown.ts'))});
      const text = require('node:fs').readFileSync(${JSON.stringify(path.join(FIXTURES, 'example-full-11-9179.00.framework.md'))}, 'utf8');
      const doc = parseMarkdownFramework(TextDocument.create('file:///x.framework.md', 'markdown', 1, text));
      const loaded = Object.keys(require.cache).some((k) => /[\\\\/]node_modules[\\\\/]yaml[\\\\/]/.test(k));
      process.stdout.write(JSON.stringify({ loaded, title: doc.value.occupation.title, errors: doc.syntaxDiagnostics.length }));`;
      const run = spawnSync(process.execPath, ['-r', 'tsx/cjs', '-e', script], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(JSON.parse(run.stdout), { loaded: REFERENCE_ONLY, title: 'Personal Service Managers, All Other', errors: 0 });
    },
  );
});
