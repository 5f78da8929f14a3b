import { strict as assert } from 'node:assert';
import { hasFrameworkKeys } from '../../../common/frameworkKeys';

// How a file is recognised as a framework without parsing it: declined files on the server, and the client's
// preview button (which scans the whole text).
describe('recognising a framework by its top-level keys', () => {
  it('needs schemaVersion and framework or occupation at the top level', () => {
    assert.equal(hasFrameworkKeys('{"schemaVersion":"1.0","occupation":{}}'), true);
    assert.equal(hasFrameworkKeys('{"framework":{},"schemaVersion":"1.0"}'), true);
    assert.equal(hasFrameworkKeys('{"schemaVersion":"1.0"}'), false);
    assert.equal(hasFrameworkKeys('{"data":{"schemaVersion":"1.0","framework":{}}}'), false, 'nested keys do not count');
    assert.equal(hasFrameworkKeys('["schemaVersion","framework"]'), false);
    assert.equal(hasFrameworkKeys('{ // comment\n"schemaVersion": "1.0", "occupation": { "soc": "x" '), true, 'broken or JSONC text too');
  });

  it('looks past the first 64 KB when asked to, and survives nesting 100,000 deep', () => {
    const late = `{"padding":"${'x'.repeat(70_000)}","schemaVersion":"1.0","framework":{}}`;
    assert.equal(hasFrameworkKeys(late), false, 'the server looks at the first 64 KB of a file it declines');
    assert.equal(hasFrameworkKeys(late, Infinity), true);
    const deep = `{"schemaVersion":"1.0","x":${'['.repeat(100_000)}${']'.repeat(100_000)},"occupation":{}}`;
    assert.equal(hasFrameworkKeys(deep, Infinity), true);
  });
});
