import { strict as assert } from 'node:assert';
import { frameworkText } from './util';
import { analyze, codesOf, quickFixes, statementCount } from './actionsUtil';
import { fixesFor } from '../languageService/features/codeActions';
import type { FrameworkDocument } from '../languageService/model';

const withEmerging = (...statements: string[]) => frameworkText({ framework: { levels: { emerging: { label: 'Emerging', statements } } } });
const aiEmerging = (...items: { text: string; cites: string[] }[]) => frameworkText({ aiFluency: { levels: { emerging: items } } });

/** Asserts the single fix of a finding: its title, that it is preferred, its result, and that the finding is gone. */
function assertOnlyFix(text: string, code: string, title: string, expected: string): void {
  const fixes = quickFixes(text, code);
  assert.deepEqual(
    fixes.map((f) => [f.title, f.preferred]),
    [[title, true]],
  );
  assert.equal(fixes[0].result, expected);
  const count = (t: string) => codesOf(t).filter((c) => c === code).length;
  assert.equal(count(fixes[0].result), count(text) - 1, `${code} still reported after the fix`);
  assert.equal(statementCount(fixes[0].result), statementCount(text));
}

describe('quick fixes', () => {
  it('replaces a wrong separator with " — ", touching only the separator', () => {
    const text = withEmerging('Budget drafts - compile under guidance.', 'Board letters – draft letters.');
    const fixes = quickFixes(text, 'statement-separator');
    assert.deepEqual(fixes[0].edits, [{ range: { start: { line: 19, character: 24 }, end: { line: 19, character: 27 } }, newText: ' — ' }]);
    assertOnlyFix(text, 'statement-separator', 'Use " — " (space, em dash, space) between headline and body', text.replace(' - ', ' — '));
    assertOnlyFix(
      text.replace(' - ', ' — '),
      'statement-separator',
      'Use " — " (space, em dash, space) between headline and body',
      text.replace(' - ', ' — ').replace(' – ', ' — '),
    );
  });

  it('fixes a badly spaced em dash through JSON escapes', () => {
    const text = withEmerging('Qu\u00f6ted \\ letters\u2014draft letters.').replace('Qu\u00f6ted', 'Qu\\u00f6ted');
    assertOnlyFix(
      text,
      'statement-separator',
      'Use " — " (space, em dash, space) between headline and body',
      text.replace('letters\u2014draft', 'letters \u2014 draft'),
    );
  });

  it('adds the missing final period before trailing spaces, and removes a durable statement’s period', () => {
    const text = aiEmerging({ text: 'AI drafting — uses AI tools  ', cites: [] });
    assertOnlyFix(text, 'statement-final-period', 'Add the final period', text.replace('AI tools  ', 'AI tools.  '));
    const durable = frameworkText({
      durableSkills: [{ domain: 'Communication', levels: { emerging: [{ text: 'Briefing — presents updates.', cites: [] }] } }],
    });
    assertOnlyFix(durable, 'statement-unexpected-period', 'Remove the final period', durable.replace('updates.', 'updates'));
  });

  it('corrects a level label, a SOC code and schemaVersion', () => {
    const label = frameworkText({ framework: { levels: { emerging: { label: 'Emergent' } } } });
    assertOnlyFix(label, 'level-label', 'Change the label to "Emerging"', label.replace('"Emergent"', '"Emerging"'));
    const soc = frameworkText({ occupation: { soc: '11-9179' } });
    assertOnlyFix(soc, 'soc-format', 'Write the SOC code as "11-9179.00"', soc.replace('"11-9179"', '"11-9179.00"'));
    const version = frameworkText({ schemaVersion: '1' });
    assertOnlyFix(version, 'invalid-value', 'Change to "1.0"', version.replace('"1"', '"1.0"'));
  });

  it('offers each closest known value for an unknown key, O*NET name or citation key', () => {
    const key = frameworkText({ occupation: { title: undefined, titel: 'Personal Service Managers' } });
    assertOnlyFix(key, 'unknown-key', 'Rename the property to "title"', key.replace('"titel"', '"title"'));
    const onet = frameworkText({ onetEnrichment: { skills: ['Critcal Thinking'] } });
    assertOnlyFix(onet, 'unknown-onet-name', 'Change to "Critical Thinking"', onet.replace('Critcal', 'Critical'));
    const level = frameworkText({ framework: { levels: { emerging: undefined, emerging2: { label: 'Emerging', statements: [] } } } });
    const levelFixes = quickFixes(level, 'unknown-level');
    assert.deepEqual(
      levelFixes.map((f) => [f.title, f.preferred]),
      [['Rename the level to "emerging"', true]],
    );
    assert.deepEqual(codesOf(levelFixes[0].result), []);

    const two = frameworkText({
      durableSkills: [{ domain: 'Character', levels: { emerging: [{ text: 'Grit — keeps going', cites: ['wef-2020'] }] } }],
    });
    const fixes = quickFixes(two, 'unknown-citation');
    assert.deepEqual(
      fixes.map((f) => [f.title, f.preferred]),
      [
        ['Change to "wef-2021"', true],
        ['Define "wef-2020" in "citations"', false],
      ],
    );
  });

  it('defines an undefined citation key in "citations", creating it with fields that pass the schema', () => {
    const text = aiEmerging({ text: 'AI drafting — uses AI tools.', cites: ['local-study'] });
    const [define] = quickFixes(text, 'unknown-citation');
    assert.equal(define.title, 'Define "local-study" in "citations"');
    assert.equal(define.preferred, false);
    assert.equal(
      define.result,
      text.replace(
        /\n}$/,
        ',\n  "citations": {\n    "local-study": {\n      "label": "local-study",\n      "title": "TODO: title"\n    }\n  }\n}',
      ),
    );
    assert.deepEqual(codesOf(define.result), []);

    const existing = frameworkText({
      citations: { 'my-source': { label: 'Mine', title: 'My source' } },
      aiFluency: { levels: { emerging: [{ text: 'A — b.', cites: ['x-1'] }] } },
    });
    const defineInto = quickFixes(existing, 'unknown-citation').find((f) => f.title === 'Define "x-1" in "citations"');
    assert.equal(
      defineInto!.result,
      existing.replace(
        '"title": "My source"\n    }',
        '"title": "My source"\n    },\n    "x-1": {\n      "label": "x-1",\n      "title": "TODO: title"\n    }',
      ),
    );
    assert.deepEqual(codesOf(defineInto!.result), []);
  });

  it('inserts a missing property with a placeholder, indented like the file', () => {
    const label = frameworkText({ framework: { levels: { developing: { label: undefined } } } });
    assertOnlyFix(
      label,
      'missing-property',
      'Add the missing property "label"',
      label.replace(/("developing": \{\n\s+"statements": \[[^\]]*\])/, '$1,\n        "label": "Developing"'),
    );

    const group = frameworkText({ occupation: { group: undefined } });
    const [fix] = quickFixes(group, 'missing-property');
    assert.deepEqual([fix.title, fix.preferred], ['Add the missing property "group"', false]); // "" is not a valid group
    assert.equal(fix.result, group.replace('"jobZoneInferred": true', '"jobZoneInferred": true,\n    "group": ""'));

    const tabs = JSON.stringify(JSON.parse(frameworkText({ framework: { levels: undefined } })), null, '\t');
    const [levels] = quickFixes(tabs, 'missing-property');
    assert.equal(levels.preferred, true);
    assert.ok(
      levels.result.includes('\t\t"levels": {\n\t\t\t"emerging": {\n\t\t\t\t"label": "Emerging",\n\t\t\t\t"statements": []\n\t\t\t},'),
    );
    assert.deepEqual(codesOf(levels.result), []);

    const minified = JSON.stringify(JSON.parse(frameworkText({ occupation: { jobZoneInferred: undefined } })));
    const [inline] = quickFixes(minified, 'missing-property');
    assert.equal(inline.result, minified.replace('"jobZone":4', '"jobZone":4,"jobZoneInferred":false'));
  });

  it('removes comments and trailing commas', () => {
    const base = frameworkText();
    const commented = base
      .replace('{\n  "schemaVersion"', '{\n  // exported from NSX\n  "schemaVersion"')
      .replace('"jobZone": 4,', '"jobZone": 4, /* checked */');
    assertOnlyFix(commented.replace(' /* checked */', ''), 'json-comment', 'Remove the comment', base);
    const second = quickFixes(commented, 'json-comment', 2);
    assert.equal(second[0].result, commented.replace(' /* checked */', ''));
    const inline = base.replace('"jobZone": 4,', '"jobZone": 4/* z */,');
    assertOnlyFix(inline, 'json-comment', 'Remove the comment', base);
    // A comment is all that separates two tokens of broken JSON: they stay apart.
    const between = quickFixes('{"schemaVersion": "1.0", "framework": [1/*c*/2]}', 'json-comment', 1, 'file:///w/x.framework.json');
    assert.equal(between[0].result, '{"schemaVersion": "1.0", "framework": [1 2]}');
    const trailing = base.replace('"generator": "LER.me"', '"generator": "LER.me",');
    assertOnlyFix(trailing, 'json-trailing-comma', 'Remove the trailing comma', base);
  });

  it('removes the earlier of two duplicate keys only when that is safe', () => {
    const base = frameworkText();
    const same = base.replace('"group": "Management",', '"group": "Management",\n    "group": "Management",');
    assertOnlyFix(same, 'duplicate-key', 'Remove the repeated "group" (same value)', base);
    const differs = base.replace('"group": "Management",', '"group": "Managers",\n    "group": "Management",');
    assert.deepEqual(
      quickFixes(differs, 'duplicate-key').map((f) => [f.title, f.preferred, f.result === base]),
      [['Remove the earlier "group" (it does not count)', false, true]],
    );
    // A repeated list of statements: removing either would drop statements.
    const lists = base.replace(
      '"levels": {\n      "emerging": {',
      '"levels": {\n      "emerging": { "label": "Emerging", "statements": ["Other — text."] },\n      "emerging": {',
    );
    assert.deepEqual(quickFixes(lists, 'duplicate-key'), []);
  });

  it('thousands of repeated keys: each finding gets its fix (fuzz case)', () => {
    // 4,000 repeats of one key made 4,000 findings whose fixes each scanned every property: seconds of CPU.
    // The time is measured by `npm run bench -- --only H` (H7), not here.
    const base = frameworkText();
    const text = base.replace('"group": "Management",', '"group": "Management",\n' + '    "group": "Management",\n'.repeat(4000));
    const { doc, diagnostics } = analyze(text);
    const repeats = diagnostics.filter((d) => d.code === 'duplicate-key');
    assert.equal(repeats.length, 4000);
    const fixes = repeats.map((d) => fixesFor(doc, d));
    assert.deepEqual(
      fixes[3999].map((f) => f.title),
      ['Remove the repeated "group" (same value)'],
    );
    assert.equal(fixes.filter((f) => f.length === 1).length, 4000);
  });

  it('offers nothing for a stale diagnostic whose text has moved on', () => {
    const text = withEmerging('Budget drafts - compile under guidance.');
    const { diagnostics } = analyze(text);
    const stale = diagnostics.find((d) => d.code === 'statement-separator')!;
    const edited = withEmerging('Budget drafts — compile under guidance.', 'Other - x.');
    const { service, doc } = analyze(edited.replace('"Budget drafts — compile under guidance.",\n', ''));
    assert.deepEqual(service.provideCodeActions(doc, { diagnostics: [stale], only: ['quickfix'] }), []);
  });

  it('ignores findings of other sources', () => {
    const text = withEmerging('Budget drafts - compile under guidance.');
    const { service, doc, diagnostics } = analyze(text);
    const foreign = { ...diagnostics[0], source: 'json' };
    assert.deepEqual(service.provideCodeActions(doc, { diagnostics: [foreign] }), []);
  });

  it('retypes a plain value written with the wrong type', () => {
    const text = frameworkText({ occupation: { sector: 92 as unknown as string } });
    assertOnlyFix(text, 'wrong-type', 'Change to "92"', text.replace('"sector": 92', '"sector": "92"'));
    const zone = frameworkText({ occupation: { jobZone: '4' as unknown as number } });
    assertOnlyFix(zone, 'wrong-type', 'Change to 4', zone.replace('"jobZone": "4"', '"jobZone": 4'));
    assert.deepEqual(quickFixes(frameworkText({ occupation: { jobZone: 'four' as unknown as number } }), 'wrong-type'), []);
  });

  it('offers, without preferring, the Job Zone reconciliations', () => {
    const inferred = frameworkText({
      occupation: { jobZone: null, jobZoneInferred: true },
      framework: { contextCovered: 'Management practice.' },
    });
    const [flag] = quickFixes(inferred, 'job-zone-inferred-without-zone');
    assert.deepEqual([flag.title, flag.preferred], ['Set jobZoneInferred to false', false]);
    assert.equal(flag.result, inferred.replace('"jobZoneInferred": true', '"jobZoneInferred": false'));
    assert.deepEqual(codesOf(flag.result), []);

    const context = frameworkText({ occupation: { jobZone: 3 } });
    const [say] = quickFixes(context, 'context-job-zone');
    assert.deepEqual([say.title, say.preferred], ['Say "Job Zone 3" (the occupation\'s Job Zone)', false]);
    assert.equal(say.result, context.replace('within Job Zone 4', 'within Job Zone 3'));
  });

  it('edits inside the value, never around it, in a document of another format', () => {
    const text = frameworkText({
      framework: { levels: { emerging: { label: 'Emergent' } } },
      aiFluency: { levels: { emerging: [{ text: 'A — b.', cites: ['zzz-unknown'] }] } },
    });
    const { service, doc, diagnostics } = analyze(text);
    // The same document as if it were Markdown: every other field and method its own.
    const markdown: FrameworkDocument = Object.assign(Object.create(doc) as FrameworkDocument, { format: 'markdown', memo: new Map() });
    const label = diagnostics.find((d) => d.code === 'level-label')!;
    const [fix] = service.provideCodeActions(markdown, { diagnostics: [label], only: ['quickfix'] });
    const start = text.indexOf('Emergent');
    const at = (o: number) => doc.textDocument.positionAt(o);
    assert.deepEqual(fix.edit!.changes![doc.uri], [
      { range: { start: at(start), end: at(start + 'Emergent'.length) }, newText: 'Emerging' },
    ]);
    // Inserting JSON text is for JSON documents only.
    const cite = diagnostics.find((d) => d.code === 'unknown-citation')!;
    assert.deepEqual(service.provideCodeActions(markdown, { diagnostics: [cite], only: ['quickfix'] }), []);
  });
});
