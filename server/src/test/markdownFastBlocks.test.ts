import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateFramework } from '../../../scripts/bench/generate';
import { toMarkdown } from '../languageService/convert/toMarkdown';
import { layoutOf } from '../languageService/parse/markdown';
import { REFERENCE_ONLY } from '../languageService/accel';
import { compareWithReference } from './accel/harness';
import { lineStarts } from '../languageService/util/textDocument';
import { mutate, rng, type Random } from './fuzz/mutate';
import { convertedFixtures } from './markdownUtil';
import { FIXTURES, filesUnder } from './util';

// The fast path for plain Markdown bodies must return, for every body it accepts, exactly the blocks the
// markdown-it path returns; anything else it must decline. The comparison is the shared harness's (accel/harness.ts).

/**
 * Runs both paths on the body of `text` from `firstLine` (by default where the front matter ends);
 * 'fast' when the fast path read it (and agreed), else 'declined'.
 */
function compare(text: string, firstLine?: number, what = JSON.stringify(text.slice(0, 200))): 'fast' | 'declined' {
  const starts = lineStarts(text);
  const line = firstLine ?? layoutOf(text, starts).bodyLine;
  return compareWithReference('markdownFastBlocks', () => ({ text, starts, firstLine: line }), what) === 'taken' ? 'fast' : 'declined';
}

/** Front matter put before a body, so offsets do not start at 0; its CRLF form checks that CR before the body does not matter. */
const FRONT = ['---\nk: v\n---\n', '---\r\nk: v\r\n---\r\n'];
const FRONT_LINES = 3;

/** A body alone and after each front matter: the same outcome each time. */
function compareBody(body: string): 'fast' | 'declined' {
  const outcome = compare(body, 0);
  for (const front of FRONT)
    assert.equal(compare(front + body, FRONT_LINES), outcome, `outcome changes after front matter: ${JSON.stringify(body)}`);
  return outcome;
}

/** Unicode the converter writes as it is, in headings, the context paragraph and list items. */
const ODD_INSIDE = {
  schemaVersion: '1.0',
  occupation: { soc: '11-9179.00', title: 'Café\u00a0Managers — 😀\u3000All\u2028Other \ufeff', jobZone: 3 },
  framework: {
    contextCovered:
      'Covers \u2028 line separators, \u0085 NEL, \ud800 a lone surrogate, \u200f RTL, \u00a0NBSP and U+3000\u3000at the end\u3000',
    levels: {
      emerging: {
        label: 'Emerging',
        statements: [
          '\u00a0starts with NBSP',
          'ends with NBSP\u00a0',
          '\u3000ideographic space first',
          '\ufeffBOM first',
          '😀 emoji first — 👩🏽‍💻',
          '\udc00 lone low surrogate',
          'ends with a line separator\u2028',
          '\u2029',
          'x  two  spaces  inside',
          '1.5 million records',
          '2026 plan',
          '1234567890. ten digits are no marker',
          '1)x no space',
          'a # not a heading #',
          '\\# escaped',
          '|table| row |',
          'é',
        ],
      },
      developing: { label: 'Developing', statements: ['One — two.', 'Three — four.'] },
    },
  },
  aiFluency: {
    levels: {
      emerging: [
        { text: '\u00a0AI — drafts', cites: ['safi-2026', 'x.y'] },
        { text: 'More', cites: [] },
      ],
    },
  },
  durableSkills: [
    { domain: 'Communication\u00a0', levels: { emerging: [{ text: 'Listens — well', cites: ['k'] }] } },
    { domain: '\u3000Lead', levels: { advanced: [{ text: 'Émigré 😀', cites: [] }] } },
  ],
};

/** Statements the converter writes as list items whose text opens another block (or is empty, or holds a tab): declined. */
const OUTSIDE_STATEMENTS = [
  '',
  '# heading-like',
  '- dash',
  '> quote',
  '<div>',
  '[x]: y',
  '```',
  '1. nested',
  '* star',
  'tab\tinside',
  '=== setext-like',
];

/** Markdown the converter writes: from every JSON fixture that holds a framework object, from generated frameworks and the Unicode edge case. */
function convertedMarkdown(): { name: string; text: string }[] {
  const out = convertedFixtures();
  for (let seed = 1; seed <= 6; seed++) {
    for (const faultRate of [0, 0.2]) {
      const value = generateFramework({ seed, statements: 40 + 30 * seed, faultRate, citations: 2 * seed });
      out.push({ name: `generated-${seed}${faultRate ? ' with faults' : ''}`, text: toMarkdown(value) });
    }
  }
  out.push({ name: 'odd Unicode', text: toMarkdown(ODD_INSIDE) });
  return out;
}

