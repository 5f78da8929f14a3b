/** Conversion keeps a property whose name is longer than YAML's 1024-character limit for implicit keys. */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../languageService';
import { frameworkText } from './util';

describe('conversion of very long property names', () => {
  it('writes a key over 1,000 characters as an explicit YAML key and reads it back', () => {
    const service = createLanguageService();
    const long = 'k'.repeat(1500);
    const json = JSON.parse(frameworkText());
    json.occupation[long] = 'value';
    json.framework[`${long}2`] = { nested: [1, 2] };
    const doc = service.parse(TextDocument.create('file:///x.framework.json', 'json', 1, JSON.stringify(json, null, 2)));
    const md = service.convert(doc, 'markdown');
    assert.ok('text' in md, JSON.stringify(md));
    assert.match(md.text, new RegExp(`^ *\\? ${long}$`, 'm'));
    const back = service.convert(service.parse(TextDocument.create('file:///x.framework.md', 'markdown', 1, md.text)), 'json');
    assert.ok('text' in back, JSON.stringify(back));
    assert.deepEqual(JSON.parse(back.text), json);
  });
});
