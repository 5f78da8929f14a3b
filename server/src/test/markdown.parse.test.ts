import { strict as assert } from 'node:assert';
import { findNodeAtOffset } from 'jsonc-parser';
import { nodeAt, nodeAtOffset, pathOf } from '../languageService/model';
import { covered, mdFindings, mdFramework, mdParse } from './markdownUtil';
import { frameworkText, parse, readFixture, span } from './util';

const aiEmerging = { aiFluency: { levels: { emerging: [{ text: 'AI drafts — uses AI tools.', cites: ['safi-2026', 'wef-2021'] }] } } };

describe('Markdown parser: the shared tree, with ranges in the Markdown text', () => {
  it('reads the full example into exactly the value of its JSON twin, with no findings', () => {
    const doc = mdParse(readFixture('example-full-11-9179.00.framework.md'), 'file:///w/example-full-11-9179.00.framework.md');
    assert.deepEqual(JSON.parse(JSON.stringify(doc.value)), JSON.parse(readFixture('example-full-11-9179.00.framework.json')));
    assert.equal(doc.isFramework, true);
    assert.deepEqual(mdFindings(readFixture('example-full-11-9179.00.framework.md'), 'file:///w/example-full-11-9179.00.framework.md'), []);
  });

  it('points front-matter values and keys at their YAML text, quotes included', () => {
    const doc = mdParse(mdFramework());
    assert.equal(covered(doc, nodeAt(doc, ['occupation', 'title'])), 'Personal Service Managers, All Other');
    assert.equal(covered(doc, nodeAt(doc, ['occupation', 'soc'])), '"11-9179.00"');
    assert.equal(nodeAt(doc, ['occupation', 'jobZone'])?.value, 4);
    assert.equal(covered(doc, nodeAt(doc, ['occupation', 'jobZone'])), '4');
    assert.equal(covered(doc, nodeAt(doc, ['occupation'])?.parent?.children?.[0]), 'occupation');
  });

  it('points statements at their list-item text, citations at their keys and labels at their headings', () => {
    const text = mdFramework(aiEmerging);
    const doc = mdParse(text);
    assert.equal(
      covered(doc, nodeAt(doc, ['framework', 'levels', 'emerging', 'statements', 1])),
      'Emerging headline two — body of emerging statement two.',
    );
    assert.equal(covered(doc, nodeAt(doc, ['framework', 'levels', 'proficient', 'label'])), 'Proficient');
    assert.equal(
      covered(doc, nodeAt(doc, ['framework', 'contextCovered'])),
      'This framework covers management practice within Job Zone 4 settings.',
    );
    assert.equal(covered(doc, nodeAt(doc, ['aiFluency', 'levels', 'emerging', 0, 'text'])), 'AI drafts — uses AI tools.');
    const cite = nodeAt(doc, ['aiFluency', 'levels', 'emerging', 0, 'cites', 1])!;
    assert.equal(cite.value, 'wef-2021');
    assert.equal(covered(doc, cite), 'wef-2021');
    assert.equal(text.slice(cite.offset - 2, cite.offset + cite.length + 1), '[@wef-2021]');
    assert.equal(covered(doc, nodeAt(doc, ['aiFluency', 'levels', 'emerging', 0])), 'AI drafts — uses AI tools. [@safi-2026] [@wef-2021]');
  });

  it('maps string indices through YAML quotes and escapes', () => {
    const text = mdFramework().replace('title: Personal Service Managers, All Other', 'title: "Caf\\u00e9 \\"Managers\\" \'x\'"');
    const doc = mdParse(text);
    const title = nodeAt(doc, ['occupation', 'title'])!;
    assert.equal(title.value, 'Café "Managers" \'x\'');
    assert.equal(text[doc.stringOffset(title, 'Café "'.length)], 'M');
    assert.equal(text[doc.stringOffset(title, 'Café "Managers" \''.length)], 'x');
    const single = mdFramework().replace('group: Management', "group: 'It''s management'");
    const sdoc = mdParse(single);
    const group = nodeAt(sdoc, ['occupation', 'group'])!;
    assert.equal(group.value, "It's management");
    assert.equal(single[sdoc.stringOffset(group, "It's ".length)], 'm');
  });

  it('joins a statement continued on the next line and maps both lines', () => {
    const text = mdFramework().replace('1. Emerging headline one — body of emerging', '1. Emerging headline one — body\n   of emerging');
    const doc = mdParse(text);
    const node = nodeAt(doc, ['framework', 'levels', 'emerging', 'statements', 0])!;
    assert.equal(node.value, 'Emerging headline one — body\nof emerging statement one.');
    assert.equal(doc.stringOffset(node, node.value.indexOf('of emerging')), text.indexOf('of emerging'));
  });

  it('reads CRLF line endings with the same value and ranges on the right characters', () => {
    const lf = mdFramework(aiEmerging);
    const crlf = lf.replace(/\n/g, '\r\n');
    const doc = mdParse(crlf);
    assert.deepEqual(doc.value, mdParse(lf).value);
    assert.equal(covered(doc, nodeAt(doc, ['aiFluency', 'levels', 'emerging', 0, 'cites', 0])), 'safi-2026');
    assert.equal(
      covered(doc, nodeAt(doc, ['framework', 'levels', 'advanced', 'statements', 1])),
      'Advanced headline two — body of advanced statement two.',
    );
  });

  it('reads old Mac line endings (a lone CR), which editors and markdown-it count as line breaks', () => {
    const lf = mdFramework(aiEmerging);
    const cr = lf.replace(/\n/g, '\r');
    const doc = mdParse(cr);
    assert.deepEqual(doc.value, mdParse(lf).value);
    assert.equal(covered(doc, nodeAt(doc, ['aiFluency', 'levels', 'emerging', 0, 'cites', 1])), 'wef-2021');
  });

  it('takes durable-skill domains from ### and their levels from #### headings', () => {
    const text = mdFramework({
      durableSkills: [{ domain: 'Leadership', levels: { applying: [{ text: 'Team lead — guides a team', cites: [] }] } }],
    });
    const doc = mdParse(text);
    assert.equal(covered(doc, nodeAt(doc, ['durableSkills', 0, 'domain'])), 'Leadership');
    assert.equal(covered(doc, nodeAt(doc, ['durableSkills', 0, 'levels', 'applying', 0, 'text'])), 'Team lead — guides a team');
    assert.deepEqual(nodeAt(doc, ['durableSkills', 0, 'levels', 'applying', 0, 'cites'])?.children, []);
  });

  it('is a framework by its name or by its front matter; other Markdown is not', () => {
    assert.equal(mdParse('# Notes\n', 'file:///w/notes.md').isFramework, false);
    assert.equal(mdParse('# Notes\n', 'file:///w/notes.framework.md').isFramework, true);
    assert.equal(mdParse(mdFramework(), 'untitled:Untitled-1').isFramework, true);
  });
});

