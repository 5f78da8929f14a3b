import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, CompletionList, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService } from '../languageService';
import { ONET_ELEMENTS } from '../languageService/catalog/onetData';
import { cursor, frameworkText, readFixture } from './util';

const service = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'] }));

/** The completion list at the `|` marker. */
function complete(textWithMarker: string, uri = 'file:///work/test.framework.json'): CompletionList {
  const { text, offset } = cursor(textWithMarker);
  const doc = service.parse(TextDocument.create(uri, 'json', 1, text));
  return service.doComplete(doc, doc.textDocument.positionAt(offset));
}

/** Items as the list shows them, in order: `label · detail`. */
const rows = (list: CompletionList): string[] =>
  [...list.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => (i.detail ? `${i.label} · ${i.detail}` : i.label));
const labels = (list: CompletionList): string[] => rows(list).map((r) => r.split(' · ')[0]);
const edit = (item: CompletionItem): TextEdit => item.textEdit as TextEdit;

/** The text after applying an item's edit (snippet syntax left as is). */
function apply(textWithMarker: string, item: CompletionItem): string {
  const { text } = cursor(textWithMarker);
  const doc = TextDocument.create('file:///x', 'json', 1, text);
  return TextDocument.applyEdits(doc, [edit(item)]);
}

const at = (text: string, needle: string, replacement: string): string => {
  assert.ok(text.includes(needle), `${needle} not in text`);
  return text.replace(needle, replacement);
};

describe('completion: level labels', () => {
  it('completes "Emer|" to the level\'s own label, replacing the whole string', () => {
    const text = at(frameworkText(), '"label": "Emerging"', '"label": "Emer|"');
    const list = complete(text);
    assert.deepEqual(rows(list), ['Emerging · Entry / Apprentice']);
    const [item] = list.items;
    assert.equal(item.filterText, '"Emerging"');
    assert.equal(item.preselect, true);
    assert.equal(apply(text, item), frameworkText());
  });

  it('completes in an unterminated string, up to the cursor, adding the comma the next property needs', () => {
    const text = at(frameworkText(), '"label": "Emerging",', '"label": "Emer|');
    const [item] = complete(text).items;
    assert.equal(edit(item).newText, '"Emerging",');
    assert.equal(apply(text, item), frameworkText());
  });

  it('writes a space after a colon typed just before', () => {
    const text = at(frameworkText(), '"label": "Proficient"', '"label":|');
    const [item] = complete(text).items;
    assert.equal(apply(text, item), frameworkText());
  });

  it('replaces a word typed without quotes by the quoted label', () => {
    const text = at(frameworkText(), '"label": "Advanced"', '"label": Adv|');
    const [item] = complete(text).items;
    assert.equal(apply(text, item), frameworkText());
  });

  it('replaces a word typed without quotes by the quoted label', () => {
    const text = at(frameworkText(), '"label": "Advanced"', '"label": Adv|');
    const [item] = complete(text).items;
    assert.equal(apply(text, item), frameworkText());
  });

  it('reads past a byte order mark', () => {
    const text = '\ufeff' + at(frameworkText(), '"label": "Emerging"', '"label": "Emer|"');
    assert.equal(apply(text, complete(text).items[0]), '\ufeff' + frameworkText());
  });

  it('offers all four labels, in NSX order, under a key that is not a level', () => {
    const text = at(frameworkText(), '"label": "Emerging"', '"label": "|"').replace('"emerging": {', '"beginner": {');
    assert.deepEqual(labels(complete(text)), ['Emerging', 'Developing', 'Proficient', 'Advanced']);
  });
});

