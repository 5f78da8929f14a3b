import { strict as assert } from 'node:assert';
import { toCasePackage } from '../languageService/export/case';
import { CTDL_ASN_CONTEXT, toCtdlAsn, toCtdlAsnText } from '../languageService/export/ctdl';
import { readFixture } from './util';
import { FRAMEWORK_FIXTURES, fixtureDocument } from './exportUtil';
import { exportDocument, exportableValue } from '../languageService/export';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- reading exported JSON-LD in tests

const EXAMPLE = 'example-full-11-9179.00.framework.json';
const example = (): Json => JSON.parse(readFixture(EXAMPLE));

/** Every statement of a framework value: core, AI fluency and durable skills. */
function statements(value: Json): string[] {
  const core = Object.values(value.framework.levels as Json).flatMap((l: Json) => l.statements);
  const cited = (levels: Json) => Object.values(levels ?? {}).flatMap((list: Json[]) => list.map((s) => s.text));
  return [...core, ...cited(value.aiFluency?.levels), ...(value.durableSkills ?? []).flatMap((d: Json) => cited(d.levels))];
}

describe('CTDL-ASN export', () => {
  for (const name of FRAMEWORK_FIXTURES) {
    it(`exports ${name}: one framework, every statement a competency of it, ctids as in the CASE export`, () => {
      const result = exportDocument(fixtureDocument(name), 'ctdl-asn');
      assert.ok('text' in result);
      const doc = JSON.parse(result.text);
      const value = JSON.parse(JSON.stringify(exportableValue(fixtureDocument(name))));
      assert.equal(doc['@context'], CTDL_ASN_CONTEXT);
      const frameworks = doc['@graph'].filter((n: Json) => n['@type'] === 'ceasn:CompetencyFramework');
      const competencies = doc['@graph'].filter((n: Json) => n['@type'] === 'ceasn:Competency');
      assert.equal(frameworks.length, 1);
      assert.equal(competencies.length + 1, doc['@graph'].length);
      const [framework] = frameworks;
      // Every statement is a competency with its exact text; levels, sections and domains are the competencies above them.
      const texts = competencies
        .filter((c: Json) => c['ceasn:competencyCategory']['en-US'] === 'Competency')
        .map((c: Json) => c['ceasn:competencyText']['en-US']);
      assert.deepEqual([...texts].sort(), [...statements(value)].sort());
      for (const c of competencies) assert.equal(c['ceasn:isPartOf'], framework['@id']);
      // ctids are ce-<UUID>, the same UUIDs as the CASE identifiers of the same framework.
      const pkg = toCasePackage(value) as Json;
      assert.deepEqual(
        doc['@graph'].map((n: Json) => n['ceterms:ctid']),
        [`ce-${pkg.CFDocument.identifier}`, ...pkg.CFItems.map((i: Json) => `ce-${i.identifier}`)],
      );
      for (const n of doc['@graph'])
        assert.match(n['ceterms:ctid'], /^ce-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      // The hierarchy agrees both ways.
      const byId = new Map(competencies.map((c: Json) => [c['@id'], c]));
      for (const top of framework['ceasn:hasTopChild']) assert.equal((byId.get(top) as Json)['ceasn:isTopChildOf'], framework['@id']);
      for (const c of competencies) {
        for (const child of c['ceasn:hasChild'] ?? []) assert.equal((byId.get(child) as Json)['ceasn:isChildOf'], c['@id']);
        if (c['ceasn:isChildOf']) assert.ok((byId.get(c['ceasn:isChildOf']) as Json)['ceasn:hasChild'].includes(c['@id']));
      }
    });
  }

  it('describes the framework node and a statement as the mapping says', () => {
    const doc = toCtdlAsn(example(), { baseUri: 'https://example.org/ctdl/' }) as Json;
    const [framework] = doc['@graph'];
    const { 'ceasn:hasTopChild': top, ...rest } = framework;
    assert.deepEqual(rest, {
      '@id': `https://example.org/ctdl/${framework['ceterms:ctid'].slice(3)}`,
      '@type': 'ceasn:CompetencyFramework',
      'ceterms:ctid': framework['ceterms:ctid'],
      'ceasn:name': { 'en-US': 'Personal Service Managers, All Other' },
      'ceasn:description': {
        'en-US':
          'This framework covers personal service management practice across financial oversight, policy implementation, staff coordination, and stakeholder engagement within Job Zone 4 organizational settings.',
      },
      'ceasn:inLanguage': ['en-US'],
      'ceasn:dateModified': '2026-05-15',
      'ceasn:license': 'https://creativecommons.org/licenses/by/4.0/',
      'ceasn:publisherName': { 'en-US': ['LER.me'] },
      'ceasn:rights': { 'en-US': '© EBSCOed' },
    });
    assert.equal(top.length, 6); // four levels, AI fluency, durable skills
    const statement = doc['@graph'].find((n: Json) => n['ceasn:codedNotation'] === '11-9179.00.AI.E.1');
    const parent = doc['@graph'].find((n: Json) => n['ceasn:codedNotation'] === '11-9179.00.AI.E');
    assert.deepEqual(statement, {
      '@id': `https://example.org/ctdl/${statement['ceterms:ctid'].slice(3)}`,
      '@type': 'ceasn:Competency',
      'ceterms:ctid': statement['ceterms:ctid'],
      'ceasn:competencyLabel': { 'en-US': 'AI-drafted correspondence' },
      'ceasn:competencyText': {
        'en-US':
          'AI-drafted correspondence — uses AI tools to generate first-draft memos, staff announcements, and meeting agendas, then reviews each output for accuracy before distribution.',
      },
      'ceasn:competencyCategory': { 'en-US': 'Competency' },
      'ceasn:codedNotation': '11-9179.00.AI.E.1',
      'ceasn:listID': '1',
      'ceasn:comment': {
        'en-US': ['Cites: Jadhav & Danve, 2026: Skill Automation Feasibility Index — Jadhav & Danve, 2026 (arXiv:2604.06906)'],
      },
      'ceasn:isPartOf': framework['@id'],
      'ceasn:isChildOf': parent['@id'],
    });
  });

  it('gives the same bytes twice', () => {
    assert.equal(toCtdlAsnText(example()), toCtdlAsnText(example()));
  });
});
