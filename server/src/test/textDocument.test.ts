import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createFileDocument, lineStarts } from '../languageService/util/textDocument';
import { rng } from './fuzz/mutate';

describe('the line index the Markdown parser reads', () => {
  it('starts each line where the library’s documents (and so the editor) start it, with every kind of line break', () => {
    const r = rng(11);
    const pieces = ['a', 'bc', ' ', '\n', '\n', '\r', '\r\n', '\n\r', 'é', '—', '😀', '\u2028', ''];
    let lines = 0;
    for (let n = 0; n < 600; n++) {
      const text = Array.from({ length: Math.floor(r() * 40) }, () => pieces[Math.floor(r() * pieces.length)]).join('');
      const doc = TextDocument.create('file:///a.md', 'markdown', 1, text);
      const expected = Array.from({ length: doc.lineCount }, (_, line) => doc.offsetAt({ line, character: 0 }));
      assert.deepEqual(lineStarts(text), expected, JSON.stringify(text));
      lines += expected.length;
    }
    assert.ok(lines > 3000, `${lines} lines`);
  });
});

describe('documents of files read from disk', () => {
  const pieces = ['a', 'bc', ' ', '\n', '\n', '\r', '\r\n', '\n\r', 'é', '—', '😀', '\u2028', ''];
  const texts = (seed: number, count: number) => {
    const r = rng(seed);
    return Array.from({ length: count }, () =>
      Array.from({ length: Math.floor(r() * 40) }, () => pieces[Math.floor(r() * pieces.length)]).join(''),
    );
  };

  it('answer every position, offset and line count as the library’s documents do', () => {
    for (const text of texts(12, 400)) {
      const ours = createFileDocument('file:///a.md', 'markdown', 1, text);
      const library = TextDocument.create('file:///a.md', 'markdown', 1, text);
      const what = JSON.stringify(text);
      assert.equal(ours.lineCount, library.lineCount, what);
      for (let offset = -1; offset <= text.length + 1; offset++)
        assert.deepEqual(ours.positionAt(offset), library.positionAt(offset), what);
      for (let line = -1; line <= library.lineCount; line++) {
        for (const character of [0, 1, 3, 100])
          assert.equal(ours.offsetAt({ line, character }), library.offsetAt({ line, character }), what);
      }
    }
  });

  it('are edited as the library’s documents are (the line index kept up to date)', () => {
    const r = rng(13);
    for (const text of texts(14, 300)) {
      const ours = createFileDocument('file:///a.md', 'markdown', 1, text);
      const library = TextDocument.create('file:///a.md', 'markdown', 1, text);
      const a = Math.floor(r() * (text.length + 1));
      const b = a + Math.floor(r() * (text.length + 1 - a));
      const range = { start: library.positionAt(a), end: library.positionAt(b) };
      const inserted = texts(Math.floor(r() * 1000), 1)[0];
      TextDocument.update(ours, [{ range, text: inserted }], 2);
      TextDocument.update(library, [{ range, text: inserted }], 2);
      const what = JSON.stringify([text, a, b, inserted]);
      assert.equal(ours.getText(), library.getText(), what);
      assert.equal(ours.lineCount, library.lineCount, what);
      for (let offset = 0; offset <= ours.getText().length; offset++)
        assert.deepEqual(ours.positionAt(offset), library.positionAt(offset), what);
    }
  });

  it('come with their line index made (the library would read the text a character at a time on the first position)', () => {
    const text = 'a\nb\r\nc\rd';
    const index = (createFileDocument('file:///a.md', 'markdown', 1, text) as unknown as { _lineOffsets?: number[] })._lineOffsets;
    assert.deepEqual(index, [0, 2, 5, 7], 'vscode-languageserver-textdocument no longer keeps its line index in _lineOffsets');
  });
});
