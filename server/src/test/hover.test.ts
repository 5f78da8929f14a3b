import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver-types';
import { createLanguageService } from '../languageService';
import { cursor, frameworkText, readFixture, span } from './util';

const service = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'] }));

/** The hover at the `|` marker: its Markdown and its range as `L:C-L:C` (1-based), or undefined. */
function hover(textWithMarker: string, uri = 'file:///work/test.framework.json'): { markdown: string; range: string } | undefined {
  const { text, offset } = cursor(textWithMarker);
  const doc = service.parse(TextDocument.create(uri, 'json', 1, text));
  const result = service.doHover(doc, doc.textDocument.positionAt(offset));
  if (!result) return undefined;
  const { start, end } = result.range!;
  return {
    markdown: (result.contents as MarkupContent).value,
    range: `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`,
  };
}

/** The hover Markdown with the marker placed `delta` characters into the `occurrence`-th `needle`. */
function hoverIn(text: string, needle: string, delta = 1, occurrence = 1): string | undefined {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} not in text`);
  return hover(text.slice(0, at + delta) + '|' + text.slice(at + delta))?.markdown;
}

const cited = (cites: string[], text = 'AI-drafted correspondence — uses AI tools to draft memos.') => ({ text, cites });

describe('hover: citation keys', () => {
  const text = frameworkText({
    aiFluency: { levels: { emerging: [cited(['safi-2026']), cited(['wef-2021', 'safi-2026', 'safi-2026'])], advanced: [cited([])] } },
  });

  it('shows the chip label, title, URL link, where it is defined and how many statements cite it', () => {
    const at = text.indexOf('"safi-2026"');
    const result = hover(text.slice(0, at + 3) + '|' + text.slice(at + 3));
    assert.deepEqual(result, {
      markdown: [
        '**Jadhav & Danve, 2026** `safi-2026`',
        'Skill Automation Feasibility Index — Jadhav & Danve, 2026 (arXiv:2604.06906)',
        '[https://arxiv.org/abs/2604.06906](https://arxiv.org/abs/2604.06906)',
        // A statement citing the key twice counts once.
        'Built-in citation · cited by 2 statements in this file',
      ].join('\n\n'),
      range: span(text, '"safi-2026"'),
    });
  });

  it('shows the license and escapes Markdown in labels ("O*NET" does not start italics)', () => {
    const withOnet = frameworkText({ aiFluency: { levels: { emerging: [cited(['onet-30.2'])] } } });
    assert.equal(
      hoverIn(withOnet, '"onet-30.2"', 2),
      [
        '**O\\*NET v30.2** `onet-30.2`',
        'O\\*NET Resource Center — Occupational Information Network, v30.2 (Sept 2025)',
        '[https://www.onetcenter.org/](https://www.onetcenter.org/)',
        'License: CC BY 4.0',
        'Built-in citation · cited by 1 statement in this file',
      ].join('\n\n'),
    );
  });

  it('works on the second and later keys of a list, with odd whitespace and on one line', () => {
    const odd = text.replace(/\[\s*"wef-2021",\s*"safi-2026",\s*"safi-2026"\s*\]/, '[ "wef-2021" ,\n\t\t"safi-2026"  ,"pathsmith"]');
    assert.match(hoverIn(odd, '"safi-2026"', 1, 2) ?? '', /^\*\*Jadhav & Danve, 2026\*\* `safi-2026`/);
    assert.match(
      hoverIn(odd, '"pathsmith"', 10) ?? '',
      /^\*\*Pathsmith Durable Skills\*\* `pathsmith`\n\nPathsmith Durable Skills Framework — America Succeeds \+ CompTIA\n\nBuilt-in citation · cited by 1 statement in this file$/,
    );
    const minified = JSON.stringify(JSON.parse(text));
    assert.match(hoverIn(minified, '"wef-2021"', 5) ?? '', /^\*\*WEF Skills Taxonomy\*\* `wef-2021`/);
    assert.match(hoverIn(minified, '"safi-2026"', 5, 3) ?? '', /cited by 2 statements in this file$/);
  });

  it('on a key of "citations": a file definition, and one that overrides a built-in', () => {
    const defined = frameworkText({
      citations: {
        'bls-2024': { label: 'BLS OOH', title: 'Occupational Outlook Handbook', url: 'https://www.bls.gov/ooh/', license: 'Public domain' },
        'wef-2021': { label: 'WEF 2021', title: 'Our own WEF title' },
      },
      aiFluency: { levels: { emerging: [cited(['bls-2024'])] } },
    });
    assert.equal(
      hoverIn(defined, '"bls-2024": {', 2),
      [
        '**BLS OOH** `bls-2024`',
        'Occupational Outlook Handbook',
        '[https://www.bls.gov/ooh/](https://www.bls.gov/ooh/)',
        'License: Public domain',
        'Defined in this file · cited by 1 statement in this file',
      ].join('\n\n'),
    );
    assert.equal(
      hoverIn(defined, '"wef-2021": {', 2),
      [
        '**WEF 2021** `wef-2021`',
        'Our own WEF title',
        'Defined in this file (overrides the built-in) · not cited by any statement in this file',
      ].join('\n\n'),
    );
    // The use in a list shows the file's definition too.
    assert.equal(hoverIn(defined, '"bls-2024"', 2, 2), hoverIn(defined, '"bls-2024": {', 2));
  });

  it('names an unknown key and the closest known ones', () => {
    const unknown = frameworkText({ aiFluency: { levels: { emerging: [cited(['safi-2025'])] } } });
    assert.equal(
      hoverIn(unknown, '"safi-2025"', 2),
      '**Unknown citation** `safi-2025`\n\nNeither built in nor defined in `citations`.\n\nClosest known: `safi-2026`',
    );
  });
});

describe('hover: statements, O*NET names, occupation and levels', () => {
  it("shows a cited statement as headline, body and its citations' labels, on the text and on its key", () => {
    const text = frameworkText({
      durableSkills: [
        { domain: 'Communication', levels: { emerging: [cited(['pathsmith', 'nope'], 'Client intake — gathers *preferences* — kindly')] } },
      ],
    });
    const expected = '**Client intake**\n\ngathers \\*preferences\\* — kindly\n\nCites: Pathsmith Durable Skills · nope (unknown)';
    assert.equal(hoverIn(text, '"Client intake'), expected);
    assert.equal(hoverIn(text, '"text"', 2), expected);
    const uncited = frameworkText({ aiFluency: { levels: { advanced: [cited([], 'Governance — sets AI rules.')] } } });
    assert.equal(hoverIn(uncited, '"Governance'), '**Governance**\n\nsets AI rules.\n\nNo citations');
  });

  it('says nothing on a core statement or a plain text field', () => {
    const text = frameworkText();
    assert.equal(hoverIn(text, '"Emerging headline one'), undefined);
    assert.equal(hoverIn(text, '"Personal Service Managers'), undefined);
  });

  it("names an O*NET name's category, by the list it is in", () => {
    const text = frameworkText({
      onetEnrichment: { skills: ['Speaking', 'Oral Expression', 'Speeking'], knowledge: ['Mathematics'], workStyles: ['Integrity'] },
      evidencePack: { safi: { topSkill: 'Writing', score: 48.5, quadrant: 'Q2_ai_augmented', precision: 'exact' } },
    });
    assert.equal(hoverIn(text, '"Speaking"'), '**Speaking** · O\\*NET 30 Skill');
    assert.equal(hoverIn(text, '"Mathematics"'), '**Mathematics** · Knowledge');
    assert.equal(hoverIn(text, '"Integrity"'), '**Integrity** · Work Style');
    assert.equal(hoverIn(text, '"Writing"'), '**Writing** · O\\*NET 30 Skill');
    assert.equal(hoverIn(text, '"Oral Expression"'), '**Oral Expression** · Ability\n\nNot one of the O\\*NET 30 Skills.');
    assert.equal(hoverIn(text, '"Speeking"'), '**Speeking**\n\nNot one of the O\\*NET 30 Skills.\n\nClosest known: Speaking');
  });

  it('shows the Job Zone as NSX does, with the Sibling-inferred badge', () => {
    assert.equal(hoverIn(frameworkText(), '"jobZone": 4', 11), '**Job Zone 4 · Considerable Preparation**\n\nSibling-inferred');
    assert.equal(hoverIn(frameworkText(), '"jobZone"', 3), '**Job Zone 4 · Considerable Preparation**\n\nSibling-inferred');
    const plain = frameworkText({ occupation: { jobZone: 2, jobZoneInferred: false } });
    assert.equal(hoverIn(plain, '"jobZone": 2', 11), '**Job Zone 2 · Some Preparation**');
    const unset = frameworkText({ occupation: { jobZone: null, jobZoneInferred: false } });
    assert.equal(hoverIn(unset, '"jobZone": null', 12), '**Job Zone —** (not set)');
    // A repeated key: the last one counts, as in the file's value (and its duplicate-key finding says so).
    const repeated = plain.replace('"jobZone": 2,', '"jobZone": 2, "jobZone": 5, "jobZoneInferred": true,');
    assert.equal(hoverIn(repeated, '"jobZone": 2', 11), '**Job Zone 5 · Extensive Preparation**');
  });

  it("shows a level's label, subtitle and rung of the ladder on its key and its label", () => {
    const text = frameworkText({
      aiFluency: { levels: { proficient: [cited([])] } },
      durableSkills: [{ domain: 'Leadership', levels: { applying: [cited([], 'Leads — a team')] } }],
    });
    assert.equal(
      hoverIn(text, '"emerging": {', 2),
      '**Emerging** — Entry / Apprentice\n\nLadder: Works under direct supervision or guidance, follows established procedures, on basic or standard tasks.',
    );
    assert.equal(
      hoverIn(text, '"label": "Advanced"', 12),
      '**Advanced** — Lead / Principal / Executive\n\nLadder: Sets direction: defines, establishes, leads and architects at the organizational, enterprise or executive level.',
    );
    // An AI-fluency level shows the AI-fluency rung.
    assert.equal(
      hoverIn(text, '"proficient": [', 2),
      '**Proficient** — Senior / Expert IC\n\nAI-fluency ladder: Orchestrates AI tools across a workflow, evaluating and refining their output with full authority over the result.',
    );
    assert.equal(hoverIn(text, '"applying"', 2), '**Applying** · durable-skill level 3 of 4');
    // A wrong label shows the level's right one.
    const wrong = text.replace('"label": "Developing"', '"label": "Develop"');
    assert.equal(
      hoverIn(wrong, '"Develop"'),
      '**Developing** — Mid-level / Established\n\nLadder: Works with reduced oversight or minimal supervision, independently on moderately complex or routine work.',
    );
  });

  it('splits the SOC code into its groups, naming the major group', () => {
    const expected = [
      '**O\\*NET-SOC 11-9179.00**',
      'Major group 11-0000 · Management Occupations',
      'Minor group 11-9100 · Broad occupation 11-9170 · Detailed occupation 11-9179',
      'O\\*NET suffix .00 · the SOC occupation itself',
    ].join('\n\n');
    assert.equal(hoverIn(frameworkText(), '"11-9179.00"', 4), expected);
    assert.equal(hoverIn(frameworkText(), '"soc"', 1), expected);
    const office = frameworkText({ occupation: { soc: '43-9199.01' } });
    assert.match(
      hoverIn(office, '"43-9199.01"') ?? '',
      /Major group 43-0000 · Office and Administrative Support Occupations[\s\S]*O\\\*NET suffix \.01 · an O\\\*NET-specific occupation$/,
    );
    assert.equal(hoverIn(frameworkText({ occupation: { soc: '11-9179' } }), '"11-9179"'), undefined);
  });

  it('gives nothing in a JSON file that is not a framework', () => {
    assert.equal(hover('{ "occupation": { "jobZone": |4 } }', 'file:///work/other.json'), undefined);
  });
});

describe('hover: the reference files', () => {
  it('shows safi-2026 in the full 11-9179.00 example as the file defines it', () => {
    const text = readFixture('example-full-11-9179.00.framework.json');
    const expected = [
      '**Jadhav & Danve, 2026** `safi-2026`',
      'Skill Automation Feasibility Index — Jadhav & Danve, 2026 (arXiv:2604.06906)',
      'Defined in this file (overrides the built-in) · cited by 6 statements in this file',
    ].join('\n\n');
    assert.equal(hoverIn(text, '"safi-2026"', 3), expected);
    assert.equal(hoverIn(text, '"safi-2026"', 3, 5), expected); // the second key of a list
    assert.equal(hoverIn(text, '"safi-2026": {', 3), expected);
    assert.equal(hoverIn(text, '"Speaking"', 2, 2), '**Speaking** · O\\*NET 30 Skill');
    assert.equal(hoverIn(text, '"Administrative"', 2), '**Administrative** · Knowledge');
  });

  it('reads the one-line export 11-9179.00', () => {
    const text = readFixture('export-11-9179.00.json');
    assert.equal(
      hover(text.replace('"jobZone":4', '"jobZone":|4'), 'file:///work/export-11-9179.00.json')?.markdown,
      '**Job Zone 4 · Considerable Preparation**\n\nSibling-inferred',
    );
    assert.equal(
      hoverIn(text, '"label":"Proficient"', 10),
      '**Proficient** — Senior / Expert IC\n\nLadder: Works autonomously: handles complex and non-routine cases, analyses, oversees and coaches others.',
    );
  });
});