/** Lines aimed at the places the subset is decided: headings, markers, block starts, indentation, Unicode space. */
const LINES = [
  '',
  ' ',
  '  ',
  '#',
  '# x',
  '## Emerging',
  '##x',
  '####### x',
  '###### x',
  '# x #',
  '# x#',
  '#  x  ',
  '# \u00a0x\u00a0',
  '#\u00a0x',
  '1.',
  '1. ',
  '1. x',
  '1) x',
  '2. x',
  '10. x',
  '1.  two spaces',
  '1.x',
  '1.5 x',
  '1234567890. x',
  '123456789. x',
  '-',
  '- ',
  '- x',
  '- - -',
  '---',
  '-x',
  '+ x',
  '* x',
  '***',
  '* * *',
  '___',
  '===',
  '= x',
  '> q',
  '```',
  '```js',
  '~~~',
  '<div>',
  '<!-- c -->',
  '[a]: b',
  '[a] text',
  ' x',
  '  x',
  '   x',
  '    x',
  '\tx',
  'plain text',
  'Context covered: x',
  '\u00a0',
  '\u00a0x',
  '\u3000',
  'x\u00a0',
  '\ufeff',
  '\u2028',
  '1. \u00a0x',
  '- \u3000',
  '1. # h',
  '1. > q',
  '1. - x',
  '1. 2. x',
  '1. [a]: b',
  '| a | b |',
  '\\# x',
  '&amp;',
  '\f',
  '\u000b',
  '1. x [@k] [@k2]',
];
/** Characters and short strings put inside a line or at its start. */
const INSERTS = [
  '#',
  '# ',
  '1. ',
  '1)',
  '-',
  '- ',
  ' ',
  '  ',
  '    ',
  '\t',
  '\r',
  '\r\n',
  '\n',
  '\n\n',
  '\u00a0',
  '\u3000',
  '>',
  '`',
  '```',
  '~~~',
  '<',
  '[',
  '=',
  '*',
  '_',
  '+',
  '\0',
  '\ufeff',
  '\u2028',
  '😀',
  '\ud800',
  'x',
  '10. ',
];

const lines = (s: string) => s.split('\n');
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)];
const int = (r: Random, n: number) => Math.floor(r() * n);
const onLine = (s: string, r: Random, change: (l: string[], i: number) => void): string => {
  const l = lines(s);
  change(l, int(r, l.length));
  return l.join('\n');
};

const bodyMutators: ((s: string, r: Random) => string)[] = [
  // a line inserted, replaced, deleted, duplicated or moved
  (s, r) => onLine(s, r, (l, i) => l.splice(i, 0, pick(r, LINES))),
  (s, r) => onLine(s, r, (l, i) => (l[i] = pick(r, LINES))),
  (s, r) => onLine(s, r, (l, i) => l.splice(i, 1)),
  (s, r) => onLine(s, r, (l, i) => l.splice(i, 0, l[i])),
  (s, r) =>
    onLine(s, r, (l, i) => {
      const j = r() < 0.5 ? Math.min(i + 1, l.length - 1) : int(r, l.length);
      [l[i], l[j]] = [l[j], l[i]];
    }),
  // blank lines added or removed
  (s, r) => onLine(s, r, (l, i) => l.splice(i, 0, ...Array<string>(1 + int(r, 2)).fill(''))),
  (s, r) => s.replace(/\n\n/, () => (r() < 0.5 ? '\n' : '\n\n\n')),
  // indentation, a marker changed or taken away, text after a line
  (s, r) => onLine(s, r, (l, i) => (l[i] = pick(r, [' ', '  ', '   ', '    ', '\t']) + l[i])),
  (s, r) =>
    onLine(s, r, (l, i) => (l[i] = l[i].replace(/^(?:\d+[.)]|[-+*]) /, pick(r, ['', '1) ', '- ', '* ', '+ ', '10. ', '1.  ', '1.', '-'])))),
  (s, r) => onLine(s, r, (l, i) => (l[i] += pick(r, [' ', '  ', ' #', '#', '\r', '\u00a0', ' \u00a0', ' ##', '\\']))),
  // a character inserted (anywhere, or at a line's start), deleted or swapped
  (s, r) => {
    const i = int(r, s.length + 1);
    return s.slice(0, i) + pick(r, INSERTS) + s.slice(i);
  },
  (s, r) => onLine(s, r, (l, i) => (l[i] = pick(r, INSERTS) + l[i])),
  (s, r) => {
    const i = int(r, s.length);
    return s.slice(0, i) + s.slice(i + 1 + int(r, 3));
  },
  (s, r) => {
    if (s.length < 2) return s;
    const i = int(r, s.length - 1);
    return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  },
];

