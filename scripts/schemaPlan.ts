/**
 * The framework schema's plan, read from zod's own definitions (zod's internal `_zod.def`) at build time:
 * `scripts/gen-schema.ts` writes it to `server/src/languageService/schema/frameworkPlan.ts`, which the language
 * service follows without zod (schema/plan.ts). Nothing at run time reads zod's internals; this module is for the
 * build and the tests.
 */
import type { z } from 'zod';
import { frameworkSchema } from '../server/src/languageService/schema/framework';
import {
  nodeValidatorOfPlan,
  validatorOfPlan,
  type AskZod,
  type Bound,
  type NodeValidator,
  type Plan,
  type RegexSpec,
  type SchemaPath,
  type Validator,
} from '../server/src/languageService/schema/plan';
import { partAt } from '../server/src/languageService/schema/zodParts';

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

const specOf = (pattern: RegExp): RegexSpec => [pattern.source, pattern.flags];

/** A literal or enum value that survives plain data unchanged (and means the same to a `Set`). */
const isDataValue = (value: unknown): value is string | number | boolean | null =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

/**
 * For a string schema with nothing more than its type and checks (no format of its own: a date-time or URL is a
 * string with a check of its own; no coercion): non-empty (`min(1)`) and patterns (`regex`). Undefined when the
 * schema or any check is of another kind. Each test passes only where zod's check passes.
 */
function stringPlan(schema: z.ZodType, def: Def): Plan | undefined {
  if (!hasOnly(schema, def, ['type', 'checks'])) return undefined;
  let nonEmpty = false;
  const patterns: RegexSpec[] = [];
  for (const check of def.checks ?? []) {
    const d = checkDefOf(check);
    if (d.check === 'min_length' && d.minimum === 1) nonEmpty = true;
    else if (d.check === 'string_format' && d.format === 'regex' && d.pattern instanceof RegExp) patterns.push(specOf(d.pattern));
    else return undefined;
  }
  return { kind: 'string', ...(nonEmpty ? { nonEmpty: true as const } : {}), ...(patterns.length ? { patterns } : {}) };
}

/**
 * The fields of an ISO date-time's definition (`z.iso.datetime(…)`), whose check is its `pattern` alone (zod builds
 * the pattern from `offset`, `local` and `precision` when the schema is made). Any other field (a check added
 * to it, coercion) leaves the schema to zod.
 */
const DATETIME_FIELDS: readonly string[] = ['type', 'format', 'check', 'abort', 'offset', 'local', 'precision', 'pattern'];
/** The fields of `z.url(…)`'s definition the plan decides: an http(s) URL has `protocol`, and no `hostname` or `normalize`. */
const URL_FIELDS: readonly string[] = ['type', 'format', 'check', 'abort', 'protocol'];
/** zod's protocol pattern for http and https. */
const HTTP_PROTOCOL: RegexSpec = ['^https?$', ''];

/**
 * The fields a number check may have here. `abort` and `error` change what zod reports after a failed check, not
 * whether it fails; any other (`when`, a condition for running the check) leaves the schema to zod.
 */
const NUMBER_CHECK_FIELDS: readonly string[] = ['check', 'type', 'format', 'value', 'inclusive', 'abort', 'error'];

/**
 * For a number schema with nothing more than its type and checks (no coercion): whole (`int()`, zod's "safeint"
 * format: an integer no larger in size than 2^53 - 1) and bounds (`min`, `max`, `gt`, `lt`: a comparison with a
 * finite number, inclusive or not, as zod compares). Undefined when the schema or any check is of another kind.
 */
function numberPlan(schema: z.ZodType, def: Def): Plan | undefined {
  if (!hasOnly(schema, def, ['type', 'checks'])) return undefined;
  let int = false;
  const bounds: Bound[] = [];
  for (const check of def.checks ?? []) {
    const d = checkDefOf(check);
    for (const key in d) if (!NUMBER_CHECK_FIELDS.includes(key)) return undefined;
    const bound = d.value;
    if (d.check === 'number_format' && d.format === 'safeint' && d.type === 'number') int = true;
    else if ((d.check === 'greater_than' || d.check === 'less_than') && typeof bound === 'number' && Number.isFinite(bound)) {
      bounds.push([`${d.check === 'greater_than' ? '>' : '<'}${d.inclusive ? '=' : ''}` as Bound[0], bound]);
    } else return undefined;
  }
  return { kind: 'number', ...(int ? { int: true as const } : {}), ...(bounds.length ? { bounds } : {}) };
}

