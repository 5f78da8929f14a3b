/**
 * The CASE round trip on generated frameworks: seeded variants of the full example (statements of odd text, lists
 * of every length, extra properties anywhere, keys in any order, sections dropped or repeated) and seeded
 * mutations of the fixtures' text (the fuzzer's). Each export validates against the official schema and imports
 * back to the same JSON value, key order included.
 */
import { strict as assert } from 'node:assert';
import { toCasePackage } from '../languageService/export/case';
import { importCasePackage } from '../languageService/export/caseImport';
import { mutate, ODD, rng, type Random } from './fuzz/mutate';
import { caseSchemaErrors } from './exportUtil';
import { readFixture } from './util';

type Json = Record<string, unknown>;
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)];
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sets `key` as an own property, even `__proto__`. */
function setKey(obj: Json, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function text(r: Random): string {
  const parts = [
    'Headline',
    ' — ',
    'body',
    ' ',
    'é',
    '"quoted"',
    '\n',
    ...ODD.filter((s) => !s.includes('\ud800') && !s.includes('\udc00')),
  ];
  let s = '';
  const n = Math.floor(r() * 8);
  for (let i = 0; i < n; i++) s += pick(r, parts);
  return s;
}

function json(r: Random, depth = 0): unknown {
  const kind = Math.floor(r() * (depth > 2 ? 4 : 6));
  if (kind === 0) return text(r);
  if (kind === 1) return Math.round(r() * 1e6) / 100;
  if (kind === 2) return pick(r, [true, false, null]);
  if (kind === 3) return '';
  if (kind === 4) return Array.from({ length: Math.floor(r() * 3) }, () => json(r, depth + 1));
  const obj: Json = {};
  for (let i = Math.floor(r() * 3); i > 0; i--)
    setKey(obj, pick(r, ['x', '0', '__proto__', 'constructor', 'text', 'cites', 'é']), json(r, depth + 1));
  return obj;
}

/** Every object and array of `value`, parents first. */
function containers(value: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(value) || isObject(value)) {
    out.push(value);
    for (const v of Object.values(value)) containers(v, out);
  }
  return out;
}

function variant(seed: number): unknown {
  const r = rng(seed);
  const value = JSON.parse(readFixture('example-full-11-9179.00.framework.json'));
  const statements = (list: unknown[]) => {
    list.length = Math.floor(r() * 6);
    for (let i = 0; i < list.length; i++) list[i] = text(r);
  };
  for (const level of Object.values(value.framework.levels) as Json[]) if (r() < 0.5) statements(level.statements as unknown[]);
  for (const list of Object.values(value.aiFluency.levels) as Json[][]) {
    for (const entry of list) if (r() < 0.3) entry.text = text(r);
    if (r() < 0.2) list.push({ cites: [pick(r, ['safi-2026', 'nope', 'onet-30.2'])], text: text(r), extra: json(r) });
  }
  if (r() < 0.3) value.durableSkills.push(JSON.parse(JSON.stringify(value.durableSkills[0])));
  if (r() < 0.2) value.durableSkills.reverse();
  for (const key of ['aiFluency', 'durableSkills', 'evidencePack', 'onetEnrichment', 'citations']) if (r() < 0.15) delete value[key];
  if (r() < 0.2) value.occupation.soc = pick(r, ['43-9199.00', '15-1252.01', '', 'not a code']);
  if (r() < 0.1) value.exportedAt = pick(r, ['2026-02-30T00:00:00Z', '2026-05-15T12:00:00+02:00', 'yesterday']);
  const all = containers(value);
  for (let n = Math.floor(r() * 5); n > 0; n--) {
    const target = pick(r, all);
    if (isObject(target)) setKey(target, pick(r, ['extra', '__proto__', '0', 'note', 'levels']) + (r() < 0.5 ? '' : 'X'), json(r));
  }
  // Key order is part of the value the round trip keeps: rebuild some objects with their keys shuffled.
  const shuffle = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(shuffle);
    if (!isObject(v)) return v;
    const entries = Object.entries(v);
    if (r() < 0.3) entries.sort(() => r() - 0.5);
    const out: Json = {};
    for (const [k, x] of entries) setKey(out, k, shuffle(x));
    return out;
  };
  return shuffle(value);
}

function assertRoundTrip(value: unknown, label: string): void {
  const pkg = toCasePackage(value);
  assert.deepEqual(caseSchemaErrors(pkg), [], `${label}: schema`);
  const back = importCasePackage(JSON.stringify(pkg));
  assert.ok('value' in back, `${label}: ${JSON.stringify(back)}`);
  assert.equal(JSON.stringify(back.value), JSON.stringify(value), `${label}: round trip`);
}

describe('CASE export: lossless round trip on generated frameworks', () => {
  it('keeps 100 seeded variants of the full example, schema-valid', function () {
    this.timeout(120_000); // a few hundred exports and validations of packages of a few hundred items
    for (let seed = 1; seed <= 100; seed++) assertRoundTrip(variant(seed), `variant ${seed}`);
  });

  it('keeps every JSON value the fuzzer makes of the fixtures (200 seeded mutations that still parse)', function () {
    this.timeout(120_000);
    const fixtures = ['example-full-11-9179.00.framework.json', 'export-11-9179.00.json', 'export-43-9199.00.json'].map(readFixture);
    let parsed = 0;
    for (let seed = 1; parsed < 200 && seed < 5000; seed++) {
      const r = rng(seed);
      let value: unknown;
      try {
        value = JSON.parse(mutate(pick(r, fixtures), r));
      } catch {
        continue;
      }
      parsed++;
      assertRoundTrip(value, `mutation ${seed}`);
    }
    assert.equal(parsed, 200);
  });
});
