import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../languageService';
import { toMarkdown } from '../languageService/convert/toMarkdown';
import { toJson } from '../languageService/convert/toJson';
import { mdParse } from './markdownUtil';
import { baseFramework, FIXTURES, frameworkText, parse, readFixture } from './util';

/** The plain JSON value of a Markdown text, as "Convert to JSON" reads it. */
const readMarkdown = (text: string): unknown => JSON.parse(JSON.stringify(mdParse(text).value));
const roundTrip = (value: unknown): unknown => readMarkdown(toMarkdown(value));

describe('conversion JSON ⇄ Markdown (docs/format.md#the-markdown-form)', () => {
  const jsonFixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));

  it('finds the fixtures', () => assert.ok(jsonFixtures.length >= 3, jsonFixtures.join()));

  for (const name of jsonFixtures) {
    it(`JSON → Markdown → JSON gives the same value: ${name}`, () => {
      const value = JSON.parse(readFixture(name));
      assert.deepEqual(roundTrip(value), value);
    });
  }

  it('JSON → Markdown writes the canonical layout of the full example, byte for byte', () => {
    assert.equal(
      toMarkdown(JSON.parse(readFixture('example-full-11-9179.00.framework.json'))),
      readFixture('example-full-11-9179.00.framework.md'),
    );
  });

  it('Markdown → JSON → Markdown gives the same text for the canonical full example, and JSON in the exports’ order', () => {
    const md = readFixture('example-full-11-9179.00.framework.md');
    const json = toJson(mdParse(md).value);
    assert.equal(json, readFixture('example-full-11-9179.00.framework.json'));
    assert.equal(toMarkdown(JSON.parse(json)), md);
  });

  it('Markdown → JSON → Markdown gives the same text for both exports in canonical form', () => {
    for (const name of ['export-11-9179.00.json', 'export-43-9199.00.json']) {
      const md = toMarkdown(JSON.parse(readFixture(name)));
      assert.equal(toMarkdown(JSON.parse(toJson(mdParse(md).value))), md, name);
    }
  });

  it('quotes the strings YAML would read as something else, and reads every tricky string back', () => {
    const tricky = [
      '',
      '42',
      '1.0',
      'true',
      'null',
      '~',
      '- item',
      'a: b',
      'x #y',
      '#tag',
      '&anchor',
      '*alias',
      "it's",
      'say "hi"',
      'back\\slash',
      ' padded ',
      'tab\there',
      'line\nbreak',
      '[list]',
      '{map}',
      '@at',
      '`tick`',
      '| pipe',
      '> fold',
      '%pct',
      '!bang',
      '? q',
      '---',
      '...',
      'café ©',
      'emoji 😀',
      '\u0085nel',
      'bell\u0007',
    ];
    const value = { ...baseFramework(), attribution: 'x', extra: tricky };
    assert.deepEqual(roundTrip(value), value);
    const md = toMarkdown(value);
    assert.ok(md.includes('\n  - café ©\n'), 'plain when safe');
    assert.ok(md.includes('\n  - "it\'s"\n'), 'quoted with an apostrophe, as the canonical example does');
  });

  it('keeps in the front matter what the body cannot spell exactly, so nothing is lost', () => {
    const cases: Record<string, unknown>[] = [
      JSON.parse(frameworkText({ framework: { levels: { emerging: { label: 'Entry', statements: ['A — b.'] } } } })),
      JSON.parse(
        frameworkText({
          framework: {
            contextCovered: 'two\nlines',
            levels: { emerging: { label: 'Emerging', statements: ['A — b\nc.', ' lead — space.'] } },
          },
        }),
      ),
      JSON.parse(frameworkText({ aiFluency: { levels: { emerging: [{ text: 'A — b.', cites: ['x'], note: 1 }] } } })),
      JSON.parse(frameworkText({ aiFluency: { levels: { emerging: [{ text: 'A — b. [@x]', cites: [] }] } } })),
      JSON.parse(frameworkText({ durableSkills: [{ domain: 'Leadership' }, { domain: 'C #', levels: {} }] })),
      JSON.parse(frameworkText({ framework: 'not an object', occupation: [1, { a: [] }, [2, 3]] })),
      JSON.parse(frameworkText({ framework: { levels: { emerging: { label: 'Emerging', statements: [7] } } } })),
    ];
    for (const value of cases) assert.deepEqual(roundTrip(value), value, JSON.stringify(value));
  });

  it('writes empty statements and empty lists so that they read back', () => {
    const value = JSON.parse(
      frameworkText({
        framework: { levels: { emerging: { label: 'Emerging', statements: [] }, developing: { label: 'Developing', statements: [''] } } },
        aiFluency: {
          levels: {
            emerging: [
              { text: '', cites: ['safi-2026'] },
              { text: '', cites: [] },
            ],
          },
        },
        durableSkills: [{ domain: 'Leadership', levels: {} }],
        onetEnrichment: { skills: [], knowledge: {} },
      }),
    );
    assert.deepEqual(roundTrip(value), value);
    assert.match(toMarkdown(value), /### Emerging\n1\. \[@safi-2026\]\n2\.\n/);
  });

  describe('the convert request', () => {
    const service = createLanguageService();
    it('converts a framework JSON document to Markdown and a Markdown one to JSON', () => {
      const json = frameworkText();
      const md = service.convert(parse(json), 'markdown');
      assert.ok('text' in md);
      const back = service.convert(service.parse(TextDocument.create('file:///w/a.framework.md', 'markdown', 1, md.text)), 'json');
      assert.deepEqual('text' in back && JSON.parse(back.text), JSON.parse(json));
    });

    it('refuses to convert text it cannot read whole, saying where the problem is', () => {
      assert.deepEqual(service.convert(parse('{ "schemaVersion": "1.0", '), 'markdown'), {
        error: "Fix the file's syntax first (line 1: Expected a property name in double quotes)",
      });
      const broken = service.parse(TextDocument.create('file:///w/a.framework.md', 'markdown', 1, '---\na: [b\n---\n'));
      assert.match(
        (service.convert(broken, 'json') as { error: string }).error,
        /^Fix the file's syntax first \(line \d: The front matter is not valid YAML/,
      );
      assert.deepEqual(service.convert(parse(frameworkText()), 'json'), { error: 'The file is already framework JSON' });
    });
  });
});
