import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lineStarts } from '../languageService/util/textDocument';
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
