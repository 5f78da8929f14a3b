import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cli } from './cliUtil';
import { caseSchemaErrors } from './exportUtil';
import { FIXTURES, frameworkText, readFixture, span } from './util';

const JSON_FILE = 'example-full-11-9179.00.framework.json';
const MD_FILE = 'example-full-11-9179.00.framework.md';

describe('CLI: nsx-framework convert --to case|ctdl-asn, and a CASE package back', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'nsx-export-'));
    for (const name of [JSON_FILE, MD_FILE]) copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exports JSON and Markdown to the same valid CASE package, on standard output or with -o', async () => {
    const fromJson = await cli(['convert', JSON_FILE, '--to', 'case'], dir);
    assert.deepEqual([fromJson.code, fromJson.stderr], [0, '']);
    assert.deepEqual(caseSchemaErrors(JSON.parse(fromJson.stdout)), []);
    const fromMd = await cli(['convert', MD_FILE, '--to=case', '-o', 'x.case.json'], dir);
    assert.deepEqual([fromMd.code, fromMd.stdout, fromMd.stderr], [0, '', '']);
    assert.equal(readFileSync(path.join(dir, 'x.case.json'), 'utf8'), fromJson.stdout);
  });

  it('gives the framework back from the package: the same JSON text and the same Markdown text', async () => {
    await cli(['convert', JSON_FILE, '--to', 'case', '-o', 'x.case.json'], dir);
    const json = await cli(['convert', 'x.case.json', '--to', 'json'], dir);
    assert.deepEqual([json.code, json.stdout, json.stderr], [0, readFixture(JSON_FILE), '']);
    const md = await cli(['convert', 'x.case.json', '--to', 'md', '-o', 'back.framework.md'], dir);
    assert.deepEqual([md.code, md.stderr], [0, '']);
    assert.equal(readFileSync(path.join(dir, 'back.framework.md'), 'utf8'), readFixture(MD_FILE));
  });

  it('exports CTDL-ASN with the base URI', async () => {
    const run = await cli(['convert', JSON_FILE, '--to', 'ctdl-asn', '--base-uri', 'https://example.org/fw'], dir);
    assert.equal(run.code, 0);
    const graph = JSON.parse(run.stdout)['@graph'];
    assert.equal(graph[0]['@type'], 'ceasn:CompetencyFramework');
    assert.equal(graph[0]['@id'], `https://example.org/fw/${graph[0]['ceterms:ctid'].slice(3)}`);
  });

  it('refuses a framework with errors, listing them as --to md does (exit 1)', async () => {
    const broken = frameworkText({ occupation: { jobZone: 7 } });
    writeFileSync(path.join(dir, 'b.framework.json'), broken);
    const run = await cli(['convert', 'b.framework.json', '--to', 'case'], dir);
    assert.deepEqual(
      [run.code, run.stdout, run.stderr],
      [
        1,
        '',
        `b.framework.json:${span(broken, '7', { after: '"jobZone": ' }).split('-')[0]} error out-of-range Job Zone must be 1–5 or null; found 7\nb.framework.json: not converted: fix the errors first\n`,
      ],
    );
  });

  it('names what a package it did not write lacks, and reports broken JSON like any conversion (exit 1)', async () => {
    writeFileSync(path.join(dir, 'other.case.json'), JSON.stringify({ CFDocument: { title: 'Other' }, CFItems: [] }));
    const foreign = await cli(['convert', 'other.case.json', '--to', 'json'], dir);
    assert.deepEqual(
      [foreign.code, foreign.stdout, foreign.stderr],
      [
        1,
        '',
        "other.case.json: not converted: The CASE package has no CFDocument.extensions.nsxFramework, where an export of this extension keeps the framework's data: only a package exported by the NSX Framework Editor can be converted back to a framework\n",
      ],
    );
    writeFileSync(path.join(dir, 'broken.case.json'), '{ "CFDocument": {\n  "title": }\n}\n');
    const broken = await cli(['convert', 'broken.case.json', '--to', 'md'], dir);
    assert.equal(broken.code, 1);
    assert.match(
      broken.stderr,
      /^broken\.case\.json:2:12 error json-syntax [^\n]+\n(broken\.case\.json:[^\n]+\n)*broken\.case\.json: not converted: fix the errors first\n$/,
    );
    assert.doesNotMatch(broken.stderr, /\bat \S+ \(/, 'no stack trace');
  });

  it('says which targets go with which files (exit 2)', async () => {
    writeFileSync(path.join(dir, 'x.case.json'), '{}');
    const wrong = await cli(['convert', 'x.case.json', '--to', 'ctdl-asn'], dir);
    assert.deepEqual(
      [wrong.code, wrong.stderr],
      [2, 'x.case.json is a CASE package: convert it --to json or --to md to get the framework back\n'],
    );
    const bad = await cli(['convert', JSON_FILE, '--to', 'csv'], dir);
    assert.deepEqual([bad.code, bad.stderr.split('\n')[0]], [2, 'nsx-framework: --to must be md, json, case or ctdl-asn, not "csv"']);
    const base = await cli(['convert', JSON_FILE, '--to', 'md', '--base-uri', 'https://x'], dir);
    assert.deepEqual([base.code, base.stderr.split('\n')[0]], [2, 'nsx-framework: --base-uri goes with --to case or --to ctdl-asn']);
    const help = await cli(['--help'], dir);
    assert.match(help.stdout, /nsx-framework convert <file> --to md\|json\|case\|ctdl-asn \[-o <out>\] \[--base-uri <uri>\]/);
  });
});