describe('completion: O*NET names', () => {
  const enriched = (lists: Record<string, string[]>) => frameworkText({ onetEnrichment: lists });

  it("offers the list's own category only, without the names already listed, with the category as detail", () => {
    const text = at(enriched({ skills: ['Speaking', 'Writing'], knowledge: ['Mathematics'] }), '"Writing"', '"Wri|"');
    const list = complete(text);
    const expected = ONET_ELEMENTS.skill.filter((n) => n !== 'Speaking');
    assert.deepEqual(labels(list), expected);
    assert.equal(list.items.length, 34);
    assert.ok(list.items.every((i) => i.detail === 'O*NET 30 Skill'));
    // "Mathematics" is a Skill and a Knowledge area: listed as Knowledge, it is still a Skill to offer.
    assert.ok(labels(list).includes('Mathematics'));
  });

  it('offers Knowledge areas in "knowledge", Abilities in "abilities", Work Styles in "workStyles"', () => {
    const text = enriched({ knowledge: ['Mathematics'], abilities: [], workStyles: ['Integrity'] });
    const knowledge = complete(at(text, '"Mathematics"', '"Mathematics", |'));
    assert.deepEqual(
      labels(knowledge),
      ONET_ELEMENTS.knowledge.filter((n) => n !== 'Mathematics'),
    );
    assert.equal(knowledge.items[0].detail, 'Knowledge');
    const abilities = complete(at(text, '"abilities": []', '"abilities": [|]'));
    assert.deepEqual(rows(abilities).slice(0, 2), ['Oral Comprehension · Ability', 'Written Comprehension · Ability']);
    assert.equal(abilities.items.length, 52);
    const styles = complete(at(text, '"Integrity"', '|"Integrity"'));
    assert.equal(styles.items.length, 20);
    // Inserted before another item, the name brings its comma.
    assert.equal(edit(styles.items[0]).newText, `"${ONET_ELEMENTS.workStyle[0]}",`);
  });

  it('still knows the names listed after an unterminated string', () => {
    const text = at(enriched({ skills: ['Speaking', 'Writing', 'Monitoring'] }), '"Writing",', '"Wri|');
    const list = complete(text);
    assert.deepEqual(
      labels(list),
      ONET_ELEMENTS.skill.filter((n) => n !== 'Speaking' && n !== 'Monitoring'),
    );
    assert.equal(
      apply(
        text,
        list.items.find((i) => i.label === 'Writing')!,
      ),
      enriched({ skills: ['Speaking', 'Writing', 'Monitoring'] }),
    );
  });

  it('offers the Skills for the SAFI top skill', () => {
    const text = frameworkText({ evidencePack: { safi: { topSkill: 'Speaking', score: 48.5, quadrant: 'Q2', precision: 'exact' } } });
    const list = complete(at(text, '"topSkill": "Speaking"', '"topSkill": "Spe|"'));
    assert.deepEqual(labels(list), [...ONET_ELEMENTS.skill]);
  });
});

