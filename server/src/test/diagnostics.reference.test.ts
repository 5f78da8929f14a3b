import { strict as assert } from 'node:assert';
import { findings, readFixture, span } from './util';

// The reference files in test-fixtures/ are real NSX exports, unchanged (see test-fixtures/README.md).
describe('diagnostics: the reference files (docs/format.md#the-reference-exports)', () => {
  it('export-11-9179.00.json has no findings', () => {
    assert.deepEqual(findings(readFixture('export-11-9179.00.json'), 'file:///w/export-11-9179.00.json'), []);
  });

  it('export-43-9199.00.json has exactly the Job Zone disagreement of contextCovered', () => {
    const text = readFixture('export-43-9199.00.json');
    assert.deepEqual(findings(text, 'file:///w/export-43-9199.00.json'), [
      `${span(text, 'Job Zone 3')} warning context-job-zone Context covered says "Job Zone 3", but the occupation's Job Zone is not set (null)`,
    ]);
    assert.equal(span(text, 'Job Zone 3'), '1:528-1:538');
  });

  it('the full-format example has no findings', () => {
    assert.deepEqual(
      findings(readFixture('example-full-11-9179.00.framework.json'), 'file:///w/example-full-11-9179.00.framework.json'),
      [],
    );
  });
});
