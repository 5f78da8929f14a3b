import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { getLanguageService, TextDocument as JsonTextDocument, type JSONSchema } from 'vscode-json-languageservice';
import { configJsonSchemaText } from '../languageService/config/jsonSchema';
import { config as configCore } from '../languageService';

const root = path.join(__dirname, '..', '..', '..');
const schemaFile = path.join(root, 'schemas', 'nsxframework-config.schema.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as JSONSchema;
const URI = 'file:///work/.nsxframework.json';

/** What VS Code's JSON support completes at `|` in a configuration file with the contributed schema. */
async function complete(textWithCursor: string): Promise<{ label: string; documentation?: string }[]> {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.replace('|', '');
  const service = getLanguageService({ schemaRequestService: async () => JSON.stringify(schema) });
  service.configure({ schemas: [{ uri: 'nsx://config', fileMatch: ['.nsxframework.json'], schema }], allowComments: true });
  const doc = JsonTextDocument.create(URI, 'jsonc', 1, text);
  const list = await service.doComplete(doc, doc.positionAt(offset), service.parseJSONDocument(doc));
  return (list?.items ?? []).map((i) => ({
    label: i.label,
    documentation: typeof i.documentation === 'string' ? i.documentation : i.documentation?.value,
  }));
}

async function problems(text: string): Promise<string[]> {
  const service = getLanguageService({});
  const doc = JsonTextDocument.create(URI, 'jsonc', 1, text);
  const found = await service.doValidation(
    doc,
    service.parseJSONDocument(doc),
    { schemaValidation: 'error', comments: 'ignore', trailingCommas: 'ignore' },
    schema,
  );
  return found.map((d) => String(d.message));
}

describe('JSON Schema of .nsxframework.json (schemas/nsxframework-config.schema.json)', () => {
  it('is the one generated from the zod schema (run `npm run build` after changing it)', () => {
    assert.equal(readFileSync(schemaFile, 'utf8'), configJsonSchemaText());
  });

  it('completes every configurable code with its summary, in rules and in overrides', async () => {
    const items = await complete('{ "rules": { | } }');
    assert.deepEqual(items.map((i) => i.label).sort(), [...configCore.CONFIGURABLE_CODE_LIST].sort());
    assert.ok(
      configCore.CONFIGURABLE_CODE_LIST.includes('level-progression') && !configCore.CONFIGURABLE_CODE_LIST.includes('config-syntax'),
    );
    assert.equal(
      items.find((i) => i.label === 'statement-final-period')?.documentation,
      'A core or AI-fluency statement without its final period. Default: warning.',
    );
    const inOverride = await complete('{ "overrides": [{ "files": ["drafts/**"], "rules": { | } }] }');
    assert.equal(inOverride.length, items.length);
  });

  it("completes severities and a rule's options", async () => {
    const severities = await complete('{ "rules": { "statement-final-period": | } }');
    for (const s of ['"off"', '"error"', '"warning"', '"information"', '"hint"'])
      assert.ok(
        severities.some((i) => i.label === s),
        s,
      );
    const options = await complete('{ "rules": { "statement-too-long": { | } } }');
    assert.deepEqual(options.map((i) => i.label).sort(), ['maxWords', 'severity']);
    assert.deepEqual((await complete('{ "rules": { "level-progression": { "cues": { | } } } }')).map((i) => i.label).sort(), [
      'advanced',
      'developing',
      'emerging',
      'proficient',
    ]);
    assert.deepEqual((await complete('{ | }')).map((i) => i.label).sort(), ['$schema', 'overrides', 'rules']);
  });

  it('agrees with the server on good and bad files', async () => {
    const cases = [
      '{ // ok\n "rules": { "statement-final-period": "off", }, }',
      '{ "rules": { "statement-too-long": { "maxWords": 12, "severity": "hint" } } }',
      '{ "rules": { "statement-final-period": "warn" } }',
      '{ "rules": { "statement-final-perod": "off" } }',
      '{ "rules": { "statement-too-long": { "maxWords": 0 } } }',
      '{ "overrides": [{ "rules": {} }] }',
      '{ "overrides": [{ "files": ["*.md"], "rules": { "unknown-key": "error" } }] }',
    ];
    for (const text of cases) {
      const server = configCore.parseConfig(JsonTextDocument.create(URI, 'jsonc', 1, text)).diagnostics.map((d) => d.message);
      assert.equal((await problems(text)).length === 0, server.length === 0, `${text}: ${server.join('; ')}`);
    }
  });
});
