import { strict as assert } from 'node:assert';
import { frameworkText, readFixture } from './util';
import { analyze, applyTextEdits, codesOf, fixAllText, statementCount } from './actionsUtil';
import { fixAll } from '../languageService/features/codeActions';
import { DisjointEdits } from '../languageService/features/codeActions/fixAll';
import { applyEdits, overlaps, type OffsetEdit } from '../languageService/features/codeActions/edits';
import { rng } from './fuzz/mutate';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Breaks a framework value in every way that has one safe fix: wrong separators, missing and unexpected
 * periods, a wrong level label, a SOC code without ".00", a misspelt citation key and O*NET name, a
 * misspelt property. Fix all must give back exactly the original.
 */
function breakFramework(v: Json): Json {
  const b = structuredClone(v);
  const core = b.framework.levels;
  core.emerging.statements[0] = core.emerging.statements[0].replace(' — ', ' - ');
  core.developing.statements[1] = core.developing.statements[1].replace(' — ', ' – ');
  core.proficient.statements[2] = core.proficient.statements[2].replace(' — ', '—').replace(/\.$/, '');
  core.advanced.statements[3] = core.advanced.statements[3].replace(/\.$/, '');
  core.advanced.label = 'advanced';
  b.occupation.soc = b.occupation.soc.replace('.00', '');
  if (b.aiFluency) {
    const item = b.aiFluency.levels.emerging[0];
    item.text = item.text.replace(' — ', ' -- ').replace(/\.$/, '');
    item.cites = item.cites.map((k: string) => (k === 'safi-2026' ? 'safi-2062' : k));
  }
  if (b.durableSkills) b.durableSkills[0].levels.emerging[0].text += '.';
  if (b.onetEnrichment?.skills) b.onetEnrichment.skills[0] = b.onetEnrichment.skills[0].replace('Critical', 'Critcal');
  const { sources, ...rest } = b;
  return { ...rest, sourcse: sources };
}