/** The plan of a zod schema: what the validator may decide itself, and where it must ask zod. */
export function planOf(schema: z.ZodType, at: SchemaPath = []): Plan {
  const def = defOf(schema);
  const inner = (step: string, part: z.ZodType) => planOf(part, [...at, step]);
  switch (def.type) {
    case 'string': {
      const plain = stringPlan(schema, def);
      if (plain) return plain;
      const d = def as unknown as CheckDef;
      const fields = Object.keys(def);
      // A date-time's check is its pattern: decided here. An http(s) URL: the usual form here, any other by zod.
      if (d.format === 'datetime' && d.pattern instanceof RegExp && fields.every((f) => DATETIME_FIELDS.includes(f))) {
        return { kind: 'string', patterns: [specOf(d.pattern)] };
      }
      if (d.format === 'url' && d.protocol instanceof RegExp && fields.every((f) => URL_FIELDS.includes(f))) {
        const protocol = specOf(d.protocol);
        if (protocol[0] === HTTP_PROTOCOL[0] && protocol[1] === HTTP_PROTOCOL[1]) return { kind: 'httpUrl', at };
      }
      break;
    }
    case 'number': {
      // Job Zone, the evidence pack's counts and percents. zod's number is a finite one: NaN and ±Infinity are issues.
      const plan = numberPlan(schema, def);
      if (plan) return plan;
      break;
    }
    case 'boolean':
      if (hasOnly(schema, def, ['type'])) return { kind: 'boolean' };
      break;
    case 'literal':
      // zod's own test is membership in a Set of the values (so 0 and -0 are one value).
      if (hasOnly(schema, def, ['type', 'values']) && def.values!.every(isDataValue)) return { kind: 'oneOf', values: def.values };
      break;
    case 'enum': {
      // zod drops an entry that is a TypeScript numeric enum's reverse mapping; with only strings there is none,
      // and the values are all the entries' values. Any other enum is left to zod.
      if (!hasOnly(schema, def, ['type', 'entries'])) break;
      const values = Object.values(def.entries!);
      if (values.every((value) => typeof value === 'string')) return { kind: 'oneOf', values };
      break;
    }
    case 'optional':
    case 'nullable':
      return { kind: def.type, inner: inner('innerType', def.innerType!) };
    case 'array':
      if (def.checks?.length) break;
      return { kind: 'array', element: inner('element', def.element!) };
    case 'object': {
      // Extra keys: allowed by a plain object (zod drops them), an issue for a strict one, unknown otherwise.
      const strict = def.catchall !== undefined;
      if (def.checks?.length || (strict && defOf(def.catchall!).type !== 'never')) break;
      const keys = Object.keys(def.shape!);
      // zod reads a property with `key in value`: a name Object.prototype has would be read from there. No
      // framework property is such a name; a schema with one is left to zod.
      if (keys.some((key) => key in Object.prototype)) break;
      return { kind: 'object', strict, keys, values: keys.map((key) => inner(`shape:${key}`, def.shape![key])) };
    }
    case 'record':
      // A key schema that lists its keys (an enum) makes every listed key required: left to zod.
      if (def.checks?.length || (def.keyType as unknown as { _zod: { values?: unknown } })._zod.values) break;
      return { kind: 'record', key: inner('keyType', def.keyType!), value: inner('valueType', def.valueType!) };
  }
  // Everything else is decided by zod itself, on this part alone.
  return { kind: 'zod', at };
}

/**
 * `frameworkPlan.ts`: the framework schema's plan (schema/plan.ts), which lets the language service and the
 * command line check most files without loading zod. Written by `scripts/gen-schema.ts`.
 */
export function frameworkPlanModuleText(): string {
  const { declarations, root } = planSource(planOf(frameworkSchema));
  return [
    '// Generated by scripts/gen-schema.ts from the zod schema (framework.ts); do not edit. `npm run build` rewrites',
    '// it, and a unit test fails when it is stale. What zod checks of a framework, as data: the schema check follows',
    '// it without loading zod (see plan.ts and planShortcut.ts). Parts the schema repeats (a cited statement, a level…)',
    '// are written once, named after where they first occur.',
    "import type { Plan } from './plan';",
    '',
    ...declarations.map((d) => d + '\n'),
    `export const FRAMEWORK_PLAN: Plan = ${root};`,
    '',
  ].join('\n');
}

/** Names of the framework's repeated parts, by the property where each first occurs and its kind. */
const PART_NAMES: Record<string, string> = {
  'statements|array': 'TEXT_LIST',
  'emerging|object': 'LEVEL',
  'emerging item|object': 'CITED_STATEMENT',
  'emerging|array': 'CITED_STATEMENTS',
  'emerging|optional': 'OPTIONAL_CITED_STATEMENTS',
  'augmentShare|number': 'PERCENT',
  'relatedTitles|optional': 'OPTIONAL_TEXT_LIST',
};

/**
 * TypeScript source for a plan: each part that occurs more than once (by content) becomes a constant of its own,
 * declared before the parts that use it, so the file reads as the schema does.
 */
