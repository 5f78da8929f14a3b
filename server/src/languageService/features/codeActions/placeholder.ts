/**
 * Placeholder values for a missing required property, derived from the schema: the one right value where
 * the format fixes it (a level's label, `schemaVersion`), else an empty value of the right type, with
 * the required properties of objects filled in the same way.
 */
import type { z } from 'zod';
import type { JSONPath } from '../../model';
import { knownKeysAt, isRequiredKey, schemaAt } from '../../schema/validate';
import { levelInfo } from '../../../../../common/catalog/levels';
import { allowedValues, unwrapped } from '../../schema/zodParts';

/** The wrappers a placeholder looks through (a nullable one is answered with null). */
const LOOK_THROUGH: ReadonlySet<string> = new Set(['optional', 'default', 'readonly', 'nonoptional']);

/** A placeholder for the property at `path`, and whether it already satisfies the schema. */
export function placeholderFor(path: JSONPath): { value: unknown; valid: boolean } | undefined {
  const schema = schemaAt(path);
  if (!schema) return undefined;
  const value = build(path, schema, 0);
  return { value, valid: schema.safeParse(value).success };
}

function build(path: JSONPath, schema: z.ZodType, depth: number): unknown {
  const known = fixedValue(path);
  if (known !== undefined) return known;
  const s = unwrapped(schema, LOOK_THROUGH);
  switch (s.type) {
    case 'literal':
      return allowedValues(s)?.[0];
    case 'nullable':
      return null;
    case 'string':
      return '';
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'record':
      return {};
    case 'object': {
      const out: Record<string, unknown> = {};
      if (depth > 4) return out;
      for (const key of knownKeysAt(path)) {
        if (!isRequiredKey(path, key)) continue;
        const child = schemaAt([...path, key]);
        if (child) out[key] = build([...path, key], child, depth + 1);
      }
      return out;
    }
    default:
      return null;
  }
}

/** Values the format fixes outright. */
function fixedValue(path: JSONPath): unknown {
  const last = path[path.length - 1];
  if (path.length === 1 && last === 'schemaVersion') return '1.0';
  if (path.length === 4 && path[0] === 'framework' && path[1] === 'levels' && last === 'label') {
    return levelInfo(String(path[2]))?.label;
  }
  return undefined;
}
