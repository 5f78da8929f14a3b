import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { inspect } from 'node:util';
import * as z from 'zod';
import { generateFramework } from '../../../scripts/bench/generate';
import { DURABLE_DOMAINS } from '../../../common/catalog/levels';
import { planValidators } from '../../../scripts/schemaPlan';
import { REFERENCE_ONLY } from '../languageService/accel';
import { compareWithReference } from './accel/harness';
import type { FrameworkDocument } from '../languageService/model';
import { toMarkdown } from '../languageService/convert/toMarkdown';
import { getNodeValue } from 'jsonc-parser';
import { frameworkSchema } from '../languageService/schema/framework';
import { validateSchema } from '../languageService/schema/validate';
import { rng, type Random } from './fuzz/mutate';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../languageService';
import { FIXTURES, filesUnder } from './util';

const service = createLanguageService(() => ({ frameworkGlobs: ['**'] }));
/** A file's model as the editor builds it, as JSON or as Markdown by its name. */
const parse = (text: string, file: string) =>
  service.parse(TextDocument.create('file:///work/' + path.basename(file), /\.md$/.test(file) ? 'markdown' : 'json', 1, text));

// The schema pass skips zod when the schema's plan (schema/plan.ts, the fast path `schemaPlan`) shows zod would
// find nothing. It must never say so when zod finds something (the shared harness, accel/harness.ts, checks that);
// on the values the parsers make, it must agree with zod both ways (or the shortcut is useless).

/** The plan's verdict on a value, for any zod schema (as the framework's is made at build time). */
const certainlyValid = (schema: z.ZodType, value: unknown): boolean => planValidators(schema).value(value);

/** zod's verdict on a parsed file's value next to the shortcut's on its tree; fails if the shortcut says valid where zod finds issues. */
function verdicts(doc: FrameworkDocument, what: string): { zod: boolean; fast: boolean } {
  const zod = frameworkSchema.safeParse(doc.value).success;
  const fast = doc.root !== undefined && compareWithReference('schemaPlan', () => doc.root!, what) === 'taken';
  return { zod, fast };
}

/** A deep copy in the parsers' form: objects without a prototype, as the JSON and Markdown parsers build them. */
function asParsed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asParsed);
  if (value && typeof value === 'object') {
    const out = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) out[k] = asParsed(v);
    return out;
  }
  return value;
}

const REPLACEMENTS: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1.5,
  3,
  7,
  100,
  101,
  Infinity,
  NaN,
  '',
  ' ',
  'x',
  '11-9179.00',
  '11-9179',
  'v.26.05',
  'v.26.13',
  'https://example.org/a',
  'ftp://example.org',
  'not a url',
  '2026-05-15T11:22:18.285Z',
  '2026-05-15',
  'Communication',
  'communication',
  '1.0',
  '1',
  'human_technology_interaction',
  'Human Tech',
  '52.0201',
  '52.02',
  'src-1',
  'Bad Key',
  true,
  false,
  [],
  {},
  ['x'],
  [1],
  { text: 'a — b.', cites: [] },
  { text: 'a — b.', cites: [1] },
  { a: 1 },
];

/** All paths to values inside `value` (objects and lists), the empty path first. */
function pathsOf(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...at, i], out));
  else if (value && typeof value === 'object')
    for (const k of Object.keys(value)) pathsOf((value as Record<string, unknown>)[k], [...at, k], out);
  return out;
}

const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)];

