/** Hover and completion through the language-service facade on framework Markdown (the same modules as JSON). */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../languageService';
import { readFixture } from './util';

const service = createLanguageService();
const FULL_MD = readFixture('example-full-11-9179.00.framework.md');

function open(text: string) {
  return service.parse(TextDocument.create('file:///work/x.framework.md', 'markdown', 1, text));
}

function positionOf(doc: ReturnType<typeof open>, needle: string, delta = 0) {
  const offset = doc.textDocument.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} is in the document`);
  return doc.textDocument.positionAt(offset + delta);
}

describe('framework Markdown through the facade', () => {
  it('hovers a [@key] citation with the same details as in JSON', () => {
    const doc = open(FULL_MD);
    const hover = service.doHover(doc, positionOf(doc, '[@safi-2026]', 4));
    assert.ok(hover, 'a hover');
    const value = (hover.contents as { value: string }).value;
    const jsonDoc = service.parse(
      TextDocument.create('file:///work/x.framework.json', 'json', 1, readFixture('example-full-11-9179.00.framework.json')),
    );
    const jsonText = jsonDoc.textDocument.getText();
    const jsonHover = service.doHover(
      jsonDoc,
      jsonDoc.textDocument.positionAt(jsonText.indexOf('"safi-2026"', jsonText.indexOf('"cites"')) + 3),
    );
    assert.equal(value, (jsonHover!.contents as { value: string }).value);
    // The hover's range is the key in the Markdown text, without the brackets.
    const start = doc.textDocument.offsetAt(hover.range!.start);
    const end = doc.textDocument.offsetAt(hover.range!.end);
    assert.equal(doc.textDocument.getText().slice(start, end), 'safi-2026');
  });

  it('hovers a level heading with its label and subtitle', () => {
    const doc = open(FULL_MD);
    const hover = service.doHover(doc, positionOf(doc, 'Policy summarization', 2));
    assert.ok(hover, 'a hover on a cited statement');
    assert.match((hover.contents as { value: string }).value, /Policy summarization/);
  });

  it('completes the missing levels after "## " in order', () => {
    const text = FULL_MD.replace(/## Developing[\s\S]*?(?=## Proficient)/, '');
    const doc = open(`${text.trimEnd()}\n\n## `);
    const list = service.doComplete(doc, doc.textDocument.positionAt(doc.textDocument.getText().length));
    assert.deepEqual(
      list.items.map((i) => i.label),
      ['Developing'],
    );
  });
});

describe('quick fixes of a quoted front-matter value', () => {
  it('replace the text between the quotes and keep the closing quote (fuzz case)', () => {
    const s = createLanguageService();
    const text = '---\nschemaVersion: "0"\n---\n';
    const doc = s.parse(TextDocument.create('file:///w/x.framework.md', 'markdown', 1, text));
    const d = s.computeDiagnostics(doc).find((x) => x.code === 'invalid-value')!;
    const fix = s.provideCodeActions(doc, { diagnostics: [d], only: ['quickfix'] }).find((a) => a.title === 'Change to "1.0"')!;
    assert.equal(TextDocument.applyEdits(doc.textDocument, fix.edit!.changes![doc.uri]), '---\nschemaVersion: "1.0"\n---\n');
  });
});