describe('fix all auto-fixable problems', () => {
  for (const [name, format] of [
    ['example-full-11-9179.00.framework.json', (v: Json) => JSON.stringify(v, null, 2) + '\n'],
    ['export-11-9179.00.json', (v: Json) => JSON.stringify(v)],
    ['export-43-9199.00.json', (v: Json) => JSON.stringify(v)],
  ] as const) {
    it(`restores ${name} exactly after every fixable kind of damage`, () => {
      const original = readFixture(name);
      const value = JSON.parse(original);
      const broken = format(breakFramework(value));
      const before = codesOf(broken);
      assert.ok(
        before.includes('statement-separator') &&
          before.includes('level-label') &&
          before.includes('soc-format') &&
          before.includes('unknown-key'),
      );
      const fixed = fixAllText(broken);
      assert.equal(statementCount(fixed), statementCount(original));
      // "sources" was moved to the end by breakFramework; the fix renames it where it stands.
      const { sources, ...rest } = value;
      assert.equal(fixed, format({ ...rest, sources }));
      assert.deepEqual(codesOf(fixed), codesOf(original));
    });

    it(`leaves ${name} untouched when it has nothing to fix`, () => {
      const original = readFixture(name);
      const { service, doc } = analyze(original);
      assert.deepEqual(service.computeFixAllEdits(doc), []);
    });
  }

  it('gives exact text: separator and period of one statement together, comments and trailing commas removed', () => {
    const good = frameworkText();
    const bad = good
      .replace('Emerging headline one — body of emerging statement one.', 'Emerging headline one - body of emerging statement one')
      .replace('{\n  "schemaVersion"', '{\n  // draft\n  "schemaVersion"')
      .replace('"generator": "LER.me"', '"generator": "LER.me",');
    assert.deepEqual(codesOf(bad).sort(), ['json-comment', 'json-trailing-comma', 'statement-final-period', 'statement-separator']);
    assert.equal(fixAllText(bad), good);
  });

  it('repeats until stable: fills an emptied level in two passes', () => {
    const good = frameworkText({ framework: { levels: { developing: { label: 'Developing', statements: [] } } } });
    const bad = good.replace(/"developing": \{[^}]*\}/, '"developing": {}');
    assert.deepEqual(codesOf(bad), ['missing-property', 'missing-property']);
    const fixed = fixAllText(bad);
    assert.equal(fixed, good);
    assert.deepEqual(codesOf(fixed), []);
  });

  it('applies only single safe choices: not a citation definition, not a placeholder that is itself invalid', () => {
    const bad = frameworkText({
      occupation: { group: undefined },
      aiFluency: { levels: { emerging: [{ text: 'AI drafting — uses AI tools.', cites: ['nobody-knows-this'] }] } },
    });
    assert.equal(fixAllText(bad), bad);
    assert.deepEqual(codesOf(bad), ['missing-property', 'unknown-citation']);
  });

  it('is offered as the source.fixAll action, with every finding it covers', () => {
    const bad = frameworkText({ framework: { levels: { emerging: { label: 'emerging' } } }, occupation: { soc: '11-9179' } });
    const { service, doc } = analyze(bad);
    const actions = service.provideCodeActions(doc, { diagnostics: [], only: ['source.fixAll'] });
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.diagnostics?.map((d) => d.code)]),
      [['Fix all auto-fixable problems', 'source.fixAll', ['soc-format', 'level-label']]],
    );
    assert.deepEqual(service.provideCodeActions(doc, { diagnostics: [], only: ['quickfix'] }), []);
  });

  it('every quick fix of every finding of every damaged fixture re-parses, keeps every statement and removes its finding', () => {
    let checked = 0;
    for (const [name, format] of [
      ['example-full-11-9179.00.framework.json', (v: Json) => JSON.stringify(v, null, 2)],
      ['export-11-9179.00.json', (v: Json) => JSON.stringify(v)],
    ] as const) {
      const broken = format(breakFramework(JSON.parse(readFixture(name))))
        .replace('"schemaVersion"', '/* c */ "schemaVersion"')
        .replace('"group":', '"group": "x", "group":');
      const { service, doc, diagnostics } = analyze(broken);
      const statements = statementCount(broken);
      for (const d of diagnostics) {
        const actions = service.provideCodeActions(doc, { diagnostics: [d], only: ['quickfix'] });
        for (const action of actions.filter((a) => a.title !== 'Fix all auto-fixable problems')) {
          const result = applyTextEdits(broken, action.edit!.changes![doc.uri]);
          const what = `${name}: ${d.code} → ${action.title}`;
          assert.ok(!codesOf(result).includes('json-syntax'), what);
          assert.equal(statementCount(result), statements, what);
          const count = (t: string) => codesOf(t).filter((c) => c === d.code).length;
          assert.equal(count(result), count(broken) - 1, what);
          checked++;
        }
      }
    }
    assert.ok(checked >= 20, `only ${checked} fixes checked`);
  });

  it('keeps only the harmless fixes of a pass when one of them would break the text', () => {
    const text = frameworkText({
      framework: { levels: { emerging: { label: 'Emerging', statements: ['One - first.', 'Two - second.'] } } },
    });
    const { doc, diagnostics } = analyze(text);
    // An analysis that calls any text with "One — " broken stands in for a fix gone wrong.
    const strict = (t: string) => {
      const a = analyze(t);
      const fake = t.includes('One — ') ? [{ ...a.diagnostics[0], code: 'json-syntax' }] : [];
      return { doc: a.doc, diagnostics: [...a.diagnostics, ...fake] };
    };
    const result = fixAll(doc, diagnostics, strict);
    assert.equal(result.text, text.replace('Two - second.', 'Two — second.'));
    assert.equal(result.applied, 1);
  });

  it('sits beside a finding’s own safe fix in the light bulb when the file has more than one', () => {
    const bad = frameworkText({ framework: { levels: { emerging: { label: 'emerging' } } }, occupation: { soc: '11-9179' } });
    const { service, doc, diagnostics } = analyze(bad);
    const soc = diagnostics.find((d) => d.code === 'soc-format')!;
    const actions = service.provideCodeActions(doc, { diagnostics: [soc] });
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, !!a.isPreferred]),
      [
        ['Write the SOC code as "11-9179.00"', 'quickfix', true],
        ['Fix all auto-fixable problems', 'quickfix', false],
      ],
    );
    assert.equal(
      applyTextEdits(bad, actions[1].edit!.changes![doc.uri]),
      bad.replace('"11-9179"', '"11-9179.00"').replace('"label": "emerging"', '"label": "Emerging"'),
    );
    const single = frameworkText({ occupation: { soc: '11-9179' } });
    const one = analyze(single);
    assert.deepEqual(
      one.service.provideCodeActions(one.doc, { diagnostics: one.diagnostics }).map((a) => a.title),
      ['Write the SOC code as "11-9179.00"'],
    );
  });
});