describe('Markdown blocks fast path: the blocks markdown-it gives, or nothing', () => {
  const markdownFixtures = filesUnder(FIXTURES, '.framework.md');
  const regressionMarkdown = filesUnder(path.join(FIXTURES, 'fuzz-regressions'), '.md');
  const converted = convertedMarkdown();

  it('has Markdown fixtures and converted frameworks to test on', () => {
    assert.ok(markdownFixtures.length >= 1);
    assert.ok(regressionMarkdown.length >= 1);
    assert.ok(converted.length >= 15);
  });

  for (const file of markdownFixtures) {
    it(`takes the fast path on the fixture ${path.relative(FIXTURES, file)} and agrees`, () => {
      assert.equal(compare(readFileSync(file, 'utf8'), undefined, file), 'fast');
    });
  }

  it('agrees or declines on the Markdown fuzz regressions', () => {
    for (const file of regressionMarkdown) compare(readFileSync(file, 'utf8'), undefined, file);
  });

  for (const { name, text } of converted) {
    it(`takes the fast path on what the converter writes: ${name}`, () => {
      // Outside the subset on purpose: an empty statement, which the converter writes as a bare `1.` (an empty list item).
      const outside = /^\d+\.$/m.test(text);
      assert.equal(compare(text, undefined, name), outside ? 'declined' : 'fast');
    });
  }

  it("declines the converter's list items whose text opens a block, is empty or holds a tab, each alone", () => {
    for (const s of OUTSIDE_STATEMENTS) {
      const text = toMarkdown({ framework: { levels: { emerging: { label: 'Emerging', statements: ['fine', s] } } } });
      assert.match(text, /\n2\./, JSON.stringify(s)); // still in the body, not moved to the front matter
      assert.equal(compare(text), 'declined', JSON.stringify(s));
    }
  });

  it('reads the plain spellings of headings, paragraphs and lists the same way', () => {
    const taken = [
      '',
      '\n',
      '\n\n  \n',
      '# Title',
      '# Title\n',
      '###### six',
      '#   spaced   out   ',
      '# Title  \n\nContext covered: x\n',
      '# \u00a0nbsp at both ends\u00a0',
      '# \u3000U+3000\u3000 \n',
      '## Emerging\n1. a\n2. b\n',
      '## E\n\n1. a\n\n2. b\n\n\n## D\n',
      '## E\n1. a\n## D\n- b\n',
      '1. a\n2) b\n- c\n+ d\n* e\n- f\n1. g',
      '- a\n- b\n\npara\n',
      '1. a\n\n\nparagraph after a list\n\n- list after a paragraph',
      'para\nmore text\n  \nnext para',
      'para\n# heading\npara again',
      'para   \nline two  \n',
      'para\n\u0085NEL and text',
      '10. ten\n11. eleven',
      '123456789. nine digits',
      '1.5 million\n2026 plan',
      '1234567890. ten digits\n1234567890. again',
      '1)x no space\n1.x',
      '1.\u00a0x\n', // no list item: NBSP is no space after a marker
      'Text with `code`, *emph*, _under_, <b>html</b>, [link](x) and [@k] inside',
      '1. a [@k] [@k2]\n',
      '1. \u00a0x\n2. \u3000y\n3. \ufeffz',
      '1. 😀\n2. \ud800 lone\n3. \udc00',
      'x\u2028y\u2029z',
      '\u00a0first line NBSP\n\n\u3000',
      '1. item   \n\n   \n2. next   ',
      '- a\n\n\n\n- b',
      '999999999. big\n1. small',
      '# a\n## b\n### c\n#### d\n##### e\n###### f',
      '# x #y',
      '# a\u00a0#\u00a0', // not a closing sequence: markdown-it trims only ASCII space
      'Context covered: a — b.\n\n## Emerging\n1. One — two [@safi-2026].\n\n## AI fluency\n\n### Emerging\n1. x [@a]\n',
    ];
    for (const body of taken) assert.equal(compareBody(body), 'fast', JSON.stringify(body));

    const declined = [
      '# x\r\n', // CR: markdown-it folds line breaks
      'a\rb',
      'a\0b', // NUL: markdown-it replaces it
      'a\tb', // tabs anywhere
      '  indented',
      '    code',
      ' # heading',
      '####### seven',
      '#x',
      '#',
      '# ',
      '##   ',
      '# x #', // a closing sequence
      '# C#', // `#` kept as text
      '# x\u00a0#',

      '#\u00a0x', // no heading: `#` then no space
      'para\n===', // setext underlines
      'para\n---',
      'para\n= x',
      '---', // thematic breaks
      '***',
      '___',
      '- - -',
      '* * *',
      '```\ncode\n```', // fences
      '~~~\nx\n~~~',
      '> quote',
      '<div>\n</div>',
      '[a]: https://x', // link reference definitions
      '[a] text',
      '1.', // empty items
      '1. ',
      '-',
      '- ',
      '1.  two spaces',
      '-  two spaces',
      '1. # h', // a block inside an item
      '1. > q',
      '1. - x',
      '1. 1. x',
      '1. 2) x',
      '1. [a]: b',
      '1. ```',
      '1. *x*',
      '- _x_',
      '1. =x',
      '1. ~x',
      '1. <b>x</b>',
      '1. x\nlazy', // lazy continuation
      '- x\ncontinued',
      '1. x\n\u00a0',
      'para\n1. x', // a list right after a paragraph line, interrupting or not
      'para\n- x',
      'para\n2. x',
      'para\n> q',
      'para\n[a]: b',
      'para\n`x`',
      'para\n\u00a0', // a line of Unicode space, which the library path drops from a block's end
      'para\n\u3000x',
      'para\n\ufeff',
      '= x', // paragraphs that start with a block character
      '_x_',
      '*x*',
      '+x',
      '-x',
      '~x',
      '`x`',
      '<b>x</b>',
      '\fx', // control characters at a line's start
      '\u000bx',
    ];
    for (const body of declined) assert.equal(compareBody(body), 'declined', JSON.stringify(body));
  });

  it('agrees or declines on thousands of seeded mutations of the bodies', function () {
    this.timeout(120_000);
    const bodies = [...markdownFixtures.map((f) => readFileSync(f, 'utf8')), ...converted.map((c) => c.text)].map((t) => {
      const starts = lineStarts(t);
      return t.slice(starts[layoutOf(t, starts).bodyLine]);
    });
    const r = rng(20260601);
    let fast = 0;
    const cases = 6000;
    for (let n = 0; n < cases; n++) {
      // A window of a body's lines, so a case is quick and the mutations land near each other.
      const l = lines(pick(r, bodies));
      const from = int(r, l.length);
      let body = l.slice(from, from + 3 + int(r, 40)).join('\n') + pick(r, ['', '\n', '\n\n']);
      for (let k = 1 + int(r, 3); k > 0; k--) body = pick(r, bodyMutators)(body, r);
      const front = pick(r, ['', ...FRONT]);
      if (compare(front + body, front ? FRONT_LINES : 0, `mutation ${n}: ${JSON.stringify(body.slice(0, 300))}`) === 'fast') fast++;
    }
    // Whole-document mutations of the fuzzer, with the body wherever the front matter now ends.
    for (let n = 0; n < 300; n++) {
      if (compare(mutate(pick(r, converted).text, r, true), undefined, `document mutation ${n}`) === 'fast') fast++;
    }
    // Both outcomes must be common, or the test proves little.
    assert.ok(fast > cases * 0.3, `only ${fast} mutations took the fast path`);
    assert.ok(fast < cases * 0.9, `${fast} mutations took the fast path`);
  });

  // With NSX_REFERENCE_ONLY=1 (inherited by the child) the fast path is off and markdown-it reads every body.
  it(REFERENCE_ONLY ? 'loads markdown-it when the fast path is switched off' : 'does not load markdown-it for a body it reads', () => {
    const script = `
      const { TextDocument } = require('vscode-languageserver-textdocument');
      const { parseMarkdownFramework } = require(${JSON.stringify(path.join(__dirname, '..', 'languageService', 'parse', 'markdown.ts'))});
      const text = require('node:fs').readFileSync(${JSON.stringify(path.join(FIXTURES, 'example-full-11-9179.00.framework.md'))}, 'utf8');
      const doc = parseMarkdownFramework(TextDocument.create('file:///x.framework.md', 'markdown', 1, text));
      const loaded = Object.keys(require.cache).some((k) => /[\\\\/]node_modules[\\\\/]markdown-it[\\\\/]|markdownItBundle/.test(k));
      process.stdout.write(JSON.stringify({ loaded, levels: Object.keys(doc.value.framework.levels), errors: doc.syntaxDiagnostics.length }));`;
    const run = spawnSync(process.execPath, ['-r', 'tsx/cjs', '-e', script], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), {
      loaded: REFERENCE_ONLY,
      levels: ['emerging', 'developing', 'proficient', 'advanced'],
      errors: 0,
    });
  });
});