describe('completion: citation keys', () => {
  const withCites = (cites: string, citations?: Record<string, { label: string; title: string }>) =>
    at(frameworkText({ citations, aiFluency: { levels: { emerging: [{ text: 'A — b.', cites: ['CITES'] }] } } }), '"CITES"', cites);

  it('offers the built-in keys in an empty list, with the chip label as detail and the title as documentation', () => {
    const list = complete(withCites('|'));
    assert.deepEqual(rows(list), [
      'onet-30.2 · O*NET v30.2',
      'pathsmith · Pathsmith Durable Skills',
      'safi-2026 · Jadhav & Danve, 2026',
      'wef-2021 · WEF Skills Taxonomy',
      'aei-2026-03-24 · Anthropic Economic Index',
    ]);
    const safi = list.items.find((i) => i.label === 'safi-2026')!;
    assert.equal(
      (safi.documentation as MarkupContent).value,
      'Skill Automation Feasibility Index — Jadhav & Danve, 2026 (arXiv:2604.06906)\n\n[https://arxiv.org/abs/2604.06906](https://arxiv.org/abs/2604.06906)\n\nBuilt-in citation',
    );
    assert.equal(edit(safi).newText, '"safi-2026"');
  });

  it('finds a key by its label or title: "Jadhav" finds safi-2026, "taxonomy" finds wef-2021', () => {
    const jadhav = complete(withCites('"Jadhav|"'));
    assert.deepEqual(labels(jadhav), ['safi-2026']);
    assert.equal(jadhav.isIncomplete, true);
    // The editor filters by the typed text; the item must pass that test although its key does not match.
    assert.equal(jadhav.items[0].filterText, '"Jadhav');
    assert.equal(apply(withCites('"Jadhav|"'), jadhav.items[0]), withCites('"safi-2026"').replace('|', ''));
    assert.deepEqual(labels(complete(withCites('"taxonomy|'))), ['wef-2021']);
    assert.deepEqual(labels(complete(withCites('"o*net|'))), ['onet-30.2']);
    assert.deepEqual(labels(complete(withCites('"2026|'))), ['safi-2026', 'aei-2026-03-24']);
    assert.deepEqual(labels(complete(withCites('"zzz|'))), []);
  });

  it("leaves out the keys already in the list, and offers the file's own keys after the built-ins", () => {
    const citations = {
      'bls-2024': { label: 'BLS OOH', title: 'Occupational Outlook Handbook' },
      'wef-2021': { label: 'WEF 2021', title: 'Our WEF title' },
    };
    const list = complete(withCites('"safi-2026", "pathsmith", |', citations));
    assert.deepEqual(rows(list), [
      'onet-30.2 · O*NET v30.2',
      'wef-2021 · WEF 2021',
      'aei-2026-03-24 · Anthropic Economic Index',
      'bls-2024 · BLS OOH',
    ]);
    assert.equal((list.items[1].documentation as MarkupContent).value, 'Our WEF title\n\nDefined in this file (overrides the built-in)');
    // A second key typed after the first: the first is not offered again.
    assert.deepEqual(labels(complete(withCites('"safi-2026", "Jad|"', citations))), []);
  });
});

describe('completion: property keys with snippets', () => {
  it('offers the optional sections not yet present, in schema order, never a key already there', () => {
    const text = at(frameworkText({ citations: {} }), '"attribution": "© EBSCOed"', '"attribution": "© EBSCOed",\n  "|"');
    const list = complete(text);
    assert.deepEqual(rows(list), [
      'aiFluency · AI fluency',
      'evidencePack · Evidence pack',
      'durableSkills · Durable skills',
      'onetEnrichment · O*NET enrichment',
    ]);
    assert.equal(edit(list.items[0]).newText, '"aiFluency": {\n\t"levels": {$1}\n}');
    assert.equal((list.items[1].documentation as MarkupContent).value, 'An object with aeiUsage, safi and wefCluster (each optional).');
  });

  it('offers a missing level with a whole level skeleton, and a comma when a property follows', () => {
    const full = frameworkText();
    const developing = full.slice(full.indexOf('"developing": {'), full.indexOf('"proficient": {'));
    const text = at(full, developing, '"dev|\n        ');
    const list = complete(text);
    assert.deepEqual(rows(list), ['developing · Developing — Mid-level / Established']);
    assert.equal(edit(list.items[0]).newText, '"developing": {\n\t"label": "Developing",\n\t"statements": ["${1:Headline — body.}"]\n},');
  });

  it('offers the AI-fluency levels not yet present in NSX order, each a list with a first cited statement', () => {
    const text = at(frameworkText({ aiFluency: { levels: { developing: [] } } }), '"developing": []', '|\n"developing": []');
    const list = complete(text);
    assert.deepEqual(rows(list), [
      'emerging · Emerging — Entry / Apprentice',
      'proficient · Proficient — Senior / Expert IC',
      'advanced · Advanced — Lead / Principal / Executive',
    ]);
    assert.equal(edit(list.items[0]).newText, '"emerging": [\n\t{ "text": "${1:Headline — body.}", "cites": [$2] }\n],');
  });

  it('offers the durable levels not yet present, statements without a final period', () => {
    const text = at(
      frameworkText({ durableSkills: [{ domain: 'Communication', levels: { applying: [] } }] }),
      '"applying": []',
      '"applying": [], |',
    );
    const list = complete(text);
    assert.deepEqual(rows(list), [
      'emerging · Emerging · durable-skill level',
      'developing · Developing · durable-skill level',
      'exceeding · Exceeding · durable-skill level',
    ]);
    assert.equal(edit(list.items[2]).newText, '"exceeding": [\n\t{ "text": "${1:Headline — body}", "cites": [$2] }\n]');
  });

  it('completes a key typed without quotes', () => {
    const text = at(frameworkText(), '"attribution": "© EBSCOed"', '"attribution": "© EBSCOed",\n  onet|');
    const list = complete(text);
    assert.deepEqual(labels(list), ['citations', 'aiFluency', 'evidencePack', 'durableSkills', 'onetEnrichment']);
    assert.equal(apply(text, list.items[4]), at(text, 'onet|', '"onetEnrichment": {$1}'));
  });

  it('completes a key typed without quotes', () => {
    const text = at(frameworkText(), '"attribution": "© EBSCOed"', '"attribution": "© EBSCOed",\n  onet|');
    const list = complete(text);
    assert.deepEqual(labels(list), ['citations', 'aiFluency', 'evidencePack', 'durableSkills', 'onetEnrichment']);
    assert.equal(apply(text, list.items[4]), at(text, 'onet|', '"onetEnrichment": {$1}'));
  });

  it('writes only the key when a colon follows it', () => {
    const text = at(frameworkText({ aiFluency: { levels: { emerging: [{ text: 'A — b.', cites: [] }] } } }), '"cites": []', '"ci|": []');
    const list = complete(text);
    assert.deepEqual(rows(list), ['cites · Citations']);
    assert.equal(edit(list.items[0]).newText, '"cites"');
  });

  it('offers text and cites in an empty cited statement', () => {
    const text = at(frameworkText({ aiFluency: { levels: { emerging: [] } } }), '"emerging": []', '"emerging": [{ | }]');
    const list = complete(text);
    assert.deepEqual(labels(list), ['text', 'cites']);
    assert.equal(edit(list.items[0]).newText, '"text": "$1"');
    assert.equal(edit(list.items[1]).newText, '"cites": [$1]');
  });
});

