import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../languageService';
import { ModelCache } from '../modelCache';
import { frameworkText } from './util';

describe('the server parses each document version once, for the documents in use', () => {
  const service = createLanguageService();
  const make = () => {
    let parses = 0;
    const cache = new ModelCache((td) => (parses++, service.parse(td)), 3);
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
