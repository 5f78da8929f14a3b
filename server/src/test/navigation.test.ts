import { strict as assert } from 'node:assert';
import type { Location } from 'vscode-languageserver-types';
import { cursor, frameworkText, span } from './util';
import { analyze, applyTextEdits, codesOf, URI } from './actionsUtil';

/** A framework citing `local-study` (defined in the file) twice and `safi-2026` (built in) once. */
const TEXT = frameworkText({
  citations: { 'local-study': { label: 'Local study', title: 'A local study of service managers' } },
  aiFluency: {
    levels: {
      emerging: [{ text: 'AI drafting — uses AI tools.', cites: ['local-study', 'safi-2026'] }],
      developing: [{ text: 'AI review — checks AI output.', cites: ['local-study'] }],
    },
  },
});

/** Runs `request` with the cursor at the `occurrence`-th `needle` (plus `into` characters). */
function at<T>(
  needle: string,
  request: (a: ReturnType<typeof analyze>, position: { line: number; character: number }) => T,
  occurrence = 1,
  into = 2,
): T {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) offset = TEXT.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`${needle} not found`);
  const a = analyze(TEXT);
  return request(a, a.doc.textDocument.positionAt(offset + into));
}

/** Locations as `uri L:C-L:C` (1-based), like `span`. */
const show = (locations: Location[]) =>
  locations.map(
    (l) =>
      `${l.uri === URI ? '' : l.uri + ' '}${l.range.start.line + 1}:${l.range.start.character + 1}-${l.range.end.line + 1}:${l.range.end.character + 1}`,
  );

describe('navigation: citation keys', () => {
  it('goes from a use to the definition in "citations", also from the second key of a list', () => {
    const def = span(TEXT, '"local-study"', { after: '"citations"' });
    assert.deepEqual(
      at('"local-study"', (a, p) => show(a.service.provideDefinition(a.doc, p)), 2),
      [def],
    );
    assert.deepEqual(
      at('"local-study"', (a, p) => show(a.service.provideDefinition(a.doc, p)), 3, 0),
      [def],
    );
  });

  it('goes from a built-in key to its read-only view, whose Markdown reads as the citation', () => {
    assert.deepEqual(
      at('"safi-2026"', (a, p) => show(a.service.provideDefinition(a.doc, p))),
      ['nsx-citation:/safi-2026.md 1:1-1:1'],
    );
    const view = analyze(TEXT).service.builtinCitationDocument('safi-2026')!;
    assert.ok(view.startsWith('# Jadhav & Danve, 2026\n\nSkill Automation Feasibility Index — Jadhav & Danve, 2026 (arXiv:2604.06906)\n'));
    assert.ok(view.includes('- URL: <https://arxiv.org/abs/2604.06906>'));
    assert.ok(view.includes('"safi-2026": {\n      "label": "Jadhav & Danve, 2026",'));
    assert.equal(analyze(TEXT).service.builtinCitationDocument('nope'), undefined);
  });

  it('goes nowhere from text that is not a citation key, or from an undefined key', () => {
    assert.deepEqual(
      at('AI drafting', (a, p) => a.service.provideDefinition(a.doc, p)),
      [],
    );
    const text = frameworkText({ aiFluency: { levels: { emerging: [{ text: 'A — b.', cites: ['ghost'] }] } } });
    const a = analyze(text);
    assert.deepEqual(a.service.provideDefinition(a.doc, a.doc.textDocument.positionAt(text.indexOf('ghost'))), []);
  });

  it('finds every use and the definition, from a use or from the definition', () => {
    const all = [
      span(TEXT, '"local-study"', { after: '"citations"' }),
      span(TEXT, '"local-study"', { after: 'AI drafting' }),
      span(TEXT, '"local-study"', { after: 'AI review' }),
    ];
    assert.deepEqual(
      at('"local-study"', (a, p) => show(a.service.findReferences(a.doc, p, true)), 2),
      all,
    );
    assert.deepEqual(
      at('"local-study"', (a, p) => show(a.service.findReferences(a.doc, p, true)), 1),
      all,
    );
    assert.deepEqual(
      at('"local-study"', (a, p) => show(a.service.findReferences(a.doc, p, false)), 1),
      all.slice(1),
    );
    assert.deepEqual(
      at('"safi-2026"', (a, p) => show(a.service.findReferences(a.doc, p, true))),
      [span(TEXT, '"safi-2026"')],
    );
  });

  it('renames a file-defined key at its definition and every use, and nothing else', () => {
    const prepared = at('"local-study"', (a, p) => a.service.prepareRename(a.doc, p), 2);
    assert.deepEqual(prepared && 'range' in prepared && [show([{ uri: URI, range: prepared.range }]), prepared.placeholder], [
      [span(TEXT, 'local-study', { after: 'AI drafting' })],
      'local-study',
    ]);
    const result = at('"local-study"', (a, p) => a.service.rename(a.doc, p, 'field-survey.2026'), 3);
    assert.ok(result && 'edit' in result);
    const renamed = applyTextEdits(TEXT, result.edit.changes![URI]);
    assert.equal(renamed, TEXT.replaceAll('"local-study"', '"field-survey.2026"'));
    assert.deepEqual(codesOf(renamed), []);
  });

  it('refuses to rename a built-in key, an invalid or taken new key, and anything that is not a key', () => {
    assert.deepEqual(
      at('"safi-2026"', (a, p) => a.service.prepareRename(a.doc, p)),
      {
        error: '"safi-2026" is a built-in citation: define it in "citations" to rename it in this file',
      },
    );
    assert.deepEqual(
      at('"local-study"', (a, p) => a.service.rename(a.doc, p, 'Local Study')),
      {
        error: '"Local Study" is not a citation key: use lowercase letters, digits, dots and hyphens, starting with a letter or digit',
      },
    );
    assert.deepEqual(
      at('"local-study"', (a, p) => a.service.rename(a.doc, p, 'wef-2021')),
      {
        error: '"wef-2021" is a built-in citation; choose another key',
      },
    );
    assert.equal(
      at('AI review', (a, p) => a.service.prepareRename(a.doc, p)),
      undefined,
    );
  });

  it('works with a cursor marker inside an odd-spaced, minified list', () => {
    const { text, offset } = cursor(
      JSON.stringify(JSON.parse(TEXT)).replace('["local-study","safi-2026"]', '[ "safi-2026" ,   "local-st|udy"  ]'),
    );
    const a = analyze(text);
    const refs = a.service.findReferences(a.doc, a.doc.textDocument.positionAt(offset), true);
    assert.equal(refs.length, 3);
    assert.deepEqual(show(a.service.provideDefinition(a.doc, a.doc.textDocument.positionAt(offset))), [span(text, '"local-study"')]);
  });
});
