import { strict as assert } from 'node:assert';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { frameworkText, readFixture, span } from './util';
import { analyze } from './actionsUtil';

const symbolsOf = (text: string) => {
  const a = analyze(text);
  return a.service.provideDocumentSymbols(a.doc);
};
const names = (symbols: DocumentSymbol[] | undefined) => (symbols ?? []).map((s) => s.name);
const child = (s: DocumentSymbol | undefined, name: string) => s?.children?.find((c) => c.name === name);
const show = (r: Range) => `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const within = (inner: Range, outer: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

describe('document symbols', () => {
  const full = readFixture('example-full-11-9179.00.framework.json');
  const symbols = symbolsOf(full);
  const top = (name: string) => symbols.find((s) => s.name === name);

  it('outlines every section of the full example, in document order', () => {
    assert.deepEqual(names(symbols), [
      'Schema version',
      'Exported at',
      'Occupation',
      'Framework',
      'AI fluency',
      'Evidence pack',
      'Durable skills',
      'O*NET enrichment',
      'Citations',
      'Sources',
      'Attribution',
    ]);
    assert.equal(top('Occupation')!.detail, '11-9179.00 Personal Service Managers, All Other');
  });

  it('names level statements by their headline, with the body as detail', () => {
    const framework = top('Framework')!;
    assert.deepEqual(names(framework.children), ['Emerging', 'Developing', 'Proficient', 'Advanced']);
    const emerging = child(framework, 'Emerging')!;
    assert.equal(emerging.detail, '10 statements');
    assert.equal(emerging.children![0].name, 'Departmental budget drafts');
    assert.equal(
      emerging.children![0].detail,
      'compile and format under supervisor guidance using spreadsheet software in a personal service organization.',
    );
    assert.equal(emerging.children![0].kind, SymbolKind.String);
    assert.deepEqual(names(top('AI fluency')!.children), ['Emerging', 'Developing', 'Proficient', 'Advanced']);
    assert.equal(child(top('AI fluency'), 'Emerging')!.children![0].name, 'AI-drafted correspondence');
  });

  it('lists durable-skill domains with their levels, citations with their labels, O*NET lists with their names', () => {
    const durable = top('Durable skills')!;
    assert.equal(durable.detail, '10 domains');
    assert.deepEqual(names(durable.children).slice(0, 3), ['Communication', 'Leadership', 'Metacognition']);
    assert.deepEqual(names(durable.children![0].children), ['Emerging', 'Developing', 'Applying', 'Exceeding']);
    assert.deepEqual(
      top('Citations')!
        .children!.map((c) => [c.name, c.detail])
        .slice(0, 2),
      [
        ['safi-2026', 'Jadhav & Danve, 2026'],
        ['wef-2021', 'WEF Skills Taxonomy'],
      ],
    );
    const skills = child(top('O*NET enrichment'), 'Skills')!;
    assert.equal(skills.detail, '8 items');
    assert.deepEqual(names(skills.children).slice(0, 2), ['Speaking', 'Active Listening']);
    assert.deepEqual(names(child(top('Evidence pack'), 'SAFI positioning')!.children), ['topSkill', 'score', 'quadrant', 'precision']);
  });

  it('keeps every selection range and child inside its symbol, with a name', () => {
    let count = 0;
    const check = (s: DocumentSymbol) => {
      count++;
      assert.ok(s.name.trim(), 'empty name');
      assert.ok(within(s.selectionRange, s.range), `${s.name}: selection outside range`);
      for (const c of s.children ?? []) {
        assert.ok(within(c.range, s.range), `${c.name} outside ${s.name}`);
        check(c);
      }
    };
    symbols.forEach(check);
    assert.ok(count > 300);
  });

  it('gives exact ranges: the statement as range, its text as selection', () => {
    const text = frameworkText({ aiFluency: { levels: { emerging: [{ text: 'AI drafting — uses AI tools.', cites: [] }] } } });
    const ai = symbolsOf(text).find((s) => s.name === 'AI fluency')!;
    const statement = child(ai, 'Emerging')!.children![0];
    assert.equal(statement.name, 'AI drafting');
    assert.equal(show(statement.selectionRange), span(text, '"AI drafting — uses AI tools."'));
    const start = text.indexOf('{', text.indexOf('"emerging": ['));
    assert.equal(show(statement.range).split('-')[0], span(text, text.slice(start, start + 1), { after: '"emerging": [' }).split('-')[0]);
  });

  it('names a statement without a headline, and survives a broken file', () => {
    const text = frameworkText({ framework: { levels: { emerging: { label: 'Emerging', statements: [' — body only.', ''] } } } });
    const emerging = child(
      symbolsOf(text).find((s) => s.name === 'Framework'),
      'Emerging',
    )!;
    assert.deepEqual(names(emerging.children), ['(empty headline)', '(empty headline)']);
    assert.deepEqual(names(symbolsOf('{ "occupation": { "soc": ')), ['Occupation']);
    assert.deepEqual(symbolsOf(''), []);
  });
});
