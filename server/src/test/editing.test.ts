import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { FoldingRange, SelectionRange } from 'vscode-languageserver-types';
import { createLanguageService } from '../languageService';
import { startInMemory, until } from './lspUtil';
import { cursor, frameworkText } from './util';

// Framework JSON has a language of its own in VS Code, so what VS Code's JSON support gave it comes from us now:
// formatting, folding and selection ranges.
const service = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'] }));
const open = (text: string, uri = 'file:///w/x.framework.json', languageId = 'nsx-framework-json') =>
  service.parse(TextDocument.create(uri, languageId, 1, text));
const formatted = (text: string, options: { tabSize: number; insertSpaces: boolean; insertFinalNewline?: boolean }) => {
  const doc = open(text);
  return TextDocument.applyEdits(doc.textDocument, service.formatDocument(doc, options));
};

describe('framework JSON editing: formatting', () => {
  const ODD =
    '{"schemaVersion": "1.0",\n      "occupation":{"soc":"11-9179.00",   "jobZone" : 4},\n"framework":{"levels":{"emerging":{"label":"Emerging","statements":[]}}}}';

  it("formats the document with the editor's tab size and spaces", () => {
    assert.equal(
      formatted(ODD, { tabSize: 2, insertSpaces: true }),
      [
        '{',
        '  "schemaVersion": "1.0",',
        '  "occupation": {',
        '    "soc": "11-9179.00",',
        '    "jobZone": 4',
        '  },',
        '  "framework": {',
        '    "levels": {',
        '      "emerging": {',
        '        "label": "Emerging",',
        '        "statements": []',
        '      }',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    );
  });

  it('indents with tabs when the editor does, keeps CRLF line ends and adds the final newline when asked', () => {
    const text = formatted(ODD.replace(/\n/g, '\r\n'), { tabSize: 4, insertSpaces: false, insertFinalNewline: true });
    assert.ok(text.startsWith('{\r\n\t"schemaVersion": "1.0",\r\n\t"occupation": {\r\n\t\t"soc": "11-9179.00",\r\n'), JSON.stringify(text));
    assert.ok(text.endsWith('\t}\r\n}\r\n'), JSON.stringify(text));
    assert.ok(!/[^\r]\n/.test(text));
  });

  it('formats only the selected range, and changes nothing but white space in broken text', () => {
    const doc = open('{\n"a":{"b":1},\n"c":   [1,2]\n}');
    const edits = service.formatDocument(
      doc,
      { tabSize: 2, insertSpaces: true },
      { start: { line: 2, character: 0 }, end: { line: 2, character: 12 } },
    );
    // Lines before the range stay as they were; the range's own first line keeps its indentation.
    assert.equal(TextDocument.applyEdits(doc.textDocument, edits), '{\n"a":{"b":1},\n"c": [\n  1,\n  2\n]\n}');
    const broken = '{"a": [1,, "x" ,}, // note\n  "b":';
    const out = formatted(broken, { tabSize: 2, insertSpaces: true });
    assert.equal(out.replace(/\s/g, ''), broken.replace(/\s/g, ''));
  });

  it('leaves Markdown to the Markdown formatter', () => {
    const doc = service.parse(TextDocument.create('file:///w/x.framework.md', 'markdown', 1, '---\nschemaVersion: "1.0"\n---\n'));
    assert.deepEqual(service.formatDocument(doc, { tabSize: 2, insertSpaces: true }), []);
  });
});

/** Expand Selection from inside the second Emerging statement: 1-based spans and the start of each step's text. */
const STEPS = [
  '21:12-21:67 "Emerging headlin"',
  '21:11-21:68 "\\"Emerging headli"',
  '19:24-22:9 "\\n          \\"Emer"',
  '19:23-22:10 "[\\n          \\"Eme"',
  '19:9-22:10 "\\"statements\\": [\\n"',
  '17:20-23:7 "\\n        \\"label\\""',
  '17:19-23:8 "{\\n        \\"label"',
  '17:7-23:8 "\\"emerging\\": {\\n  "',
  '16:16-45:5 "\\n      \\"emerging"',
  '16:15-45:6 "{\\n      \\"emergin"',
  '16:5-45:6 "\\"levels\\": {\\n    "',
  '12:17-46:3 "\\n    \\"version\\": "',
  '12:16-46:4 "{\\n    \\"version\\":"',
  '12:3-46:4 "\\"framework\\": {\\n "',
  '1:2-53:1 "\\n  \\"schemaVersio"',
  '1:1-53:2 "{\\n  \\"schemaVersi"',
];

describe('framework JSON editing: folding and selection ranges', () => {
  it('folds every object and list that spans lines, keeping the closing bracket in view', () => {
    const text = frameworkText();
    const lines = text.split('\n');
    const ranges = service.provideFoldingRanges(open(text));
    const show = (r: FoldingRange) => `${r.startLine + 1}-${r.endLine + 1} ${lines[r.startLine].trim()}`;
    assert.deepEqual(ranges.map(show), [
      '1-52 {',
      '4-10 "occupation": {',
      '12-45 "framework": {',
      '16-44 "levels": {',
      '17-22 "emerging": {',
      '19-21 "statements": [',
      '24-29 "developing": {',
      '26-28 "statements": [',
      '31-36 "proficient": {',
      '33-35 "statements": [',
      '38-43 "advanced": {',
      '40-42 "statements": [',
      '47-50 "sources": {',
    ]);
    assert.equal(lines.length, 53);
    // A one-line file folds nothing; a broken file still folds what it can; Markdown is not ours to fold.
    assert.deepEqual(service.provideFoldingRanges(open('{"a": [1, 2]}')), []);
    assert.deepEqual(service.provideFoldingRanges(open('{\n "a": [\n  1,\n  2\n ],\n "b": {\n')), [{ startLine: 1, endLine: 3 }]);
    assert.deepEqual(
      service.provideFoldingRanges(service.parse(TextDocument.create('file:///w/x.framework.md', 'markdown', 1, '# a\n\n## b\n'))),
      [],
    );
  });

  it('expands the selection from inside a statement to the statement, the list, the level, and out to the file', () => {
    const { text, offset } = cursor(frameworkText().replace('Emerging headline two', 'Emerging head|line two'));
    const doc = open(text);
    const [chain] = service.provideSelectionRanges(doc, [doc.textDocument.positionAt(offset)]);
    // Each step as its 1-based span and the start of its text.
    const steps: string[] = [];
    for (let r: SelectionRange | undefined = chain; r; r = r.parent) {
      const { start, end } = r.range;
      const piece = text.slice(doc.textDocument.offsetAt(start), doc.textDocument.offsetAt(end));
      steps.push(`${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${JSON.stringify(piece.slice(0, 16))}`);
    }
    assert.deepEqual(steps, STEPS);
  });
});

describe('server: framework JSON editing over LSP', () => {
  let client: MessageConnection;
  let registrations: { method: string; registerOptions?: { documentSelector?: unknown } }[];
  let capabilities: Record<string, unknown>;
  const announced: string[] = [];

  before(async () => {
    registrations = [];
    const dynamicRegistration = { dynamicRegistration: true };
    ({ client, capabilities } = await startInMemory({
      capabilities: {
        textDocument: {
          formatting: dynamicRegistration,
          rangeFormatting: dynamicRegistration,
          foldingRange: dynamicRegistration,
          selectionRange: dynamicRegistration,
        },
      },
      initializationOptions: { settings: { validationDelay: 0 } },
      handle: (connection) => {
        connection.onRequest('client/registerCapability', (p: { registrations: typeof registrations }) => {
          registrations.push(...p.registrations);
          return null;
        });
        connection.onNotification('nsxFramework/frameworkJson', (p: { uri: string }) => void announced.push(p.uri));
      },
    }));
  });

  after(() => client.dispose());

  it("registers formatting, folding and selection ranges for the framework JSON and configuration languages only (plain JSON keeps VS Code's own)", async () => {
    const methods = ['textDocument/formatting', 'textDocument/rangeFormatting', 'textDocument/foldingRange', 'textDocument/selectionRange'];
    await until(() => (registrations.length >= methods.length ? true : undefined), 'the registrations', 4000);
    assert.deepEqual(
      registrations.map((r) => [r.method, r.registerOptions?.documentSelector]).sort(),
      methods.map((m) => [m, [{ language: 'nsx-framework-json' }, { language: 'nsx-framework-config' }]]).sort(),
    );
    for (const key of ['documentFormattingProvider', 'documentRangeFormattingProvider', 'foldingRangeProvider', 'selectionRangeProvider']) {
      assert.equal(capabilities[key], undefined, key);
    }
  });

  it('tells the client once when a document opened as JSON is a framework, and never for other JSON or our own language', async () => {
    const open = (uri: string, languageId: string, text: string) =>
      client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    await open('file:///w/by-content.json', 'json', frameworkText());
    await open('file:///w/by-name.framework.json', 'jsonc', '{}');
    await open('file:///w/package.json', 'json', '{"name": "x"}');
    await open('file:///w/own.framework.json', 'nsx-framework-json', frameworkText());
    await until(() => (announced.length >= 2 ? true : undefined), 'two announcements', 4000);
    await client.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///w/by-content.json', version: 2 },
      contentChanges: [{ text: frameworkText({ attribution: 'Someone' }) }],
    });
    // A sync point: the answer to a request comes after the change above has been handled.
    const folds = (await client.sendRequest('textDocument/foldingRange', {
      textDocument: { uri: 'file:///w/own.framework.json' },
    })) as FoldingRange[];
    assert.equal(folds.length, 13);
    assert.deepEqual(announced.sort(), ['file:///w/by-content.json', 'file:///w/by-name.framework.json']);
  });

  it('formats a framework JSON document as the editor asks', async () => {
    const uri = 'file:///w/odd.framework.json';
    await client.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'nsx-framework-json', version: 1, text: '{"a":\n      [1]}' },
    });
    const edits = await client.sendRequest('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 3, insertSpaces: true },
    });
    assert.equal(
      TextDocument.applyEdits(TextDocument.create(uri, 'json', 1, '{"a":\n      [1]}'), edits as never),
      '{\n   "a": [\n      1\n   ]\n}',
    );
  });
});
