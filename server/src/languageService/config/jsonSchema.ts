/**
 * The JSON Schema of `.nsxframework.json`, generated from the zod schema (schema.ts) by `scripts/gen-schema.ts`
 * into `schemas/nsxframework-config.schema.json`, which the extension contributes for that file name: VS Code's
 * JSON support then completes rule codes (with each code's summary), severities and options.
 */
import { z } from 'zod';
import { configSchema } from './schema';

/** The id other tools can refer to the schema by. */
export const CONFIG_SCHEMA_ID = 'https://github.com/nsx-tools/nsx-framework-editor/schemas/nsxframework-config.schema.json';

/**
 * Builds the JSON Schema (draft-07). zod writes the severity list out at every rule and the rules object twice
 * (top level and overrides): each is named once in `definitions` and referred to, which keeps the file readable.
 */
export function configJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(configSchema, { target: 'draft-07' }) as Json;
  delete generated.$schema;
  const rules = (generated.properties as Json).rules as Json;
  const severity = ((rules.properties as Json)['statement-final-period'] as { anyOf: Json[] }).anyOf[0];
  const byText = new Map([
    [JSON.stringify(severity), '#/definitions/severity'],
    [JSON.stringify(rules), '#/definitions/rules'],
  ]);
  const factor = (node: unknown, top = false): unknown => {
    if (Array.isArray(node)) return node.map((n) => factor(n));
    if (!node || typeof node !== 'object') return node;
    const ref = top ? undefined : byText.get(JSON.stringify(node));
    if (ref) return { $ref: ref };
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, factor(v)]));
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'NSX Framework Editor configuration',
    ...(factor(generated) as Json),
    definitions: { severity, rules: factor(rules, true) },
  };
}

type Json = Record<string, unknown>;

/** The schema as the committed file holds it: two-space JSON with a final newline. */
export function configJsonSchemaText(): string {
  return JSON.stringify(configJsonSchema(), null, 2) + '\n';
}