/** One random change at a random place: a value replaced, a property removed or added, a list emptied, an odd object. */
function mutateValue(value: unknown, r: Random): { value: unknown; odd: boolean } {
  const copy = asParsed(value) as Record<string, unknown>;
  const paths = pathsOf(copy);
  const target = pick(r, paths);
  let parent: unknown = copy;
  for (const key of target.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  const last = target[target.length - 1];
  const holder = parent as Record<string | number, unknown>;
  const node = target.length ? holder[last] : copy;
  let odd = false;
  switch (Math.floor(r() * 6)) {
    case 0:
    case 1:
      if (target.length) holder[last] = asParsed(pick(r, REPLACEMENTS));
      break;
    case 2:
      if (target.length && !Array.isArray(holder)) delete holder[last];
      else if (Array.isArray(holder)) holder.splice(Number(last), 1);
      break;
    case 3:
      if (node && typeof node === 'object' && !Array.isArray(node))
        (node as Record<string, unknown>)[pick(r, ['extra', 'label', 'text', 'url', 'levels', 'constructor'])] = asParsed(
          pick(r, REPLACEMENTS),
        );
      break;
    case 4:
      if (node && typeof node === 'object' && !Array.isArray(node)) {
        // An own "__proto__" key, or an object with Object's prototype: left to zod, or read the same way.
        if (r() < 0.5) Object.defineProperty(node, '__proto__', { value: 1, enumerable: true, configurable: true, writable: true });
        else Object.setPrototypeOf(node, Object.prototype);
        odd = true;
      }
      break;
    default:
      if (Array.isArray(node)) node.push(asParsed(pick(r, REPLACEMENTS)));
      else if (target.length) holder[last] = Array.isArray(node) ? {} : [node];
  }
  return { value: copy, odd };
}

/** Values at the edges of a number for zod: whole or not, finite or not, safe or not, at and past a bound, not numbers. */
const NUMBER_EDGES: unknown[] = [
  0,
  -0,
  1,
  1.5,
  -1,
  5,
  6,
  100,
  100.0001,
  99.9999,
  NaN,
  Infinity,
  -Infinity,
  Number.MAX_SAFE_INTEGER,
  2 ** 53,
  -Number.MAX_SAFE_INTEGER,
  -(2 ** 53),
  1e308,
  -1e308,
  Number.MIN_VALUE,
  '1',
  '0',
  null,
  undefined,
  true,
  false,
  {},
  [],
];
/** Every domain, the schema version, and near misses of both (case, spaces, other types). */
const NAME_EDGES: unknown[] = [
  ...DURABLE_DOMAINS,
  'communication',
  'COMMUNICATION',
  'Communication ',
  'Critical thinking',
  'Critical',
  '',
  '1.0',
  '1',
  '1.00',
  ' 1.0',
  1,
  0,
  null,
  undefined,
  true,
  false,
  {},
  [],
  ['Communication'],
];
const LEAF_EDGES = [...NUMBER_EDGES, ...NAME_EDGES];
/** Date-times with and without an offset or fraction, near misses (a leap day, hour 24, a space), and no text. */
const DATE_EDGES: unknown[] = [
  '2026-05-15T11:22:18.285Z',
  '2026-05-15T11:22:18Z',
  '2026-05-15T11:22:18',
  '2026-05-15T11:22:18+02:00',
  '2026-05-15T11:22:18.1-05:30',
  '2024-02-29T00:00:00Z',
  '2026-02-29T00:00:00Z',
  '2026-05-15T24:00:00Z',
  '2026-05-15 11:22:18Z',
  '2026-05-15',
  '2026-13-01T00:00:00Z',
  '2026-05-15T11:22Z',
  '',
  ' 2026-05-15T11:22:18Z',
  20260515,
  null,
  undefined,
  {},
  [],
];

/** One leaf the shortcut decides without zod (a number, true or false, the schema version, a domain) set to an edge value. */
function mutateLeaf(value: unknown, r: Random): unknown {
  const copy = asParsed(value);
  const valueAt = (at: (string | number)[]) => at.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy);
  const leaves = pathsOf(copy).filter((at) => {
    const leaf = valueAt(at);
    return typeof leaf === 'number' || typeof leaf === 'boolean' || at[at.length - 1] === 'schemaVersion' || at[at.length - 1] === 'domain';
  });
  const target = pick(r, leaves);
  (valueAt(target.slice(0, -1)) as Record<string | number, unknown>)[target[target.length - 1]] = asParsed(pick(r, LEAF_EDGES));
  return copy;
}

