import { strict as assert } from 'node:assert';
import { mdDiagnostics, mdFindings, mdFramework } from './markdownUtil';
import { span } from './util';

const base = mdFramework({
  aiFluency: { levels: { emerging: [{ text: 'AI drafts — uses AI tools.', cites: ['safi-2026'] }] } },
  durableSkills: [
    {
      domain: 'Leadership',
      levels: { emerging: [{ text: 'Team lead — guides a team', cites: [] }], applying: [{ text: 'Team lead — guides teams', cites: [] }] },
    },
  ],
});
const TITLE = '# Personal Service Managers, All Other';

describe('diagnostics: Markdown form (docs/format.md#the-markdown-form)', () => {
  it('finds nothing in a valid framework in canonical form', () => {
    assert.deepEqual(mdFindings(base), []);
  });

  it('reports front matter that is not valid YAML where the YAML reader stopped, and nothing else', () => {
    const text = base.replace('  group: Management', '  group: [Management');
    assert.deepEqual(mdFindings(text), [
      `${span(text, 's', { after: '[Management\n' })} error markdown-front-matter The front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
  });

  it('reports front matter that is not a mapping, and front matter never closed', () => {
    const list = '---\n- a\n- b\n---\n\n# X\n';
    assert.deepEqual(mdFindings(list), [
      `2:1-4:1 error markdown-front-matter The front matter must be a YAML mapping of "key: value" lines`,
    ]);
    assert.deepEqual(mdFindings('---\nschemaVersion: "1.0"\n# X\n'), [
      '1:1-1:4 error markdown-front-matter The front matter is never closed: end it with a line "---"',
    ]);
  });

  it('reports missing front matter on the first line, without a cascade of missing fields', () => {
    const text = base.slice(base.indexOf('---\n\n') + 5);
    assert.deepEqual(mdFindings(text), [
      `${span(text, TITLE)} error markdown-missing-front-matter A framework in Markdown starts with YAML front matter between two "---" lines (schemaVersion, exportedAt, occupation, …)`,
    ]);
  });

  it('reports a ## heading that is not a section, with a did-you-mean (and the level it leaves missing)', () => {
    const text = base.replace('## Developing', '## Developping');
    const [, heading] = mdDiagnostics(text);
    assert.deepEqual(mdFindings(text), [
      `${span(text, '## Emerging')} error missing-property Missing the level section "## Developing": a framework has the sections "## Emerging", "## Developing", "## Proficient", "## Advanced"`,
      `${span(text, 'Developping')} error markdown-heading "## Developping" is not a section of a framework: use "## Emerging", "## Developing", "## Proficient", "## Advanced", "## AI fluency", "## Durable skills". Did you mean "Developing"?`,
    ]);
    assert.deepEqual(heading.data, { suggestions: ['Developing'] });
  });

  it('reports ### and #### headings that are not level labels', () => {
    const ai = base.replace('### Emerging', '### Emergent');
    assert.deepEqual(mdFindings(ai), [
      `${span(ai, 'Emergent')} error markdown-heading "### Emergent" is not a level: use "### Emerging", "### Developing", "### Proficient", "### Advanced". Did you mean "Emerging"?`,
    ]);
    const durable = base.replace('#### Applying', '#### Proficient');
    assert.deepEqual(mdFindings(durable), [
      `${span(durable, 'Proficient', { after: '#### ' })} error markdown-heading "#### Proficient" is not a level: use "#### Emerging", "#### Developing", "#### Applying", "#### Exceeding"`,
    ]);
  });

  it('reports a heading where no heading belongs', () => {
    const text = base.replace('## Developing\n', '## Developing\n\n### Notes\n\n');
    assert.deepEqual(mdFindings(text), [
      `${span(text, 'Notes')} error markdown-heading A level-3 heading has no place inside a level: a framework's headings are its levels, AI fluency and durable skills`,
    ]);
  });

  it('reports a level heading out of order, naming the one it must precede', () => {
    const text = base.replace('## Developing', '## TEMP').replace('## Proficient', '## Developing').replace('## TEMP', '## Proficient');
    assert.deepEqual(mdFindings(text), [
      `${span(text, 'Developing', { after: 'developing statement two.\n\n## ' })} warning markdown-heading-order "## Developing" must come before "## Proficient"`,
    ]);
    const durable = base.replace('#### Emerging', '#### X').replace('#### Applying', '#### Emerging').replace('#### X', '#### Applying');
    assert.deepEqual(mdFindings(durable), [
      `${span(durable, 'Emerging', { after: '#### Applying\n1. Team lead — guides a team\n\n#### ' })} warning markdown-heading-order "#### Emerging" must come before "#### Applying"`,
    ]);
  });

  it('reports a repeated heading on the repeat', () => {
    const text = base.replace(
      '### Emerging\n1. AI drafts — uses AI tools. [@safi-2026]',
      '### Emerging\n1. AI drafts — uses AI tools. [@safi-2026]\n\n### Emerging\n1. AI edits — uses AI tools. [@safi-2026]',
    );
    assert.deepEqual(mdFindings(text), [
      `${span(text, 'Emerging', { after: '[@safi-2026]\n\n### ' })} warning markdown-heading-repeated "### Emerging" appears more than once; only the last one counts`,
    ]);
  });

  it('reports statements outside any level, each on its text', () => {
    const text = base.replace(`${TITLE}\n`, `${TITLE}\n\n1. Stray — statement.\n2. Another — one.\n`).replace('#### Emerging\n', '');
    assert.deepEqual(mdFindings(text), [
      `${span(text, 'Stray — statement.')} warning markdown-statement-outside-level This statement is outside any level: put it under a level heading such as "## Emerging"`,
      `${span(text, 'Another — one.')} warning markdown-statement-outside-level This statement is outside any level: put it under a level heading such as "## Emerging"`,
      `${span(text, 'Team lead — guides a team')} warning markdown-statement-outside-level This statement is outside any level: put it under a level heading such as "## Emerging"`,
    ]);
  });

  it('reports body text the framework has no place for: a note in a level, a code block, a quote', () => {
    const text = base
      .replace('## Developing\n', '## Developing\nRemember to review these.\n\n')
      .replace('## AI fluency\n', '## AI fluency\n\n```\ncode\n```\n\n> a quote\n> on two lines\n');
    const message =
      'This text is not part of the framework (only headings, numbered statements and the "Context covered:" paragraph are): Convert to JSON leaves it out';
    assert.deepEqual(mdFindings(text), [
      `${span(text, 'Remember to review these.')} warning markdown-stray-text ${message}`,
      `${span(text, '```\ncode\n```')} warning markdown-stray-text ${message}`,
      `${span(text, '> a quote\n> on two lines')} warning markdown-stray-text ${message}`,
    ]);
  });

  it('reports a title that differs from occupation.title, with the expected title for a fix', () => {
    const text = base.replace(TITLE, '# Personal Services Managers');
    const [d] = mdDiagnostics(text);
    assert.deepEqual(mdFindings(text), [
      `${span(text, 'Personal Services Managers')} warning markdown-title The title "Personal Services Managers" differs from occupation.title "Personal Service Managers, All Other"`,
    ]);
    assert.deepEqual(d.data, { expected: 'Personal Service Managers, All Other' });
  });

  it('tells a missing level section, no level at all and a missing context paragraph in Markdown terms', () => {
    const noLevels = base.replace(/## Emerging[\s\S]*?(?=## AI fluency)/, '');
    assert.deepEqual(mdFindings(noLevels), [
      `${span(noLevels, 'framework')} error missing-property No level sections: a framework has the sections "## Emerging", "## Developing", "## Proficient", "## Advanced", each a numbered list of statements`,
    ]);
    const noContext = base.replace(/Context covered: .*\n\n/, '');
    assert.deepEqual(mdFindings(noContext), [
      `${span(noContext, 'framework')} error missing-property Missing the paragraph "Context covered: …" after the title`,
    ]);
  });

  it('applies severity settings to the Markdown codes', () => {
    const text = base.replace(TITLE, '# Other');
    assert.deepEqual(mdFindings(text, undefined, { severity: { 'markdown-title': 'off' } }), []);
    assert.match(mdFindings(text, undefined, { severity: { 'markdown-title': 'error' } })[0], / error markdown-title /);
  });
});
