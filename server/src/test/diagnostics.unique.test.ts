import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../languageService';
import { repeatedFindings } from './fuzz/check';
import { mutate, rng } from './fuzz/mutate';
import { FIXTURES, frameworkText, span } from './util';

const service = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'] }));

function findingsOf(text: string, markdown: boolean) {
  const uri = `file:///unique/case.framework.${markdown ? 'md' : 'json'}`;
  return service.computeDiagnostics(service.parse(TextDocument.create(uri, markdown ? 'markdown' : 'json', 1, text)));
}

// One problem, one row: no two findings of a file share their code, range and message.
describe('no finding twice', () => {
  const fixtures = readdirSync(FIXTURES)
    .filter((f) => /\.(json|md)$/.test(f) && f !== 'README.md')
    .map((f) => ({ name: f, text: readFileSync(path.join(FIXTURES, f), 'utf8') }));
  const regressions = path.join(FIXTURES, 'fuzz-regressions');
  const corpus = [
    ...fixtures,
    ...readdirSync(regressions)
      .filter((f) => /\.(json|md)$/.test(f))
      .map((f) => ({ name: `fuzz-regressions/${f}`, text: readFileSync(path.join(regressions, f), 'utf8') })),
  ];

  it('the guard sees a repeated finding', () => {
    const text = frameworkText({ occupation: { jobZone: 9 } });
    const d = findingsOf(text, false);
    assert.equal(d.length, 1);
    assert.deepEqual(repeatedFindings([d[0], { ...d[0] }]), [
      `out-of-range at ${span(text, '9', { after: '"jobZone": ' })} twice: Job Zone must be 1–5 or null; found 9`,
    ]);
    assert.deepEqual(repeatedFindings([d[0], { ...d[0], message: 'another' }]), []);
  });

  for (const { name, text } of corpus) {
    it(name, () => assert.deepEqual(repeatedFindings(findingsOf(text, name.endsWith('.md'))), []));
  }

  it('in 600 mutations of the fixtures, both forms', function () {
    this.timeout(120_000);
    const r = rng(17);
    const problems: string[] = [];
    for (let n = 0; n < 600; n++) {
      const { name, text } = fixtures[n % fixtures.length];
      const markdown = name.endsWith('.md');
      const mutated = mutate(text, r, markdown);
      for (const p of repeatedFindings(findingsOf(mutated, markdown))) problems.push(`${name} mutation ${n}: ${p}`);
    }
    assert.deepEqual(problems.slice(0, 5), []);
  });

  it('where values are left open at the end of the file', () => {
    const full = readFileSync(path.join(FIXTURES, 'example-full-11-9179.00.framework.json'), 'utf8');
    const problems: string[] = [];
    for (let cut = 1; cut < full.length; cut += 97)
      problems.push(...repeatedFindings(findingsOf(full.slice(0, cut), false)).map((p) => `cut at ${cut}: ${p}`));
    assert.deepEqual(problems.slice(0, 5), []);
  });
});
