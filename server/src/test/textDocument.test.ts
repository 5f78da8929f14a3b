import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createFileDocument } from '../languageService/util/textDocument';
import { REFERENCE_ONLY } from '../languageService/accel';
import { FileDocument } from '../languageService/util/fileDocument';
import { rng } from './fuzz/mutate';
import { compareWithReference } from './accel/harness';
import { createLanguageService } from '../languageService';
import { convertedFixtures } from './markdownUtil';

describe('documents read from disk', () => {
  // The shared harness (accel/harness.ts) asks both documents every question: positions of every offset, offsets of
  // positions on every line (odd numbers too), line ranges and ends, the line count, ranges of text.
  it('answer positions, offsets, text, line ranges, line ends and line count exactly as the library’s documents do', () => {
    const r = rng(11);
    const pieces = ['a', 'bc', ' ', '\n', '\n', '\r', '\r\n', '\n\r', 'é', '—', '😀', '\u2028', ''];
    let taken = 0;
    for (let n = 0; n < 600; n++) {
      const text = Array.from({ length: Math.floor(r() * 40) }, () => pieces[Math.floor(r() * pieces.length)]).join('');
      if (compareWithReference('fileDocument', () => ({ uri: 'file:///a.json', languageId: 'json', version: 3, text }), JSON.stringify(text)) === 'taken') taken++;
    }
    assert.equal(taken, 600);
  });

  it(REFERENCE_ONLY ? 'are the library’s documents when the fast paths are switched off' : 'are documents of our own', () => {
    assert.equal(createFileDocument('file:///a.json', 'json', 1, '{}') instanceof FileDocument, !REFERENCE_ONLY);
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