describe('schema: the plan, the shortcut past zod for values without schema findings', () => {
  // Every fixture as parsed, and generated frameworks as JSON text.
  const values: { name: string; value: unknown; doc: FrameworkDocument }[] = [];
  for (const file of filesUnder(FIXTURES, '.json', '.md')) {
    const doc = parse(readFileSync(file, 'utf8'), file);
    if (doc.value !== undefined) values.push({ name: path.relative(FIXTURES, file), value: doc.value, doc });
  }
  for (let seed = 1; seed <= 6; seed++) {
    const text = JSON.stringify(generateFramework({ seed, statements: 60, faultRate: seed % 2 ? 0 : 0.2, citations: 4 }), null, 2);
    const doc = parse(text, `generated-${seed}.framework.json`);
    values.push({ name: `generated-${seed}`, value: doc.value, doc });
  }

  it("gives zod's verdict on every fixture, fuzz regression and generated framework", () => {
    let valid = 0;
    for (const { name, doc } of values) {
      const v = verdicts(doc, name);
      assert.equal(v.fast, v.zod, `${name}: the plan ${v.fast}, zod ${v.zod}`);
      if (v.zod) valid++;
    }
    assert.ok(valid >= 8 && valid < values.length, `${valid} of ${values.length} valid: both kinds must be there`);
  });

  it('never says valid where zod finds an issue, and agrees where nothing is odd, over thousands of changes as JSON and Markdown', function () {
    this.timeout(300_000); // ~9 s on a quiet machine, longer with NSX_REFERENCE_ONLY=1: thousands of parses and zod runs
    const r = rng(9);
    const bases = values.filter((v) => frameworkSchema.safeParse(v.value).success).slice(0, 12);
    let checked = 0;
    let valid = 0;
    const check = (text: string, file: string, what: string, odd: boolean) => {
      const doc = parse(text, file);
      if (doc.root === undefined) return;
      const v = verdicts(doc, what);
      // A repeated key (the value keeps the last one) or an own "__proto__" key is "not certain"; otherwise they agree.
      if (!odd && !doc.syntaxDiagnostics.length) assert.equal(v.fast, v.zod, `${what}: the plan ${v.fast}, zod ${v.zod}`);
      checked++;
      if (v.fast) valid++;
    };
    for (let i = 0; i < 4000; i++) {
      const base = bases[i % bases.length];
      // A quarter of the changes put an edge value where the shortcut decides a number, an enum or a literal itself.
      let { value, odd } = r() < 0.25 ? { value: mutateLeaf(base.value, r), odd: false } : mutateValue(base.value, r);
      if (r() < 0.3) {
        const again = mutateValue(value, r);
        value = again.value;
        odd ||= again.odd;
      }
      const json = JSON.stringify(value, null, 1);
      if (json === undefined) continue;
      check(json, 'x.framework.json', `${base.name}, change ${i} (JSON)`, odd);
      // The same key twice: not certain from the tree; zod decides on the value.
      if (i % 10 === 0)
        check(json.replace(/^\{/, '{"schemaVersion": "2.0",'), 'x.framework.json', `${base.name}, change ${i} (repeated key)`, true);
      if (i % 3 === 0 && value && typeof value === 'object') {
        let markdown: string | undefined;
        try {
          markdown = toMarkdown(value);
        } catch {
          markdown = undefined; // a value the converter does not take
        }
        if (markdown !== undefined) check(markdown, 'x.framework.md', `${base.name}, change ${i} (Markdown)`, odd);
      }
    }
    assert.ok(checked > 4500 && valid > 400 && valid < checked - 1000, `${valid} of ${checked} valid`);
  });

  it("makes a Markdown file's value only when asked for, and it is its tree's value", () => {
    for (const file of filesUnder(FIXTURES, '.md')) {
      const doc = parse(readFileSync(file, 'utf8'), file);
      if (!doc.root) continue;
      assert.deepEqual(doc.value, getNodeValue(doc.root), file);
      assert.equal(doc.value, doc.value, `${file}: made once`);
    }
  });

  // With NSX_REFERENCE_ONLY=1 (inherited by the child) the plan is off and zod checks every file.
  it(
    REFERENCE_ONLY
      ? 'loads zod for every file when the fast path is switched off'
      : 'checks a valid framework, JSON or Markdown, without loading zod, and loads it for a file with a schema finding',
    () => {
      // In a process of its own, so that no earlier test has loaded zod.
      const script = `
      const { createLanguageService } = require('./server/src/languageService');
      const { TextDocument } = require('vscode-languageserver-textdocument');
      const { readFileSync } = require('node:fs');
      const service = createLanguageService(() => ({ frameworkGlobs: ['**'] }));
      const zodLoaded = () => Object.keys(require.cache).some((f) => /[\\/]node_modules[\\/]zod[\\/]/.test(f));
      const check = (file, text) => {
        const doc = service.parse(TextDocument.create('file:///work/' + file, file.endsWith('.md') ? 'markdown' : 'json', 1, text));
        const codes = service.computeDiagnostics(doc).map((d) => d.code).join(' ');
        console.log(file + ': [' + codes + '] zod loaded: ' + zodLoaded());
      };
      for (const file of ['example-full-11-9179.00.framework.json', 'example-full-11-9179.00.framework.md', 'export-11-9179.00.json']) {
        check(file, readFileSync('test-fixtures/' + file, 'utf8'));
      }
      check('bad.framework.json', readFileSync('test-fixtures/export-11-9179.00.json', 'utf8').replace('"jobZone":4', '"jobZone":7'));
    `;
      const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
        cwd: path.join(FIXTURES, '..'),
        encoding: 'utf8',
      });
      assert.deepEqual(out.trim().split('\n'), [
        `example-full-11-9179.00.framework.json: [] zod loaded: ${REFERENCE_ONLY}`,
        `example-full-11-9179.00.framework.md: [] zod loaded: ${REFERENCE_ONLY}`,
        `export-11-9179.00.json: [] zod loaded: ${REFERENCE_ONLY}`,
        'bad.framework.json: [out-of-range] zod loaded: true',
      ]);
    },
  );

  it('leaves the schema findings as they were: the same list with and without the shortcut', () => {
    for (const { name, value } of values) {
      const doc = parse(JSON.stringify(value), 'x.framework.json');
      const viaZod = frameworkSchema.safeParse(doc.value).success;
      const findings = validateSchema(doc);
      assert.equal(findings.length === 0, viaZod, name);
    }
  });
});