describe('completion: new statements, domains and Job Zones', () => {
  it('offers a new cited statement in an AI-fluency or durable list', () => {
    const ai = complete(at(frameworkText({ aiFluency: { levels: { emerging: [] } } }), '"emerging": []', '"emerging": [|]'));
    assert.deepEqual(rows(ai), ['New cited statement · { "text": …, "cites": [] }']);
    assert.equal(edit(ai.items[0]).newText, '{ "text": "${1:Headline — body.}", "cites": [$2] }');
    const durable = complete(
      at(frameworkText({ durableSkills: [{ domain: 'Character', levels: { exceeding: [] } }] }), '"exceeding": []', '"exceeding": [|]'),
    );
    assert.equal(edit(durable.items[0]).newText, '{ "text": "${1:Headline — body}", "cites": [$2] }');
  });

  it('offers the durable-skill domains not yet used, in NSX order', () => {
    const text = frameworkText({
      durableSkills: [
        { domain: 'Leadership', levels: {} },
        { domain: 'Creativity', levels: {} },
        { domain: 'X', levels: {} },
      ],
    });
    const list = complete(at(text, '"X"', '"|"'));
    assert.deepEqual(labels(list), [
      'Communication',
      'Metacognition',
      'Critical Thinking',
      'Collaboration',
      'Character',
      'Growth Mindset',
      'Mindfulness',
      'Fortitude',
    ]);
    assert.equal(list.items[0].detail, 'Durable-skill domain');
    // The domain being edited does not count as used.
    assert.ok(labels(complete(at(text, '"Creativity"', '"Crea|"'))).includes('Creativity'));
  });

  it('offers a whole new domain entry in the durable-skills list', () => {
    const text = frameworkText({ durableSkills: [{ domain: 'Communication', levels: {} }] });
    const list = complete(at(text, '"durableSkills": [', '"durableSkills": [|'));
    assert.equal(list.items.length, 9);
    assert.equal(rows(list)[0], 'Leadership · New durable-skill domain');
    assert.equal(
      edit(list.items.find((i) => i.label === 'Leadership')!).newText,
      '{\n\t"domain": "Leadership",\n\t"levels": {\n\t\t"emerging": [\n\t\t\t{ "text": "${1:Headline — body}", "cites": [$2] }\n\t\t]\n\t}\n},',
    );
  });

  it('offers the five Job Zones with their names', () => {
    const list = complete(at(frameworkText(), '"jobZone": 4', '"jobZone": |'));
    assert.deepEqual(rows(list), [
      '1 · Little or No Preparation',
      '2 · Some Preparation',
      '3 · Medium Preparation',
      '4 · Considerable Preparation',
      '5 · Extensive Preparation',
    ]);
  });
});