describe('Markdown: the checks of the JSON form land on the Markdown text', () => {
  it('statement shape: a hyphen separator and a missing final period', () => {
    const text = mdFramework().replace('Emerging headline one — body of emerging statement one.', 'Budget drafts - compile under guidance');
    assert.deepEqual(mdFindings(text), [
      `${span(text, ' - ')} warning statement-separator Separate the headline from the body with " — " (space, em dash, space), not " - " (a hyphen)`,
      `${span(text, 'e', { after: 'under guidanc' })} warning statement-final-period A level statement ends with a period`,
    ]);
  });

  it('an unknown citation key, on the key inside [@…]', () => {
    const text = mdFramework(aiEmerging).replace('[@wef-2021]', '[@wef-2012]');
    assert.deepEqual(mdFindings(text), [
      `${span(text, 'wef-2012')} error unknown-citation Unknown citation "wef-2012": it is neither built in nor defined in "citations". Did you mean "wef-2021"?`,
    ]);
  });

  it('schema, label and O*NET checks in the front matter and headings', () => {
    const text = mdFramework({ onetEnrichment: { skills: ['Speaking', 'Speeking'] } })
      .replace('soc: "11-9179.00"', 'soc: 119179')
      .replace('## Developing', '## developing');
    const found = mdFindings(text);
    assert.ok(
      found.includes(`${span(text, '119179')} error wrong-type SOC code must be an O*NET-SOC code like "11-9179.00"; found 119179`),
      found.join('\n'),
    );
    assert.ok(
      found.includes(
        `${span(text, 'developing', { after: '## ' })} error level-label The developing level's label must be "Developing"; found "developing"`,
      ),
      found.join('\n'),
    );
    assert.ok(
      found.includes(
        `${span(text, 'Speeking')} warning unknown-onet-name "Speeking" is not one of the O*NET 30 Skills. Did you mean "Speaking"?`,
      ),
      found.join('\n'),
    );
    assert.equal(found.length, 3, found.join('\n'));
  });

  it('context covered naming another Job Zone, on the words in the paragraph', () => {
    const text = mdFramework().replace('within Job Zone 4', 'within Job Zone 2');
    assert.deepEqual(mdFindings(text), [
      `${span(text, 'Job Zone 2')} warning context-job-zone Context covered says "Job Zone 2", but the occupation's Job Zone is 4`,
    ]);
  });
});

describe('nodeAtOffset: the node under the cursor, in both forms', () => {
  const at = (text: string, needle: string, after?: string) => {
    const doc = mdParse(text);
    const offset = text.indexOf(needle, after ? text.indexOf(after) : 0) + 1;
    const node = nodeAtOffset(doc, offset);
    return node && { path: pathOf(node), text: covered(doc, node) };
  };
  const text = mdFramework({
    aiFluency: { levels: { emerging: [{ text: 'AI drafts — uses AI tools.', cites: ['safi-2026'] }] } },
    onetEnrichment: { skills: ['Speaking'] },
  });

  it('finds body statements under framework.levels although framework starts in the front matter', () => {
    assert.deepEqual(at(text, 'Proficient headline two'), {
      path: ['framework', 'levels', 'proficient', 'statements', 1],
      text: 'Proficient headline two — body of proficient statement two.',
    });
    assert.deepEqual(at(text, 'Developing', '## '), { path: ['framework', 'levels', 'developing', 'label'], text: 'Developing' });
  });

  it('finds front-matter values after framework, and citation keys', () => {
    assert.deepEqual(at(text, 'Speaking'), { path: ['onetEnrichment', 'skills', 0], text: 'Speaking' });
    assert.deepEqual(at(text, 'LER.me'), { path: ['sources', 'generator'], text: 'LER.me' });
    assert.deepEqual(at(text, 'safi-2026'), { path: ['aiFluency', 'levels', 'emerging', 0, 'cites', 0], text: 'safi-2026' });
  });

  it('finds the same nodes as jsonc-parser in JSON', () => {
    const json = frameworkText();
    const doc = parse(json);
    const offset = json.indexOf('LER.me');
    assert.deepEqual(pathOf(nodeAtOffset(doc, offset)!), pathOf(findNodeAtOffset(doc.root!, offset)!));
  });
});