describe('schema: the plan on numbers, true/false, literals and enums, decided without zod', () => {
  /**
   * The plan's verdict on each value must be zod's, both ways. Returns how often it asked zod about
   * `watched` (the schema itself, or the number inside a nullable) while deciding them.
   */
  function zodAsked(name: string, schema: z.ZodType, values: unknown[], watched: z.ZodType = schema): number {
    const expected = values.map((value) => schema.safeParse(value).success);
    assert.ok(expected.includes(true) && expected.includes(false), `${name}: the values must hold both verdicts`);
    let asked = 0;
    const safeParse = watched.safeParse;
    Object.assign(watched, { safeParse: (value: unknown) => (asked++, safeParse.call(watched, value)) });
    try {
      values.forEach((value, i) => assert.equal(certainlyValid(schema, value), expected[i], `${name} on ${inspect(value)}`));
    } finally {
      delete (watched as { safeParse?: unknown }).safeParse;
    }
    return asked;
  }

  enum Numeric {
    One = 1,
    Two = 2,
  }

  it('agrees with zod on the kinds it decides itself, built with z', () => {
    const own: [string, z.ZodType, unknown[]][] = [
      ['number', z.number(), NUMBER_EDGES],
      ['int', z.number().int(), NUMBER_EDGES],
      ['min(1).max(5)', z.number().min(1).max(5), NUMBER_EDGES],
      ['int().min(1).max(5)', z.number().int().min(1).max(5), NUMBER_EDGES],
      ['int().min(0)', z.number().int().min(0), NUMBER_EDGES],
      ['min(0).max(100)', z.number().min(0).max(100), NUMBER_EDGES],
      ['gt(0).lt(100)', z.number().gt(0).lt(100), NUMBER_EDGES],
      ['gt(-1).lt(5), a custom error, abort', z.number().gt(-1, 'too small').lt(5, { abort: true }), NUMBER_EDGES],
      ['boolean', z.boolean(), [true, false, 0, 1, 'true', 'false', null, undefined, {}, []]],
      ['literal "1.0"', z.literal('1.0'), NAME_EDGES],
      ['literal 0', z.literal(0), NUMBER_EDGES],
      ['literal of several', z.literal(['Leadership', 1, true, null]), [...NAME_EDGES, ...NUMBER_EDGES]],
      ['enum', z.enum(['Communication', 'Critical Thinking']), NAME_EDGES],
      ['enum of the domains', z.enum(DURABLE_DOMAINS), NAME_EDGES],
      ['date-time with an offset (a pattern)', z.iso.datetime({ offset: true }), DATE_EDGES],
      ['date-time, local, to the second', z.iso.datetime({ local: true, precision: 0 }), DATE_EDGES],
      ['date', z.string().regex(/^\d{4}-\d{2}-\d{2}$/), DATE_EDGES],
    ];
    for (const [name, schema, values] of own) assert.equal(zodAsked(name, schema, values), 0, `${name}: asked zod`);
  });

  it('leaves to zod what it does not decide exactly, and agrees with zod there too', () => {
    const leftToZod: [string, z.ZodType, unknown[]][] = [
      ['multipleOf', z.number().multipleOf(0.5), NUMBER_EDGES],
      ['coerced number', z.coerce.number().min(1), NUMBER_EDGES],
      ['z.int() (a check itself)', z.int(), NUMBER_EDGES],
      ['refined number', z.number().refine((n) => n !== 3), NUMBER_EDGES],
      ['refined boolean', z.boolean().refine((b) => b), [true, false, 0]],
      ['numeric enum', z.enum(Numeric), [1, 2, 3, '1', 'One', 'Two', null]],
      ['enum with a custom error', z.enum(['a', 'b'], 'not a or b'), ['a', 'b', 'c', 'A', null]],
      ['url', z.url({ protocol: /^https?$/ }), ['https://example.org/a', 'ftp://example.org', 'not a url', 1, null]],
      ['url of any protocol', z.url(), ['https://example.org/a', 'ftp://example.org', 'not a url', 1, null]],
      [
        'url with a hostname rule',
        z.url({ protocol: /^https?$/, hostname: /^example\.org$/ }),
        ['https://example.org/a', 'https://example.com/a', 1],
      ],
      [
        'date-time with another check',
        z.iso.datetime({ offset: true }).refine((t) => t.startsWith('2026')),
        ['2026-05-15T11:22:18.285Z', '2025-05-15T11:22:18Z', ''],
      ],
    ];
    for (const [name, schema, values] of leftToZod) assert.ok(zodAsked(name, schema, values) > 0, `${name}: not asked zod`);
  });

  it('decides a plain http(s) URL itself, asks zod once per text about any other, and answers as zod does past the bound', () => {
    const url = z.url({ protocol: /^https?$/ });
    const texts = ['https://example.org/a', 'ftp://example.org', 'not a url', ' https://example.org/b ', 'HTTPS://example.org/c'];
    // Three times each: zod is asked about each text but the plain URL once, and about every value that is no text.
    assert.equal(zodAsked('url, each text three times', url, [...texts, ...texts, ...texts, 1, null, 1]), texts.length - 1 + 3);
    const many = Array.from({ length: 1100 }, (_, i) => (i % 3 ? `HTTPS://example.org/${i}` : `no url ${i}`));
    assert.ok(zodAsked('url, past the bound', url, [...many, ...many.slice(0, 50)]) > many.length);
  });

  it('never takes a URL for plain where zod finds an issue, over thousands of random texts', () => {
    const url = z.url({ protocol: /^https?$/ });
    const r = rng(7);
    const schemes = ['http://', 'https://', 'HTTP://', 'Https://', 'ftp://', 'http:/', 'https:', 'http:///', ' https://', 'https:\\\\', ''];
    const labels = ['example', 'org', 'a', 'x1', 'my-site', 'b2b', 'z'];
    const hostParts = [
      'example',
      'org',
      'a',
      'x1',
      '1',
      '0',
      '999',
      '0x1f',
      '-',
      '--',
      'xn--',
      'xn--abc',
      '.',
      '..',
      ':',
      ':80',
      ':99999',
      '@',
      'user:pw@',
      '[::1]',
      '%',
      '%41',
      ' ',
      '\t',
      'é',
      'EXAMPLE',
      '_',
      '~',
    ];
    const tails = [
      '',
      '/',
      '/a',
      '/a/b.html',
      '?q=1',
      '?q=a b',
      '#f',
      '#',
      '/%zz',
      '/%41',
      '/ a',
      '\\',
      '/é',
      "/!$&'()*+,;=:@",
      '/~x',
      '/[x]',
      '/"x"',
      '/<x>',
      '/|',
      '/^',
      '/`',
      '/{x}',
      '\n',
    ];
    let plain = 0;
    const seen = new Set<string>();
    for (let i = 0; i < 6000; i++) {
      // Mostly good labels and tails (so many texts are plain), with an odd part now and then.
      const label = () => (r() < 0.8 ? pick(r, labels) : pick(r, hostParts));
      const host = Array.from({ length: 1 + Math.floor(r() * 3) }, label).join(r() < 0.9 ? '.' : '');
      const tail = () => (r() < 0.7 ? pick(r, tails.slice(0, 7)) : pick(r, tails));
      const text = (r() < 0.8 ? pick(r, schemes.slice(0, 2)) : pick(r, schemes)) + host + tail() + (r() < 0.2 ? tail() : '');
      // A text seen before may have zod's verdict kept: only a first sight says whether zod was asked.
      if (seen.has(text)) continue;
      seen.add(text);
      const expected = url.safeParse(text).success;
      let asked = 0;
      const safeParse = url.safeParse;
      Object.assign(url, { safeParse: (value: unknown) => (asked++, safeParse.call(url, value)) });
      try {
        assert.equal(certainlyValid(url, text), expected, `${JSON.stringify(text)}: zod says ${expected}`);
      } finally {
        delete (url as { safeParse?: unknown }).safeParse;
      }
      if (asked === 0) {
        plain++;
        assert.ok(expected, `${JSON.stringify(text)} taken for plain; zod finds an issue`);
      }
    }
    // The test means something only if many texts took the plain path.
    assert.ok(plain > 500, `${plain} plain texts`);
  });

  it("agrees with zod on the framework's own numbers, true/false, literal and enum, without asking zod", () => {
    const { shape } = frameworkSchema;
    const occupation = shape.occupation.shape;
    const evidence = shape.evidencePack.unwrap().shape;
    const aei = evidence.aeiUsage.unwrap().shape;
    const leaves: [string, z.ZodType, unknown[], z.ZodType?][] = [
      ['schemaVersion', shape.schemaVersion, NAME_EDGES],
      ['occupation.jobZone', occupation.jobZone, NUMBER_EDGES, occupation.jobZone.unwrap()],
      ['occupation.jobZoneInferred', occupation.jobZoneInferred, LEAF_EDGES],
      ['evidencePack.aeiUsage.taskObservations', aei.taskObservations, NUMBER_EDGES],
      ['evidencePack.aeiUsage.augmentShare', aei.augmentShare, NUMBER_EDGES],
      ['evidencePack.aeiUsage.timeSaved', aei.timeSaved, NUMBER_EDGES],
      ['evidencePack.aeiUsage.aiAutonomy', aei.aiAutonomy, NUMBER_EDGES],
      ['evidencePack.safi.score', evidence.safi.unwrap().shape.score, NUMBER_EDGES],
      ['durableSkills[].domain', shape.durableSkills.unwrap().element.shape.domain, NAME_EDGES],
    ];
    for (const [name, schema, values, watched] of leaves) assert.equal(zodAsked(name, schema, values, watched), 0, `${name}: asked zod`);
  });
});