describe('completion: where nothing fits', () => {
  it('offers nothing right after a complete value, inside a number, or in a plain text field', () => {
    assert.deepEqual(complete(at(frameworkText(), '"jobZone": 4', '"jobZone": 4 |')).items, []);
    assert.deepEqual(complete(at(frameworkText(), '"sector": "92"', '"sector": "9|2"')).items, []);
    assert.deepEqual(complete(at(frameworkText(), '"jobZone": 4', '"jobZone": 4|')).items, []);
  });

  it('offers nothing in a JSON file that is not a framework', () => {
    assert.deepEqual(complete('{ "label": "Emer|" }', 'file:///work/package.json').items, []);
  });
});

describe('completion: the reference files', () => {
  it('offers the Skills missing from the full 11-9179.00 example', () => {
    const text = readFixture('example-full-11-9179.00.framework.json');
    const list = complete(at(text, '"Writing"\n', '"Writing",\n      "|"\n'));
    assert.equal(list.items.length, 35 - 8);
    assert.deepEqual(labels(list).slice(0, 4), ['Mathematics', 'Science', 'Active Learning', 'Learning Strategies']);
  });

  it('finds safi-2026 by "Jadhav" in the full example, with the file\'s own label', () => {
    const text = readFixture('example-full-11-9179.00.framework.json');
    const list = complete(at(text, '"cites": []', '"cites": ["Jadhav|"]'));
    assert.deepEqual(rows(list), ['safi-2026 · Jadhav & Danve, 2026']);
  });
});

describe('hover and completion never fail', () => {
  it('answer at offsets all through the reference files, whole and cut short', () => {
    const texts = ['example-full-11-9179.00.framework.json', 'export-43-9199.00.json'].map(readFixture);
    for (const full of texts) {
      const cuts = [full, ...[0.1, 0.33, 0.5, 0.71, 0.9].map((f) => full.slice(0, Math.floor(full.length * f)))];
      for (const text of cuts) {
        const doc = service.parse(TextDocument.create('file:///work/t.framework.json', 'json', 1, text));
        for (let offset = 0; offset <= text.length; offset += text === full ? 211 : 1009) {
          const position = doc.textDocument.positionAt(offset);
          assert.doesNotThrow(() => service.doHover(doc, position), `hover at ${offset}`);
          assert.doesNotThrow(() => service.doComplete(doc, position), `completion at ${offset}`);
        }
        const end = doc.textDocument.positionAt(text.length);
        assert.doesNotThrow(() => service.doComplete(doc, end));
      }
    }
  });
});

describe('completion: files the limits decline', () => {
  it('10,000 unclosed brackets before an unterminated string: no completion, no stack overflow (fuzz case)', () => {
    const s = createLanguageService();
    const text = `{"schemaVersion": "1.0", "framework": ${'['.repeat(10_000)}"Emer`;
    const doc = s.parse(TextDocument.create('file:///w/x.framework.json', 'json', 1, text));
    assert.deepEqual(s.doComplete(doc, doc.textDocument.positionAt(text.length)).items, []);
    assert.equal(s.doHover(doc, doc.textDocument.positionAt(text.length - 2)), undefined);
  });
});
