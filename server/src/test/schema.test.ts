import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { getLanguageService, TextDocument as JsonTextDocument, type JSONSchema } from 'vscode-json-languageservice';
import { frameworkJsonSchemaText } from '../languageService/schema/jsonSchema';
import { frameworkPlanModuleText } from '../../../scripts/schemaPlan';
import { diagnostics, FIXTURES, frameworkText, readFixture } from './util';

const root = path.join(__dirname, '..', '..', '..');
const schemaFile = path.join(root, 'schemas', 'framework.schema.json');

/** The codes of the server's schema check (the domain checks are not the JSON Schema's business). */
const SCHEMA_CODES = new Set([
  'missing-property',
  'wrong-type',
  'out-of-range',
  'empty-value',
  'invalid-format',
  'soc-format',
  'invalid-value',
  'unknown-key',
  'unknown-level',
]);

/** Deliberately broken (and a few deliberately fine) variants of a valid framework; all are well-formed JSON. */
const VARIANTS: Record<string, string> = {
  'valid base': frameworkText(),
  'level label mismatch (a domain rule, schema-valid)': frameworkText({ framework: { levels: { emerging: { label: 'Developing' } } } }),
  'inferred without zone (a domain rule, schema-valid)': frameworkText({ occupation: { jobZone: null, jobZoneInferred: true } }),
  'with every optional section': frameworkText({
    citations: { 'my-source.1': { label: 'Mine', title: 'My source', url: 'https://example.org/a?b=1', license: 'CC0' } },
    evidencePack: { aeiUsage: { taskObservations: 3, augmentShare: 0, timeSaved: 100, aiAutonomy: 2.5 } },
    onetEnrichment: { cipCodes: ['52.0201'] },
  }),
  'SOC without dot': frameworkText({ occupation: { soc: '119179' } }),
  'Job Zone 7': frameworkText({ occupation: { jobZone: 7 } }),
  'Job Zone 2.5': frameworkText({ occupation: { jobZone: 2.5 } }),
  'Job Zone as text': frameworkText({ occupation: { jobZone: '4' } }),
  'missing title': frameworkText({ occupation: { title: undefined } }),
  'empty title': frameworkText({ occupation: { title: '' } }),
  'sector not digits': frameworkText({ occupation: { sector: 'ninety' } }),
  'version without v.': frameworkText({ framework: { version: '26.05' } }),
  'version month 13': frameworkText({ framework: { version: 'v.26.13' } }),
  'exportedAt not a date': frameworkText({ exportedAt: 'yesterday' }),
  'schemaVersion 2.0': frameworkText({ schemaVersion: '2.0' }),
  'crosswalk ftp': frameworkText({ sources: { crosswalk: 'ftp://example.org/x' } }),
  'crosswalk not an address': frameworkText({ sources: { crosswalk: 'skillscrosswalk' } }),
  'unknown top-level key': frameworkText({ extra: true }),
  'unknown level': frameworkText({ framework: { levels: { expert: { label: 'Expert', statements: [] } } } }),
  'label a number': frameworkText({ framework: { levels: { emerging: { label: 1 } } } }),
  'statements not a list': frameworkText({ framework: { levels: { advanced: { statements: 'A — b.' } } } }),
  'citation key with capitals': frameworkText({ citations: { 'Bad Key': { label: 'x', title: 'y' } } }),
  'citation without title': frameworkText({ citations: { good: { label: 'x' } } }),
  'percent 120': frameworkText({ evidencePack: { aeiUsage: { taskObservations: 1, augmentShare: 120, timeSaved: 1, aiAutonomy: 1 } } }),
  'observations 1.5': frameworkText({
    evidencePack: { aeiUsage: { taskObservations: 1.5, augmentShare: 1, timeSaved: 1, aiAutonomy: 1 } },
  }),
  'durable domain unknown': frameworkText({ durableSkills: [{ domain: 'Teamwork', levels: {} }] }),
  'CIP code short': frameworkText({ onetEnrichment: { cipCodes: ['52.02'] } }),
  'WEF id not snake case': frameworkText({ evidencePack: { wefCluster: { label: 'x', id: 'Not Snake' } } }),
  'cited statement without cites': frameworkText({ aiFluency: { levels: { emerging: [{ text: 'A — b.' }] } } }),
  'top level a list': '[]',
};