function planSource(plan: Plan): { declarations: string[]; root: string } {
  const isPart = (v: unknown): v is Plan => !!v && typeof v === 'object' && !Array.isArray(v) && 'kind' in v;
  const counts = new Map<string, number>();
  const count = (v: unknown): void => {
    if (!v || typeof v !== 'object') return;
    if (isPart(v)) counts.set(JSON.stringify(v), (counts.get(JSON.stringify(v)) ?? 0) + 1);
    for (const child of Object.values(v)) count(child);
  };
  count(plan);
  // Each repeated part worth a name (not a bare `{ kind: 'string' }`) is named for what it is (PART_NAMES), or
  // else after the property where it first occurs (`_ITEM` for a list's item, `_VALUE` for a record's value).
  const names = new Map<string, string>();
  const nameAt = (where: string, kind: string): string => {
    const base =
      PART_NAMES[`${where}|${kind}`] ??
      (where
        .replace(/([a-z])([A-Z])/g, '$1_$2')
        .replace(/[^A-Za-z0-9]+/g, '_')
        .toUpperCase() ||
        'PART');
    let name = base;
    for (let n = 2; [...names.values()].includes(name); n++) name = `${base}_${n}`;
    return name;
  };
  const declarations: string[] = [];
  const source = (v: unknown, indent: string, where: string): string => {
    if (isPart(v)) {
      const key = JSON.stringify(v);
      if ((counts.get(key) ?? 0) > 1 && key.length > 40) {
        let name = names.get(key);
        if (!name) {
          name = nameAt(where, (v as { kind: string }).kind);
          names.set(key, name);
          declarations.push(`const ${name}: Plan = ${literal(v, '', where)};`);
        }
        return name;
      }
    }
    return literal(v, indent, where);
  };
  /** Where a part sits, for its name: the property it is the value of, and `item` or `value` below a list or record. */
  const whereOf = (parent: unknown, field: string, index: number, where: string): string => {
    const p = (parent ?? {}) as { kind?: string; keys?: readonly string[] };
    if (p.kind === 'object' && field === 'values') return p.keys![index];
    if (field === 'element') return `${where} item`;
    if (field === 'value') return `${where} value`;
    if (field === 'key') return `${where} key`;
    return where;
  };
  /** A list field of a part (`values`, `keys`, `patterns`, …): on one line when short. */
  const list = (v: readonly unknown[], indent: string, owner: unknown, field: string, where: string): string => {
    const inner = indent + '  ';
    const item = (x: unknown): string => (Array.isArray(x) ? `[${x.map(item).join(', ')}]` : JSON.stringify(x));
    const flat = `[${v.map(item).join(', ')}]`;
    if (v.every((x) => !x || typeof x !== 'object' || (Array.isArray(x) && x.every((y) => typeof y !== 'object'))) && flat.length <= 100)
      return flat;
    const items = v.map((x, i) => source(x, inner, whereOf(owner, field, i, where)));
    const oneLine = `[${items.join(', ')}]`;
    if (oneLine.length <= 100 && !oneLine.includes('\n')) return oneLine;
    return `[\n${items.map((x) => inner + x).join(',\n')},\n${indent}]`;
  };
  const literal = (v: unknown, indent: string, where: string): string => {
    if (!v || typeof v !== 'object') return JSON.stringify(v);
    if (Array.isArray(v)) return list(v, indent, undefined, '', where);
    const inner = indent + '  ';
    const entries = Object.entries(v).map(
      ([k, x]) =>
        `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${Array.isArray(x) ? list(x, inner, v, k, where) : source(x, inner, whereOf(v, k, 0, where))}`,
    );
    const oneLine = `{ ${entries.join(', ')} }`;
    if (oneLine.length <= 100 && !oneLine.includes('\n')) return oneLine;
    return `{\n${entries.map((e) => inner + e).join(',\n')},\n${indent}}`;
  };
  const root = source(plan, '', '');
  return { declarations, root };
}

/** Each schema's validators, made once from its plan, asking zod about the schema itself (for the tests). */
const validators = new WeakMap<z.ZodType, { value: Validator; node: NodeValidator }>();

/** The plan's validators of a value and of a parsed tree for any zod schema, as the language service makes the framework's. */
export function planValidators(schema: z.ZodType): { value: Validator; node: NodeValidator } {
  let pair = validators.get(schema);
  if (!pair) {
    const plan = planOf(schema);
    const ask: AskZod = (at, part) => partAt(schema, at).safeParse(part).success;
    pair = { value: validatorOfPlan(plan, ask), node: nodeValidatorOfPlan(plan, ask) };
    validators.set(schema, pair);
  }
  return pair;
}