describe('edit helpers behind fix all', () => {
  const naiveApply = (text: string, edits: OffsetEdit[]) => {
    // Splicing from the end, the later of two insertions at one offset first: the plain way.
    const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.e.end - a.e.end || a.i - b.i);
    let out = text;
    for (const { e } of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    return out;
  };
  const randomEdits = (r: () => number, length: number, count: number): OffsetEdit[] => {
    const out: OffsetEdit[] = [];
    for (let i = 0; i < count; i++) {
      const start = Math.floor(r() * length);
      const end = r() < 0.3 ? start : Math.min(length, start + Math.floor(r() * 6));
      out.push({ start, end, newText: r() < 0.5 ? '' : `<${i}>` });
    }
    return out;
  };

  it('applies non-overlapping edits as splicing them one by one does, insertions at one offset included', () => {
    const r = rng(11);
    const text = 'The quick brown fox jumps over the lazy dog. '.repeat(4);
    for (let n = 0; n < 500; n++) {
      const taken = new DisjointEdits();
      const edits = randomEdits(r, text.length, 1 + Math.floor(r() * 12)).filter((e) => !taken.overlapsAny(e) && (taken.add(e), true));
      // Two insertions at one offset count as overlapping for fix all; apply such pairs here too.
      if (n % 5 === 0 && edits.length) edits.push({ start: edits[0].start, end: edits[0].start, newText: '[again]' });
      assert.equal(applyEdits(text, edits), naiveApply(text, edits), JSON.stringify(edits));
    }
    assert.equal(
      applyEdits('abc', [
        { start: 1, end: 1, newText: 'x' },
        { start: 1, end: 1, newText: 'y' },
      ]),
      'ayxbc',
    );
  });

  it('finds an overlap with the edits taken exactly when comparing with each of them does', () => {
    const r = rng(12);
    for (let n = 0; n < 300; n++) {
      const taken = new DisjointEdits();
      const plain: OffsetEdit[] = [];
      for (const e of randomEdits(r, 80, 40)) {
        const expected = plain.some((t) => overlaps(t, e));
        assert.equal(taken.overlapsAny(e), expected, `${JSON.stringify(e)} against ${JSON.stringify(plain)}`);
        if (!expected) {
          taken.add(e);
          plain.push(e);
        }
      }
    }
  });

  it('offers "Fix all" beside a quick fix by the number of safe fixes in the file, counted once per version', () => {
    const text = frameworkText({ framework: { levels: { emerging: { statements: ['One - body.', 'Two - body.'] } } } });
    const { service, doc, diagnostics } = analyze(text);
    const separators = diagnostics.filter((d) => d.code === 'statement-separator');
    assert.equal(separators.length, 2);
    for (const d of separators) {
      assert.deepEqual(
        service.provideCodeActions(doc, { diagnostics: [d], only: ['quickfix'] }).map((a) => a.title),
        ['Use " — " (space, em dash, space) between headline and body', 'Fix all auto-fixable problems'],
      );
    }
    const one = analyze(frameworkText({ framework: { levels: { emerging: { statements: ['One - body.', 'Two — body.'] } } } }));
    const only = one.diagnostics.find((d) => d.code === 'statement-separator')!;
    assert.deepEqual(
      one.service.provideCodeActions(one.doc, { diagnostics: [only], only: ['quickfix'] }).map((a) => a.title),
      ['Use " — " (space, em dash, space) between headline and body'],
    );
  });
});
