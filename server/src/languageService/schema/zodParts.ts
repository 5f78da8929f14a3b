/**
 * A zod schema's parts, read at run time through zod's public API only (`type`, `shape`, `element`, `keyType`,
 * `valueType`, `unwrap()`, `options`, `values`). zod's internal definitions are read at build time alone, by
 * `scripts/gen-schema.ts`, which writes the plan (frameworkPlan.ts).
 */
import type { z } from 'zod';

/** The steps of a path into a schema (see {@link partAt}). */
export type SchemaStep = `shape:${string}` | 'element' | 'innerType' | 'keyType' | 'valueType';

/** Wrappers whose `unwrap()` gives the schema they wrap (an array's `unwrap()` gives its element: not one of them). */
const WRAPPERS: ReadonlySet<string> = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'nonoptional',
  'catch',
  'exact_optional',
]);

/** The schema a wrapper (optional, nullable, default, …) wraps; undefined for any other schema. */
export function wrappedBy(schema: z.ZodType): z.ZodType | undefined {
  return WRAPPERS.has(schema.type) ? (schema as unknown as { unwrap(): z.ZodType }).unwrap() : undefined;
}

/** The schema inside the wrappers of the given kinds (by default every wrapper). */
export function unwrapped(schema: z.ZodType, kinds: ReadonlySet<string> = WRAPPERS): z.ZodType {
  let inner: z.ZodType | undefined;
  while (kinds.has(schema.type) && (inner = wrappedBy(schema))) schema = inner;
  return schema;
}

/** An object schema's property schemas, in schema order; undefined for any other schema. */
export function shapeOf(schema: z.ZodType): Readonly<Record<string, z.ZodType>> | undefined {
  return schema.type === 'object' ? (schema as z.ZodObject).shape : undefined;
}

/** A list schema's element; undefined for any other schema. */
export function elementOf(schema: z.ZodType): z.ZodType | undefined {
  return schema.type === 'array' ? ((schema as z.ZodArray).element as z.ZodType) : undefined;
}

/** A record schema's key and value schemas; undefined for any other schema. */
export function recordOf(schema: z.ZodType): { keyType: z.ZodType; valueType: z.ZodType } | undefined {
  if (schema.type !== 'record') return undefined;
  const record = schema as unknown as { keyType: z.ZodType; valueType: z.ZodType };
  return { keyType: record.keyType, valueType: record.valueType };
}

/** The values a literal or enum schema allows, in schema order; undefined for any other schema. */
export function allowedValues(schema: z.ZodType): readonly unknown[] | undefined {
  if (schema.type === 'literal') return [...(schema as z.ZodLiteral).values];
  if (schema.type === 'enum') return (schema as unknown as { options: readonly unknown[] }).options;
  return undefined;
}

/** The part of `root` at `at`: a path of steps (an object's property, a list's element, a wrapper's inner schema, a record's key or value). */
export function partAt(root: z.ZodType, at: readonly string[]): z.ZodType {
  let schema = root;
  for (const step of at) {
    const next = step.startsWith('shape:')
      ? shapeOf(schema)?.[step.slice(6)]
      : step === 'element'
        ? elementOf(schema)
        : step === 'innerType'
          ? wrappedBy(schema)
          : step === 'keyType' || step === 'valueType'
            ? recordOf(schema)?.[step]
            : undefined;
    if (!next) throw new Error(`No part "${step}" in a ${schema.type} schema`);
    schema = next;
  }
  return schema;
}
