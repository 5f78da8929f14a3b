import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../languageService';
import { ModelCache } from '../modelCache';
import { isAccelerated } from '../languageService/accel';
import { frameworkText } from './util';

describe('the server parses each document version once, for the documents in use', () => {
  const service = createLanguageService();
  const make = () => {
    let parses = 0;
    const cache = new ModelCache(
      {
        parse: (td) => (parses++, service.parse(td)),
        parseNextVersion: (td, previous) => (parses++, service.parseNextVersion(td, previous)),
      },
      3,
    );
    return { cache, parses: () => parses };
  };
  const doc = (n: number, version = 1) => TextDocument.create(`file:///w/${n}.framework.json`, 'json', version, frameworkText());

  it('reuses the model of the same version and parses a new version', () => {
    const { cache, parses } = make();
    const v1 = doc(1);
    const first = cache.get(v1);
    assert.equal(cache.get(v1), first);
    assert.equal(parses(), 1);
    const v2 = TextDocument.update(v1, [{ text: ' ' }], 2);
    assert.notEqual(cache.get(v2), first);
    assert.equal(parses(), 2);
  });

  it('keeps only the most recently used models', () => {
    const { cache, parses } = make();
    const docs = [doc(1), doc(2), doc(3)];
    docs.forEach((d) => cache.get(d));
    cache.get(docs[0]); // used again: now the most recent
    cache.get(doc(4)); // evicts document 2, the least recently used
    assert.equal(parses(), 4);
    cache.get(docs[0]);
    cache.get(docs[2]);
    assert.equal(parses(), 4);
    cache.get(docs[1]);
    assert.equal(parses(), 5);
  });
});

describe('the model cache re-parses an edit in place, and the replaced model cannot be used', () => {
  const service = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'] }));
  const uri = 'file:///w/typing.framework.json';
  const typeInTitle = (td: TextDocument, version: number) => {
    const at = td.getText().indexOf('"title": "') + '"title": "'.length;
    return TextDocument.update(td, [{ range: { start: td.positionAt(at), end: td.positionAt(at) }, text: 'X' }], version);
  };

  it('answers for the new version, and refuses the model whose tree the new version took over', () => {
    const cache = new ModelCache(service);
    const td = TextDocument.create(uri, 'json', 1, frameworkText());
    const first = cache.get(td);
    if (!isAccelerated('strictJson') || !isAccelerated('incrementalJson')) {
      // With the fast paths off (NSX_REFERENCE_ONLY), every version is parsed in full and no model is retired.
      assert.equal(first.reparseBase, undefined);
      const full = cache.get(typeInTitle(td, 2));
      assert.notEqual(full.root, first.root);
      assert.doesNotThrow(() => service.computeDiagnostics(first));
      assert.deepEqual(service.computeDiagnostics(full), []);
      return;
    }
    assert.ok(first.reparseBase, 'a clean strict JSON file can be re-parsed in place');
    const second = cache.get(typeInTitle(td, 2));
    assert.equal(second.root, first.root, 'the new version reuses the tree');
    assert.equal((second.value as { occupation: { title: string } }).occupation.title.startsWith('X'), true);
    assert.throws(() => service.doHover(first, { line: 0, character: 0 }), /replaced by a later version's: parse again/);
    assert.throws(() => service.computeDiagnostics(first), /replaced by a later version's/);
    assert.throws(() => service.parseNextVersion(typeInTitle(td, 3), first), /replaced by a later version's/);
    assert.deepEqual(service.computeDiagnostics(second), []);
  });

  it('keeps the previous model usable when the edit needs a full parse', () => {
    const cache = new ModelCache(service);
    const td = TextDocument.create(uri, 'json', 1, frameworkText());
    const first = cache.get(td);
    // A space before the object, outside any string: parsed in full. (A new document: `TextDocument.update` would change
    // the first version's document in place, under the model being checked.)
    const second = cache.get(TextDocument.create(uri, 'json', 2, ` ${td.getText()}`));
    assert.notEqual(second.root, first.root);
    assert.deepEqual(service.computeDiagnostics(first), []);
  });
});
