import { strict as assert } from 'node:assert';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { provideMarkdownCompletion } from '../languageService/features/completion/markdown';
import { mdFramework, mdParse } from './markdownUtil';
import { cursor } from './util';

/** Completion at the `|` marker of a Markdown framework text. */
function complete(textWithMarker: string): CompletionItem[] | undefined {
  const { text, offset } = cursor(textWithMarker);
  const doc = mdParse(text);
  return provideMarkdownCompletion(doc, doc.textDocument.positionAt(offset));
}
const labels = (items: CompletionItem[] | undefined) => items?.map((i) => i.label);

const full = mdFramework({
  aiFluency: { levels: { emerging: [{ text: 'AI drafts — uses AI tools.', cites: [] }] } },
  durableSkills: [{ domain: 'Communication', levels: { emerging: [{ text: 'Listening — listens well', cites: [] }] } }],
  citations: { 'local-study': { label: 'Local study', title: 'A local study of managers' } },
  onetEnrichment: { skills: ['Speaking', 'Writing'] },
});

describe('completion in framework Markdown', () => {
  it('## offers the missing sections, levels first and in order', () => {
    const text = full.replace('## Developing', '## Dev|').replace('## Advanced', '## Other');
    assert.deepEqual(labels(complete(text)), ['Developing', 'Advanced']);
    assert.deepEqual(labels(complete(mdFramework() + '\n## |')), ['AI fluency', 'Durable skills']);
    const item = complete(text)![0];
    const { offset } = cursor(text);
    const at = mdParse(cursor(text).text).textDocument.positionAt(offset - 3);
    assert.deepEqual((item.textEdit as TextEdit).range, { start: at, end: { line: at.line, character: at.character + 3 } });
    assert.equal((item.textEdit as TextEdit).newText, 'Developing');
  });

  it('### under Durable skills offers the domains not yet used, in NSX order', () => {
    const text = full.replace('### Communication\n', '### Communication\n\n### |\n');
    assert.deepEqual(labels(complete(text)), [
      'Leadership',
      'Metacognition',
      'Critical Thinking',
      'Collaboration',
      'Character',
      'Creativity',
      'Growth Mindset',
      'Mindfulness',
      'Fortitude',
    ]);
  });

  it('### under AI fluency offers the AI-fluency levels not yet written', () => {
    const text = full.replace('## AI fluency\n', '## AI fluency\n\n### |\n');
    assert.deepEqual(labels(complete(text)), ['Developing', 'Proficient', 'Advanced']);
  });

  it('#### offers the durable level labels missing in the domain', () => {
    const text = full.replace('#### Emerging\n1. Listening — listens well', '#### Emerging\n1. Listening — listens well\n\n#### |');
    assert.deepEqual(labels(complete(text)), ['Developing', 'Applying', 'Exceeding']);
    assert.equal(complete(text)![0].detail, 'Durable level of Communication');
  });

  it('[@ offers the built-in and the file’s citation keys, closing the bracket when needed', () => {
    const text = full.replace('uses AI tools.', 'uses AI tools. [@sa|');
    const items = complete(text)!;
    assert.deepEqual(labels(items), ['onet-30.2', 'pathsmith', 'safi-2026', 'wef-2021', 'aei-2026-03-24', 'local-study']);
    assert.equal((items[2].textEdit as TextEdit).newText, 'safi-2026]');
    assert.equal(items[5].documentation, 'A local study of managers');
    const closed = complete(full.replace('uses AI tools.', 'uses AI tools. [@|]'))!;
    assert.equal((closed[0].textEdit as TextEdit).newText, 'onet-30.2');
  });

  it('offers O*NET names of the list’s category in the front matter, leaving out those listed', () => {
    const text = full.replace('    - Writing', '    - Writing\n    - Act|');
    const names = labels(complete(text))!;
    assert.ok(names.includes('Active Listening') && names.includes('Critical Thinking'), names.join());
    assert.ok(!names.includes('Speaking') && !names.includes('Writing') && !names.includes('Oral Expression'));
    const item = complete(text)!.find((i) => i.label === 'Active Listening')!;
    assert.equal((item.textEdit as TextEdit).newText, 'Active Listening');
    assert.equal(item.detail, 'O*NET 30 Skill');
  });

  it('offers nothing in statement text, nor for # headings elsewhere', () => {
    assert.equal(complete(full.replace('uses AI tools.', 'uses AI| tools.')), undefined);
    assert.equal(complete(full.replace('## Proficient\n', '## Proficient\n\n### |\n')), undefined);
    assert.equal(complete(full.replace('  group: Management', '  group: Man|agement')), undefined);
  });
});
