import { strict as assert } from 'node:assert';
import { findings, frameworkText, span, parse } from './util';

describe('diagnostics: JSON syntax', () => {
  it('reports a comment as an error at its exact range', () => {
    const text = frameworkText().replace('"attribution"', '/* who */ "attribution"');
    assert.deepEqual(findings(text), [`${span(text, '/* who */')} error json-comment Comments are not allowed in JSON`]);
  });

  it('reports a line comment', () => {
    const text = frameworkText().replace('{\n', '{\n  // exported from NSX\n');
    assert.deepEqual(findings(text), [`${span(text, '// exported from NSX')} error json-comment Comments are not allowed in JSON`]);
  });

  it('reports a trailing comma on the comma, in objects and lists', () => {
    const text = frameworkText()
      .replace('"generator": "LER.me"', '"generator": "LER.me",')
      .replace('emerging statement two."', 'emerging statement two.",');
    assert.deepEqual(findings(text), [
      `${span(text, ',', { after: 'emerging statement two."' })} error json-trailing-comma Trailing comma: JSON does not allow a comma after the last item`,
      `${span(text, ',', { after: '"LER.me"' })} error json-trailing-comma Trailing comma: JSON does not allow a comma after the last item`,
    ]);
  });

  it('gives exact columns on a minified one-line file', () => {
    const minified = JSON.stringify(JSON.parse(frameworkText()));
    const text = minified.replace('"jobZone":4', '"jobZone" 4');
    const result = findings(text);
    assert.equal(result[0], `${span(text, '4', { after: '"jobZone" ' })} error json-syntax Expected a colon ":" after the property name`);
  });

  it('reports a missing comma and an unclosed object', () => {
    const text = '{"schemaVersion": "1.0" "framework": {}';
    assert.deepEqual(findings(text, 'file:///w/a.framework.json').slice(0, 2), [
      `1:25-1:36 error json-syntax Expected a comma "," between items`,
      `1:40-1:40 error json-syntax Expected "}" to close the object`,
    ]);
  });

  it('reports objects and lists left open at the end of the file once, naming every closer they need', () => {
    // jsonc-parser reports one error per open value, all at the end of the text: one problem, one row.
    assert.deepEqual(findings('{"schemaVersion":"1.0","framework":{'), ['1:37-1:37 error json-syntax Expected "}}" to close 2 objects']);
    const syntax = (text: string) => findings(text).filter((f) => f.includes(' json-syntax '));
    assert.deepEqual(syntax('{"schemaVersion":"1.0","framework":{"levels":[{'), [
      '1:48-1:48 error json-syntax Expected "}]}}" to close 3 objects and 1 list',
    ]);
    assert.deepEqual(syntax('{"schemaVersion":"1.0","framework":{"levels":[[['), [
      '1:49-1:49 error json-syntax Expected "]]]}}" to close 2 objects and 3 lists',
    ]);
    // A missing value and the closers at the same place are two problems.
    assert.deepEqual(syntax('{"schemaVersion":"1.0","framework":{"a":[1,'), [
      '1:44-1:44 error json-syntax Expected a value (text in double quotes, a number, true, false, null, an object or a list)',
      '1:44-1:44 error json-syntax Expected "]}}" to close 2 objects and 1 list',
    ]);
  });

  it('reports a repeated key on its second occurrence', () => {
    const text = frameworkText().replace('"group": "Management"', '"group": "Management",\n    "group": "Management"');
    assert.deepEqual(findings(text), [
      `${span(text, '"group"', { occurrence: 2 })} warning duplicate-key "group" appears more than once in this object; only the last one counts`,
    ]);
  });

  it('reads past a byte order mark without moving ranges', () => {
    const text = '\ufeff' + frameworkText({ occupation: { jobZone: 9 } });
    assert.deepEqual(findings(text), [
      `${span(text, '9', { after: '"jobZone": ' })} error out-of-range Job Zone must be 1–5 or null; found 9`,
    ]);
  });

  it('never throws on truncated or garbage input', () => {
    const full = frameworkText();
    for (let cut = 0; cut < full.length; cut += 37) assert.doesNotThrow(() => findings(full.slice(0, cut)));
    for (const garbage of ['', ' ', '[', '{"schemaVersion":', '"just text"', 'null', '{"framework": [1,2]}', '\u0000\ud800{']) {
      assert.doesNotThrow(() => findings(garbage));
    }
  });

  it('gives an empty (or blank) framework-named file one information notice, nothing else', () => {
    const notice =
      'info empty-file This framework file is empty: a framework needs schemaVersion, exportedAt, occupation, framework (with its four levels), sources and attribution';
    assert.deepEqual(findings(''), [`1:1-1:1 ${notice}`]);
    assert.deepEqual(findings('\ufeff \n\t\n'), [`1:1-3:1 ${notice}`]);
  });
});

describe('which JSON files are framework files', () => {
  it('checks a file whose top-level object has schemaVersion and framework, whatever its name', () => {
    const text = frameworkText({ occupation: { jobZone: 9 } });
    assert.equal(parse(text, 'file:///w/export.json').isFramework, true);
    assert.equal(findings(text, 'file:///w/export.json').length, 1);
  });

  it('checks a file with schemaVersion and occupation only', () => {
    assert.equal(parse('{"schemaVersion": "1.0", "occupation": {}}', 'file:///w/x.json').isFramework, true);
  });

  it('checks a *.framework.json file whatever it holds', () => {
    assert.deepEqual(findings('[1, 2]', 'file:///w/sub/dir/new.framework.json'), [
      '1:1-1:7 error wrong-type NSX framework must be an object; found a list',
    ]);
  });

  it('leaves any other JSON file alone, even with syntax errors', () => {
    assert.deepEqual(findings('{ // comment\n "name": "x", }', 'file:///w/package.json'), []);
    assert.deepEqual(findings('{"schemaVersion": "1.0"}', 'file:///w/settings.json'), []);
    assert.deepEqual(findings('{"framework": {}}', 'file:///w/other.json'), []);
  });

  it('uses the configured globs', () => {
    const settings = { frameworkGlobs: ['frameworks/*.json'] };
    assert.equal(parse('{}', 'file:///w/frameworks/a.json', settings).isFramework, true);
    assert.equal(parse('{}', 'file:///w/other/a.json', settings).isFramework, false);
    assert.equal(parse('{}', 'file:///w/other/a.framework.json', settings).isFramework, false);
  });
});
