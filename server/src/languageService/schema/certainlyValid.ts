/**
 * Whether zod would find no issue in a value, decided without zod building its copy of the value.
 *
 * zod's parse returns a new value: every object and list of the framework is rebuilt, with a result object per
 * value, which made the schema pass the largest single part of checking a file (mostly garbage collection).
 * Most files have no schema finding at all. This walk follows the schema's own definition through the
 * containers (strict objects, lists, records, optional and nullable wrappers) and strings (plain, non-empty, with a
 * pattern), and asks zod itself about every other part (a number with a range, a literal, an enum, a date-time,
 * a URL…).
 *
 * It answers `true` only when zod's parse would report no issue; `false` means "not certain", and the caller
 * runs zod for the findings. Anything unusual (an object whose prototype is not Object's, a `__proto__` key, an
 * unknown key, a list with a length rule, a schema kind it does not walk) gets `false`, never a guess.
 */
import type { z } from 'zod';

type Def = {
  type: string;
  checks?: unknown[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A plain object as the parsers make one, with Object's prototype or none (zod takes both as plain objects). */
function isPlainJsonObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * For a string schema with nothing more than its type and checks (no format of its own: a date-time or URL is a
 * string with a check of its own; no coercion), a test per check: non-empty (`min(1)`) and a pattern (`regex`).
 * Undefined when the schema or any check is of another kind. Each test passes only where zod's check passes.
 */
function stringTests(schema: z.ZodType, def: Def): ((value: string) => boolean)[] | undefined {
  if ((schema as unknown as { _zod: { check?: unknown } })._zod.check !== undefined) return undefined;
  for (const key in def) if (key !== 'type' && key !== 'checks') return undefined;
  const tests: ((value: string) => boolean)[] = [];
  for (const check of def.checks ?? []) {
    const d = (check as { _zod: { def: { check?: string; minimum?: number; format?: string; pattern?: RegExp } } })._zod.def;
    if (d.check === 'min_length' && d.minimum === 1) tests.push((value) => value.length >= 1);
    else if (d.check === 'string_format' && d.format === 'regex' && d.pattern instanceof RegExp) {
      const pattern = d.pattern;
      tests.push((value) => {
        pattern.lastIndex = 0;
        return pattern.test(value);
      });
    } else return undefined;
  }
  return tests;
}

export function certainlyValid(schema: z.ZodType, value: unknown): boolean {
  return validatorOf(schema)(value);
}

type Validator = (value: unknown) => boolean;

/** Each schema's validator, made once: the schema's definition is read when it is made, not for every value. */
const validators = new WeakMap<z.ZodType, Validator>();

function validatorOf(schema: z.ZodType): Validator {
  let validator = validators.get(schema);
  if (!validator) {
    // Set before it is built, so a schema that contains itself would find it (none does today).
    validators.set(schema, (value) => validator!(value));
    validator = buildValidator(schema);
    validators.set(schema, validator);
  }
  return validator;
}

function buildValidator(schema: z.ZodType): Validator {
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      // A plain string (a statement, a list entry), a non-empty one, one with a pattern: no need to ask zod.
      const tests = stringTests(schema, def);
      if (!tests) break;
      if (!tests.length) return (value) => typeof value === 'string';
      return (value) => typeof value === 'string' && tests.every((test) => test(value));
    }
    case 'optional': {
      const inner = validatorOf(def.innerType!);
      return (value) => value === undefined || inner(value);
    }
    case 'nullable': {
      const inner = validatorOf(def.innerType!);
      return (value) => value === null || inner(value);
    }
    case 'array': {
      if (def.checks?.length) break;
      const element = validatorOf(def.element!);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
        return true;
      };
    }
    case 'object': {
      // Extra keys: allowed by a plain object (zod drops them), an issue for a strict one, unknown otherwise.
      const strict = def.catchall !== undefined;
      if (def.checks?.length || (strict && defOf(def.catchall!).type !== 'never')) break;
      const shape = def.shape!;
      const keys = Object.keys(shape);
      // zod reads a property with `key in value`: a name Object.prototype has would be read from there. No
      // framework property is such a name; a schema with one is left to zod.
      if (keys.some((key) => key in Object.prototype)) break;
      const properties = keys.map((key) => validatorOf(shape[key]));
      const known = new Set(keys);
      return (value) => {
        if (!isPlainJsonObject(value)) return false;
        for (const key in value) {
          if (key === '__proto__' || (strict && !known.has(key))) return false;
        }
        // An absent key reads as undefined: valid only where the property's schema accepts undefined.
        for (let i = 0; i < keys.length; i++) if (!properties[i](value[keys[i]])) return false;
        return true;
      };
    }
    case 'record': {
      // A key schema that lists its keys (an enum) makes every listed key required: left to zod.
      if (def.checks?.length || (def.keyType as unknown as { _zod: { values?: unknown } })._zod.values) break;
      const keyValid = validatorOf(def.keyType!);
      const valueValid = validatorOf(def.valueType!);
      return (value) => {
        if (!isPlainJsonObject(value)) return false;
        for (const key of Object.keys(value)) {
          if (key === '__proto__' || !keyValid(key) || !valueValid(value[key])) return false;
        }
        return true;
      };
    }
  }
  // Everything else is decided by zod itself, on this part alone.
  return (value) => schema.safeParse(value).success;
}
