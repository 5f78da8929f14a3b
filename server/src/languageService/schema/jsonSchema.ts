/**
 * The JSON Schema of the framework JSON form, generated from the zod schema (the single source of truth), so
 * VS Code's own JSON support and any other JSON Schema tool check the same rules as the language service.
 * `scripts/gen-schema.ts` writes it to `schemas/framework.schema.json`; a unit test fails when that file is stale.
 *
 * `z.toJSONSchema` covers types, required properties, ranges, patterns and enums. The post-processing
 * below keeps it saying the same thing as the server where the two would differ, and makes it readable:
 * - the field meta `expect` becomes a `description` (and the message for a broken pattern), since
 *   `expect` is no JSON Schema keyword;
 * - `format: "uri"` (any scheme, per JSON Schema) becomes a pattern for http/https addresses, as the server requires;
 * - `format: "date-time"` is dropped where zod already gives the exact pattern, so a tool does not report twice.
 */
import { z } from 'zod';
import { frameworkSchema } from './framework';

type JsonSchema = { [key: string]: unknown };

/** The id other tools can refer to the schema by. */
export const FRAMEWORK_SCHEMA_ID = 'https://github.com/nsx-tools/nsx-framework-editor/schemas/framework.schema.json';

/** An http or https URL with a host, as `z.url({ protocol: /^https?$/ })` accepts. */
const HTTP_URL_PATTERN = '^https?://[^\\s/?#]+([/?#]\\S*)?$';

/** Builds the JSON Schema (draft-07, which every JSON tool reads) from the zod framework schema. */
export function frameworkJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(frameworkSchema, { target: 'draft-07' }) as JsonSchema;
  const body = postProcess(generated);
  delete body.$schema;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: FRAMEWORK_SCHEMA_ID,
    ...body,
    title: 'NSX framework',
    description:
      'An NSX (National Skills Exchange) skills framework for one occupation, JSON form (schemaVersion "1.0"). ' +
      "Generated from the NSX Framework Editor's schema; do not edit by hand.",
  };
}

/** The schema as the committed file holds it: two-space JSON with a final newline. */
export function frameworkJsonSchemaText(): string {
  return JSON.stringify(frameworkJsonSchema(), null, 2) + '\n';
}

function postProcess(node: unknown): JsonSchema {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return node as JsonSchema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node as JsonSchema)) {
    if (key === 'expect') continue;
    if (key === 'properties' || key === 'definitions' || key === '$defs') {
      out[key] = Object.fromEntries(Object.entries(value as JsonSchema).map(([k, v]) => [k, postProcess(v)]));
    } else if (Array.isArray(value)) {
      out[key] = value.map((v) => (v && typeof v === 'object' ? postProcess(v) : v));
    } else if (value && typeof value === 'object') {
      out[key] = postProcess(value);
    } else {
      out[key] = value;
    }
  }
  const expect = (node as JsonSchema).expect;
  if (out.format === 'uri') {
    delete out.format;
    out.pattern = HTTP_URL_PATTERN;
  }
  if (out.format === 'date-time' && typeof out.pattern === 'string') delete out.format;
  if (typeof expect === 'string') {
    const must = `Must be ${expect}.`;
    out.description = typeof out.description === 'string' ? `${must} ${out.description}` : must;
    if (typeof out.pattern === 'string') out.patternErrorMessage = `${out.title ?? 'The value'} must be ${expect}.`;
  }
  return out;
}
