import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkInvariants, isInside } from './fuzz/check';
import { FIXTURES } from './util';

// Inputs the fuzzer once found breaking an invariant, minimised; each must now keep them all.
describe('fuzz regressions', () => {
  const dir = path.join(FIXTURES, 'fuzz-regressions');
  const files = readdirSync(dir).filter((f) => /\.(json|md)$/.test(f));
  for (const file of files) {
    it(file, () => {
      const uri = `file:///fuzz/case.framework${path.extname(file)}`;
      assert.deepEqual(checkInvariants(readFileSync(path.join(dir, file), 'utf8'), uri), []);
    });
  }

  it('the invariant checker catches a broken range', () => {
    // A document of one short line: a range on line 5 is outside it.
    const doc = TextDocument.create('file:///x.json', 'json', 1, '{}\r\n');
    assert.equal(isInside(doc, { line: 0, character: 2 }), true);
    assert.equal(isInside(doc, { line: 0, character: 3 }), false);
    assert.equal(isInside(doc, { line: 5, character: 0 }), false);
  });
});