function serverSchemaFindings(text: string, uri: string): string[] {
  return diagnostics(text, uri)
    .filter((d) => SCHEMA_CODES.has(String(d.code)))
    .map((d) => `${d.range.start.line + 1} ${d.code} ${d.message}`);
}

async function jsonSchemaFindings(text: string, uri: string, schema: JSONSchema): Promise<string[]> {
  const service = getLanguageService({});
  const doc = JsonTextDocument.create(uri, 'json', 1, text);
  const found = await service.doValidation(doc, service.parseJSONDocument(doc), { schemaValidation: 'error' }, schema);
  return found.map((d) => `${d.range.start.line + 1} ${d.message}`);
}

describe('JSON Schema (schemas/framework.schema.json)', () => {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as JSONSchema;

  it('is the one generated from the zod schema (run `npm run build` after changing the schema)', () => {
    assert.equal(readFileSync(schemaFile, 'utf8'), frameworkJsonSchemaText());
  });

  it('comes with the plan the schema check follows without zod, generated from the same schema (run `npm run build`)', () => {
    assert.equal(
      readFileSync(path.join(root, 'server', 'src', 'languageService', 'schema', 'frameworkPlan.ts'), 'utf8'),
      frameworkPlanModuleText(),
    );
  });

  it('has a title and a description on every property, and says why a pattern failed', () => {
    const missing: string[] = [];
    const walk = (s: JSONSchema, where: string): void => {
      for (const [key, child] of Object.entries(s.properties ?? {})) {
        const c = child as JSONSchema;
        if (!c.title || !c.description) missing.push(`${where}/${key}`);
        walk(c, `${where}/${key}`);
      }
      if (s.pattern && !(s as { patternErrorMessage?: string }).patternErrorMessage) missing.push(`${where} patternErrorMessage`);
      for (const sub of [s.items, s.additionalProperties, s.propertyNames])
        if (sub && typeof sub === 'object' && !Array.isArray(sub)) walk(sub, where + '/*');
    };
    walk(schema, '');
    assert.deepEqual(missing, []);
  });

  it('agrees with the server on which fixtures are schema-valid', async () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
    assert.ok(files.length >= 3, 'fixtures found');
    for (const file of files) {
      const text = readFixture(file);
      const uri = `file:///fixtures/${file}`;
      const server = serverSchemaFindings(text, uri);
      const json = await jsonSchemaFindings(text, uri, schema);
      assert.deepEqual(
        [server.length === 0, json.length === 0],
        [true, true],
        `${file}: server ${server.join('; ')} / JSON Schema ${json.join('; ')}`,
      );
    }
  });

  for (const [name, text] of Object.entries(VARIANTS)) {
    it(`agrees with the server on "${name}"`, async () => {
      const uri = 'file:///variants/test.framework.json';
      const server = serverSchemaFindings(text, uri);
      const json = await jsonSchemaFindings(text, uri, schema);
      const shouldBeValid = /valid|every optional section/.test(name);
      assert.equal(server.length === 0, shouldBeValid, `server: ${server.join('; ')}`);
      assert.equal(json.length === 0, shouldBeValid, `JSON Schema: ${json.join('; ')}`);
      // Both point at the same line when they find a problem.
      if (!shouldBeValid) {
        const serverLines = new Set(server.map((f) => f.split(' ')[0]));
        assert.ok(
          json.some((f) => serverLines.has(f.split(' ')[0])),
          `server: ${server.join('; ')} / JSON Schema: ${json.join('; ')}`,
        );
      }
    });
  }
});
