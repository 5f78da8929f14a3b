/**
 * Whether zod would find no issue in a value, decided without zod building its copy of the value.
 *
 * zod's parse returns a new value: every object and list of the framework is rebuilt, with a result object per
 * value, which made the schema pass the largest single part of checking a file (mostly garbage collection).
 * Most files have no schema finding at all. This walk follows the schema's own definition through the
 * containers (strict objects, lists, records, optional and nullable wrappers), strings (plain, non-empty, with a
 * pattern), numbers (finite, whole, within a range), booleans, literals and enums of strings, and asks zod itself
 * about every other part (a date-time, a URL, a number with another rule…), keeping its verdict on a text.
 *
 * It answers `true` only when zod's parse would report no issue; `false` means "not certain", and the caller
 * runs zod for the findings. Anything unusual (an object whose prototype is not Object's, a `__proto__` key, an
 * unknown key, a list with a length rule, a schema kind it does not walk) gets `false`, never a guess.
 */
import type { z } from 'zod';
import { ownString } from '../util/ownString';

type Def = {
  type: string;
  checks?: unknown[];
  values?: unknown[];
  entries?: Record<string, unknown>;
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
 * Whether the schema is no check itself (as a date-time or `z.int()` is) and its definition has no field but
 * these: any other (coercion, a custom error, a default…) leaves the schema to zod.
 */
function hasOnly(schema: z.ZodType, def: Def, fields: readonly string[]): boolean {
  if ((schema as unknown as { _zod: { check?: unknown } })._zod.check !== undefined) return false;
  for (const key in def) if (!fields.includes(key)) return false;
  return true;
}

type CheckDef = {
  check?: string;
  minimum?: number;
  format?: string;
  pattern?: RegExp;
  value?: unknown;
  inclusive?: boolean;
  [field: string]: unknown;
};

const checkDefOf = (check: unknown): CheckDef => (check as { _zod: { def: CheckDef } })._zod.def;

/**
 * For a string schema with nothing more than its type and checks (no format of its own: a date-time or URL is a
 * string with a check of its own; no coercion), a test per check: non-empty (`min(1)`) and a pattern (`regex`).
 * Undefined when the schema or any check is of another kind. Each test passes only where zod's check passes.
 */
function stringTests(schema: z.ZodType, def: Def): ((value: string) => boolean)[] | undefined {
  if (!hasOnly(schema, def, ['type', 'checks'])) return undefined;
  const tests: ((value: string) => boolean)[] = [];
  for (const check of def.checks ?? []) {
    const d = checkDefOf(check);
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

/**
 * The fields a number check may have here. `abort` and `error` change what zod reports after a failed check, not
 * whether it fails; any other (`when`, a condition for running the check) leaves the schema to zod.
 */
const NUMBER_CHECK_FIELDS: readonly string[] = ['check', 'type', 'format', 'value', 'inclusive', 'abort', 'error'];

/**
 * For a number schema with nothing more than its type and checks (no coercion), a test per check: whole
 * (`int()`, zod's "safeint" format: an integer no larger in size than 2^53 - 1) and a bound (`min`, `max`, `gt`,
 * `lt`: a comparison with a number, inclusive or not, as zod compares). Undefined when the schema or any check
 * is of another kind. Each test passes only where zod's check passes; the value is already a finite number.
 */
function numberTests(schema: z.ZodType, def: Def): ((value: number) => boolean)[] | undefined {
  if (!hasOnly(schema, def, ['type', 'checks'])) return undefined;
  const tests: ((value: number) => boolean)[] = [];
  for (const check of def.checks ?? []) {
    const d = checkDefOf(check);
    for (const key in d) if (!NUMBER_CHECK_FIELDS.includes(key)) return undefined;
    const bound = d.value;
    if (d.check === 'number_format' && d.format === 'safeint' && d.type === 'number') tests.push(Number.isSafeInteger);
    else if (d.check === 'greater_than' && typeof bound === 'number') {
      tests.push(d.inclusive ? (value) => value >= bound : (value) => value > bound);
    } else if (d.check === 'less_than' && typeof bound === 'number') {
      tests.push(d.inclusive ? (value) => value <= bound : (value) => value < bound);
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
    case 'number': {
      // Job Zone, the evidence pack's counts and percents. zod's number is a finite one: NaN and ±Infinity are issues.
      const tests = numberTests(schema, def);
      if (!tests) break;
      return (value) => typeof value === 'number' && Number.isFinite(value) && tests.every((test) => test(value));
    }
    case 'boolean':
      if (!hasOnly(schema, def, ['type'])) break;
      return (value) => typeof value === 'boolean';
    case 'literal': {
      // zod's own test: membership in a Set of the values (so 0 and -0 are one value, and NaN is NaN).
      if (!hasOnly(schema, def, ['type', 'values'])) break;
      const values = new Set(def.values);
      return (value) => values.has(value);
    }
    case 'enum': {
      // zod drops an entry that is a TypeScript numeric enum's reverse mapping; with only strings there is none,
      // and the values are all the entries' values. Any other enum is left to zod.
      if (!hasOnly(schema, def, ['type', 'entries'])) break;
      const values = Object.values(def.entries!);
      if (!values.every((value) => typeof value === 'string')) break;
      const allowed = new Set<unknown>(values);
      return (value) => allowed.has(value);
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
        const own = Object.keys(value);
        for (let i = 0; i < own.length; i++) {
          if (own[i] === '__proto__' || (strict && !known.has(own[i]))) return false;
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
  if (def.type !== 'string') return (value) => schema.safeParse(value).success;
  // A string with a format of its own (a URL, a date-time): its checks read the text alone, so a text's verdict
  // is kept (the same citation and source URLs recur across a workspace's files), a bounded number of them.
  const verdicts = new Map<string, boolean>();
  return (value) => {
    if (typeof value !== 'string') return schema.safeParse(value).success;
    let verdict = verdicts.get(value);
    if (verdict === undefined) {
      if (verdicts.size >= MAX_KEPT_VERDICTS) verdicts.clear();
      // Kept past the file: a copy of the text, not a slice of the file's.
      verdicts.set(ownString(value), (verdict = schema.safeParse(value).success));
    }
    return verdict;
  };
}

const MAX_KEPT_VERDICTS = 1000;
