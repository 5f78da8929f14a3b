import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createFileDocument } from '../languageService/util/textDocument';
import { rng } from './fuzz/mutate';
import { createLanguageService } from '../languageService';
import { convertedFixtures } from './markdownUtil';

describe('documents read from disk', () => {
  it('answer positions, offsets, text, line ranges, line ends and line count exactly as the library’s documents do', () => {
    const r = rng(11);
    const pieces = ['a', 'bc', ' ', '\n', '\n', '\r', '\r\n', '\n\r', 'é', '—', '😀', '\u2028', ''];
    const odd = [Number.NaN, 1.5, -0, Infinity, -Infinity];
    let checked = 0;
    for (let n = 0; n < 600; n++) {
      const text = Array.from({ length: Math.floor(r() * 40) }, () => pieces[Math.floor(r() * pieces.length)]).join('');
      const ours = createFileDocument('file:///a.json', 'json', 3, text);
      const theirs = TextDocument.create('file:///a.json', 'json', 3, text);
      assert.equal(ours.lineCount, theirs.lineCount, JSON.stringify(text));
      assert.equal(ours.getText(), text);
      assert.deepEqual([ours.uri, ours.languageId, ours.version], ['file:///a.json', 'json', 3]);
      for (let offset = -2; offset <= text.length + 2; offset++) {
        assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset), `${JSON.stringify(text)} at ${offset}`);
        checked++;
      }
      for (const offset of odd) assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset), `${JSON.stringify(text)} at ${offset}`);
      const lines = theirs.lineCount;
      for (let line = -1; line <= lines + 1; line++) {
        assert.deepEqual(ours.getLineRange(line), theirs.getLineRange(line), `${JSON.stringify(text)} line ${line}`);
        assert.equal(ours.getEOLCharacters(line), theirs.getEOLCharacters(line), `${JSON.stringify(text)} line ${line}`);
        for (const character of [-1, 0, 1, 2, 3, 7, 40, 1.5, ...odd]) {
          const position = { line, character };
          assert.equal(ours.offsetAt(position), theirs.offsetAt(position), `${JSON.stringify(text)} at ${line}:${character}`);
          checked++;
        }
      }
      for (let k = 0; k < 5; k++) {
        const a = { line: Math.floor(r() * (lines + 2)) - 1, character: Math.floor(r() * 12) - 1 };
        const b = { line: Math.floor(r() * (lines + 2)) - 1, character: Math.floor(r() * 12) - 1 };
        assert.equal(ours.getText({ start: a, end: b }), theirs.getText({ start: a, end: b }));
      }
    }
    assert.ok(checked > 20000);
  });

  it('apply edits as the library’s documents do', () => {
    const text = 'first line\r\nsecond — line\nthird';
    const edits = [
      { range: { start: { line: 1, character: 7 }, end: { line: 1, character: 8 } }, newText: '-' },
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, newText: 'First' },
      { range: { start: { line: 2, character: 99 }, end: { line: 2, character: 99 } }, newText: '.' },
    ];
    const expected = 'First line\r\nsecond - line\nthird.';
    assert.equal(TextDocument.applyEdits(createFileDocument('file:///a.md', 'markdown', 1, text), edits), expected);
    assert.equal(TextDocument.applyEdits(TextDocument.create('file:///a.md', 'markdown', 1, text), edits), expected);
  });

  // The Markdown parser reads a file document's own line list; an open document's lines are found from its text.
  it('give a Markdown framework the same findings as the editor’s documents, with LF, CRLF and CR line ends', () => {
    const service = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'] }));
    let compared = 0;
    for (const { name, text } of convertedFixtures()) {
      for (const lines of [text, text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r')]) {
        const uri = `file:///work/${name.replace(/\.json$/, '.framework.md')}`;
        const fromDisk = service.computeDiagnostics(service.parse(createFileDocument(uri, 'markdown', 1, lines)));
        const open = service.computeDiagnostics(service.parse(TextDocument.create(uri, 'markdown', 1, lines)));
        assert.deepEqual(fromDisk, open, name);
        compared += fromDisk.length;
      }
    }
    assert.ok(compared > 0, 'the fixtures have findings to compare');
  });
});
