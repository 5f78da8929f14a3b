import { strict as assert } from 'node:assert';
import { exportDocument, exportableValue } from '../languageService/export';
import { toCasePackage, toCaseText } from '../languageService/export/case';
import { convertCasePackage, importCasePackage } from '../languageService/export/caseImport';
import { createHash } from 'node:crypto';
import { EXPORT_NAMESPACE, uuidV5 } from '../languageService/export/uuid';
import { caseSchemaErrors, fixtureDocument, FRAMEWORK_FIXTURES } from './exportUtil';
import { readFixture } from './util';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- reading an exported package in tests

const EXAMPLE_JSON = 'example-full-11-9179.00.framework.json';
const EXAMPLE_MD = 'example-full-11-9179.00.framework.md';
const example = (): Json => JSON.parse(readFixture(EXAMPLE_JSON));
const exportText = (name: string, target: 'case' | 'ctdl-asn' = 'case', baseUri?: string): string => {
  const result = exportDocument(fixtureDocument(name), target, { baseUri });
  if ('error' in result) throw new Error(result.error);
  return result.text;
};

describe('CASE export: RFC 9562 name-based identifiers', () => {
  it('gives the RFC 9562 test vector for a v5 UUID (www.example.com in the DNS namespace)', () => {
    assert.equal(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('hashes every name as SHA-1 of the namespace and the UTF-8 name (short, long, non-ASCII, lone surrogates)', () => {
    const reference = (name: string) => {
      const h = createHash('sha1')
        .update(Buffer.from(EXPORT_NAMESPACE.replace(/-/g, ''), 'hex'))
        .update(name, 'utf8')
        .digest();
      h[6] = (h[6] & 0x0f) | 0x50;
      h[8] = (h[8] & 0x3f) | 0x80;
      const x = h.toString('hex', 0, 16);
      return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
    };
    for (const name of [
      '',
      'a',
      '["nsx-framework","11-9179.00","level","emerging",0]',
      'é😀',
      'x'.repeat(400),
      'é'.repeat(400),
      '\ud800',
      'b'.repeat(5000),
    ]) {
      assert.equal(uuidV5(name), reference(name), `${name.slice(0, 20)} (${name.length})`);
    }
  });
});

describe('CASE export: valid against the official CASE 1.1 CFPackage schema', () => {
  for (const name of FRAMEWORK_FIXTURES) {
    it(`exports ${name} as a package the schema accepts`, () => {
      const pkg = JSON.parse(exportText(name));
      assert.deepEqual(caseSchemaErrors(pkg), []);
      assert.ok(pkg.CFItems.length > 40, 'every level and statement is an item');
    });
  }

  it('stays valid with a base URI, and every URI starts with it', () => {
    const pkg = JSON.parse(exportText(EXAMPLE_JSON, 'case', 'https://frameworks.example.org/case'));
    assert.deepEqual(caseSchemaErrors(pkg), []);
    assert.equal(pkg.CFDocument.uri, `https://frameworks.example.org/case/${pkg.CFDocument.identifier}`);
    for (const item of pkg.CFItems) assert.equal(item.uri, `https://frameworks.example.org/case/${item.identifier}`);
  });
});

describe('CASE export: reproducible', () => {
  for (const name of FRAMEWORK_FIXTURES) {
    it(`exports ${name} to the same bytes twice`, () => {
      assert.equal(exportText(name), exportText(name));
    });
  }

  it('exports the Markdown form to the same bytes as its JSON form', () => {
    assert.equal(exportText(EXAMPLE_MD), exportText(EXAMPLE_JSON));
    assert.equal(exportText(EXAMPLE_MD, 'ctdl-asn'), exportText(EXAMPLE_JSON, 'ctdl-asn'));
  });

  it('changes no other identifier when one statement is edited', () => {
    const before = toCasePackage(example()) as Json;
    const edited = example();
    edited.framework.levels.emerging.statements[2] = 'Staff meeting agendas — prepare, distribute and archive them.';
    edited.aiFluency.levels.developing[0].text = 'Policy summarization — directs an AI tool to condense documents.';
    const after = toCasePackage(edited) as Json;
    assert.deepEqual(
      after.CFItems.map((i: Json) => i.identifier),
      before.CFItems.map((i: Json) => i.identifier),
    );
    assert.deepEqual(
      after.CFAssociations,
      before.CFAssociations.map((a: Json) => changedTitles(a, after)),
    );
    const changed = after.CFItems.filter((item: Json, i: number) => JSON.stringify(item) !== JSON.stringify(before.CFItems[i]));
    assert.deepEqual(
      changed.map((i: Json) => [i.humanCodingScheme, i.fullStatement, i.abbreviatedStatement]),
      [
        ['11-9179.00.E.3', 'Staff meeting agendas — prepare, distribute and archive them.', 'Staff meeting agendas'],
        ['11-9179.00.AI.D.1', 'Policy summarization — directs an AI tool to condense documents.', 'Policy summarization'],
      ],
    );
  });
});

/** An association of `before` with the titles its nodes have in `after` (an edited headline changes a link's title). */
function changedTitles(association: Json, after: Json): Json {
  const title = (link: Json) => {
    const item = after.CFItems.find((i: Json) => i.identifier === link.identifier);
    return item ? { ...link, title: item.abbreviatedStatement ?? item.fullStatement } : link;
  };
  return { ...association, originNodeURI: title(association.originNodeURI), destinationNodeURI: title(association.destinationNodeURI) };
}

describe('CASE export: the mapping', () => {
  const pkg = toCasePackage(example()) as Json;
  const item = (code: string): Json => pkg.CFItems.find((i: Json) => i.humanCodingScheme === code);
  const links = (type: string, origin: Json) =>
    pkg.CFAssociations.filter((a: Json) => a.associationType === type && a.originNodeURI.identifier === origin.identifier);

  it('describes the framework in the CFDocument: title, subject, version, language, creator, publisher, dates', () => {
    const { extensions, ...document } = pkg.CFDocument;
    assert.deepEqual(Object.keys(extensions), ['nsxFramework']);
    const subject = pkg.CFDefinitions.CFSubjects[0];
    const license = pkg.CFDefinitions.CFLicenses[0];
    assert.deepEqual(document, {
      identifier: uuidV5(JSON.stringify(['nsx-framework', '11-9179.00'])),
      uri: `urn:uuid:${document.identifier}`,
      creator: 'EBSCOed',
      title: 'Personal Service Managers, All Other',
      lastChangeDateTime: '2026-05-15T12:00:00.000Z',
      publisher: 'LER.me',
      description:
        'This framework covers personal service management practice across financial oversight, policy implementation, staff coordination, and stakeholder engagement within Job Zone 4 organizational settings.',
      subject: ['11-9179.00 Personal Service Managers, All Other'],
      subjectURI: [{ title: '11-9179.00 Personal Service Managers, All Other', identifier: subject.identifier, uri: subject.uri }],
      language: 'en',
      version: 'v.26.05',
      licenseURI: { title: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', identifier: license.identifier, uri: license.uri },
      notes: 'O*NET v30.2 (CC BY 4.0); generated by LER.me; © EBSCOed',
      caseVersion: '1.1',
    });
    assert.equal(subject.hierarchyCode, '11-9179.00');
    assert.match(license.licenseText, /O\*NET database \(v30\.2 \(CC BY 4\.0\)\).*https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/$/);
  });

  it('makes each statement an item: the text as written, its headline, a coding scheme, its level as parent and its place', () => {
    const statement = item('11-9179.00.E.3');
    assert.deepEqual(statement, {
      identifier: uuidV5(JSON.stringify(['nsx-framework', '11-9179.00', 'level', 'emerging', 2])),
      uri: `urn:uuid:${statement.identifier}`,
      fullStatement:
        'Staff meeting agendas and minutes — prepare and distribute to coordinate communication among team members and supervisors.',
      abbreviatedStatement: 'Staff meeting agendas and minutes',
      humanCodingScheme: '11-9179.00.E.3',
      listEnumeration: '3',
      CFItemType: 'Competency',
      language: 'en',
      lastChangeDateTime: '2026-05-15T12:00:00.000Z',
    });
    const parent = links('isChildOf', statement);
    assert.deepEqual(
      parent.map((a: Json) => [a.sequenceNumber, a.destinationNodeURI.title, a.destinationNodeURI.identifier]),
      [[3, 'Emerging', item('11-9179.00.E').identifier]],
    );
  });

  it('makes each level an item under the document, linked to the next by precedes', () => {
    const levels = ['E', 'D', 'P', 'A'].map((c) => item(`11-9179.00.${c}`));
    assert.deepEqual(
      levels.map((l) => [l.fullStatement, l.CFItemType, l.notes]),
      [
        ['Emerging', 'Proficiency Level', 'Entry / Apprentice'],
        ['Developing', 'Proficiency Level', 'Mid-level / Established'],
        ['Proficient', 'Proficiency Level', 'Senior / Expert IC'],
        ['Advanced', 'Proficiency Level', 'Lead / Principal / Executive'],
      ],
    );
    assert.deepEqual(
      levels.map((l) => links('precedes', l).map((a: Json) => a.destinationNodeURI.title)),
      [['Developing'], ['Proficient'], ['Advanced'], []],
    );
    assert.deepEqual(
      levels.map((l) => links('isChildOf', l).map((a: Json) => [a.sequenceNumber, a.destinationNodeURI.identifier])),
      [1, 2, 3, 4].map((n) => [[n, pkg.CFDocument.identifier]]),
    );
  });

  it('gives AI fluency and durable skills branches of their own, with citations readable in the notes', () => {
    const ai = item('11-9179.00.AI.E.1');
    assert.equal(ai.notes, 'Cites: Jadhav & Danve, 2026: Skill Automation Feasibility Index — Jadhav & Danve, 2026 (arXiv:2604.06906)');
    assert.equal(links('isChildOf', ai)[0].destinationNodeURI.identifier, item('11-9179.00.AI.E').identifier);
    assert.equal(links('isChildOf', item('11-9179.00.AI.E'))[0].destinationNodeURI.identifier, item('11-9179.00.AI').identifier);
    assert.deepEqual([item('11-9179.00.AI').fullStatement, item('11-9179.00.AI').CFItemType], ['AI fluency', 'Framework Section']);
    const durable = item('11-9179.00.DS.COM.E.1');
    assert.equal(
      durable.fullStatement,
      'Client intake communication — gathers service preferences and basic history through structured intake forms while maintaining a welcoming tone',
    );
    assert.equal(
      durable.notes,
      'Cites: Pathsmith Durable Skills: Pathsmith Durable Skills Framework — America Succeeds + CompTIA; O*NET v30.2: O*NET Resource Center — Occupational Information Network, v30.2 (Sept 2025)',
    );
    assert.deepEqual(
      [item('11-9179.00.DS.COM').fullStatement, item('11-9179.00.DS.COM').CFItemType],
      ['Communication', 'Durable Skill Domain'],
    );
    assert.equal(links('isChildOf', item('11-9179.00.DS.COM'))[0].destinationNodeURI.identifier, item('11-9179.00.DS').identifier);
  });

  it('relates the document to its O*NET occupation and CIP programs', () => {
    const related = pkg.CFAssociations.filter((a: Json) => a.associationType === 'isRelatedTo').map((a: Json) => a.destinationNodeURI);
    assert.deepEqual(related[0], {
      title: 'O*NET-SOC 11-9179.00 Personal Service Managers, All Other',
      identifier: '11-9179.00',
      uri: 'https://www.onetonline.org/link/summary/11-9179.00',
      targetType: 'ext:ONET-SOC',
    });
    const cips = example().onetEnrichment.cipCodes ?? [];
    assert.deepEqual(
      related.slice(1).map((d: Json) => d.identifier),
      cips,
    );
  });
});

describe('CASE import: the framework back, losslessly', () => {
  for (const name of FRAMEWORK_FIXTURES) {
    it(`gives ${name} back as the same JSON value, in the same key order`, () => {
      // The reader's objects have no prototype; the comparison is of JSON values.
      const original = JSON.parse(JSON.stringify(exportableValue(fixtureDocument(name))));
      const back = importCasePackage(exportText(name));
      assert.ok('value' in back, JSON.stringify(back));
      assert.deepEqual(back.value, original);
      assert.equal(JSON.stringify(back.value), JSON.stringify(original));
    });
  }

  it('writes the JSON and the Markdown form of the fixture exactly (convert --to json|md)', () => {
    assert.deepEqual(convertCasePackage(exportText(EXAMPLE_JSON), 'json'), { text: readFixture(EXAMPLE_JSON) });
    assert.deepEqual(convertCasePackage(exportText(EXAMPLE_MD), 'markdown'), { text: readFixture(EXAMPLE_MD) });
  });

  it('takes the statements from the items, so an edit made in a CASE tool comes back', () => {
    const pkg = toCasePackage(example()) as Json;
    pkg.CFItems.find((i: Json) => i.humanCodingScheme === '11-9179.00.DS.COM.E.1').fullStatement =
      'Client intake — edited in a CASE editor';
    const back = importCasePackage(JSON.stringify(pkg)) as { value: Json };
    const expected = example();
    expected.durableSkills[0].levels.emerging[0].text = 'Client intake — edited in a CASE editor';
    assert.deepEqual(back.value, expected);
  });

  it('names what is missing in a package it did not write', () => {
    const foreign = {
      CFDocument: { identifier: uuidV5('x'), uri: 'urn:x', creator: 'Someone', title: 'Other', lastChangeDateTime: '2026-01-01T00:00:00Z' },
      CFItems: [],
    };
    assert.deepEqual(importCasePackage(JSON.stringify(foreign)), {
      error:
        "The CASE package has no CFDocument.extensions.nsxFramework, where an export of this extension keeps the framework's data: only a package exported by the NSX Framework Editor can be converted back to a framework",
    });
    assert.deepEqual(importCasePackage('{ "CFItems": [] }'), { error: 'Not a CASE package: it has no CFDocument' });
    assert.deepEqual(importCasePackage('[1, 2]'), { error: 'Not a CASE package: it has no CFDocument' });
    assert.deepEqual(importCasePackage('{ "CFDocument": {\n  "title": }'), {
      error: 'Not valid JSON (line 2, column 12: ValueExpected)',
      syntax: true,
    });
    assert.deepEqual(importCasePackage(''), { error: 'Not valid JSON (line 1, column 1: ValueExpected)', syntax: true });

    const pkg = toCasePackage(example()) as Json;
    const lost = pkg.CFItems.findIndex((i: Json) => i.humanCodingScheme === '11-9179.00.P.2');
    const id = pkg.CFItems[lost].identifier;
    pkg.CFItems.splice(lost, 1);
    assert.deepEqual(importCasePackage(JSON.stringify(pkg)), {
      error: `The CASE package is incomplete: CFItems has no item "${id}" with a fullStatement (the statement at framework.levels.proficient.statements[1])`,
    });
    pkg.CFDocument.extensions.nsxFramework.version = 2;
    assert.deepEqual(importCasePackage(JSON.stringify(pkg)), {
      error: 'CFDocument.extensions.nsxFramework.version is 2; this version of the extension reads version 1',
    });
  });

  it('keeps the same text for the same value through toCaseText', () => {
    assert.equal(toCaseText(example()), exportText(EXAMPLE_JSON));
  });
});
