/**
 * Whether zod would find no issue in a value, decided without zod building its copy of the value, and without
 * loading zod at all for most files.
 *
 * zod's parse returns a new value: every object and list of the framework is rebuilt, with a result object per
 * value, which made the schema pass the largest single part of checking a file (mostly garbage collection).
 * Most files have no schema finding at all. Loading zod and building the framework schema is also about a third
 * of the command line's start-up. So the check runs in two steps:
 *
 * - {@link planOf} reads the zod schema's own definition into a *plan*, plain data: containers (strict objects,
 *   lists, records, optional and nullable wrappers), strings (plain, non-empty, with patterns, ISO date-times,
 *   whose check is a pattern), http(s) URLs, numbers (finite, whole, within a range), booleans, literals and
 *   enums, and "ask zod about this part" for everything else. `scripts/gen-schema.ts` writes the framework's plan
 *   to `frameworkPlan.ts` at build time; a unit test fails when that file is stale.
 * - {@link nodeValidatorOfPlan} turns a plan into a validator of a parsed tree (not its value, so a Markdown file's
 *   value is made only when something asks for it) that needs no zod; its leaves are {@link validatorOfPlan}'s. A
 *   part it cannot decide (a URL of an unusual form, a schema kind the plan does not cover) is put to zod through
 *   `ask`, which the caller backs with the lazily loaded schema; its verdict on a text is kept, since the same
 *   citation URLs recur.
 *
 * A validator answers `true` only when zod's parse would report no issue; `false` means "not certain", and the
 * caller runs zod for the findings. Anything unusual (a `__proto__` key, an unknown key, a repeated key, a list
 * with a length rule, a schema kind it does not walk) gets `false`, never a guess.
 */
import { getNodeValue } from 'jsonc-parser';
import type { z } from 'zod';
import type { SourceNode } from '../model';
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

/** A regular expression as data: its source and flags. */
export type RegexSpec = readonly [source: string, flags: string];
/** A number bound: the value compared with a number as zod compares it. */
export type Bound = readonly ['>' | '>=' | '<' | '<=', number];
/**
 * Where a part of a schema is, from the root: the definition field followed at each step (`shape:<key>` for an
 * object's property, `element`, `innerType`, `keyType`, `valueType`).
 */
export type SchemaPath = readonly string[];

/** What zod checks of a value, as plain data (see the module comment). */
export type Plan =
  | { readonly t: 'string'; readonly nonEmpty?: true; readonly patterns?: readonly RegexSpec[] }
  | { readonly t: 'httpUrl'; readonly at: SchemaPath }
  | { readonly t: 'number'; readonly int?: true; readonly bounds?: readonly Bound[] }
  | { readonly t: 'boolean' }
  | { readonly t: 'oneOf'; readonly values: readonly (string | number | boolean | null)[] }
  | { readonly t: 'optional' | 'nullable'; readonly inner: Plan }
  | { readonly t: 'array'; readonly element: Plan }
  | { readonly t: 'object'; readonly strict: boolean; readonly keys: readonly string[]; readonly values: readonly Plan[] }
  | { readonly t: 'record'; readonly key: Plan; readonly value: Plan }
  | { readonly t: 'zod'; readonly at: SchemaPath };

/** zod's verdict on the part of the schema at `at`: whether `safeParse(value)` of that part succeeds. */
export type AskZod = (at: SchemaPath, value: unknown) => boolean;

/** The part of `root` at `at` (a path from {@link planOf}). */
export function schemaPart(root: z.ZodType, at: SchemaPath): z.ZodType {
  let schema = root;
  for (const step of at) {
    const def = defOf(schema) as unknown as Record<string, z.ZodType>;
    schema = step.startsWith('shape:') ? (def.shape as unknown as Record<string, z.ZodType>)[step.slice(6)] : def[step];
  }
  return schema;
}

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
  return { t: 'string', ...(nonEmpty ? { nonEmpty: true as const } : {}), ...(patterns.length ? { patterns } : {}) };
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
  return { t: 'number', ...(int ? { int: true as const } : {}), ...(bounds.length ? { bounds } : {}) };
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
        return { t: 'string', patterns: [specOf(d.pattern)] };
      }
      if (d.format === 'url' && d.protocol instanceof RegExp && fields.every((f) => URL_FIELDS.includes(f))) {
        const protocol = specOf(d.protocol);
        if (protocol[0] === HTTP_PROTOCOL[0] && protocol[1] === HTTP_PROTOCOL[1]) return { t: 'httpUrl', at };
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
      if (hasOnly(schema, def, ['type'])) return { t: 'boolean' };
      break;
    case 'literal':
      // zod's own test is membership in a Set of the values (so 0 and -0 are one value).
      if (hasOnly(schema, def, ['type', 'values']) && def.values!.every(isDataValue)) return { t: 'oneOf', values: def.values };
      break;
    case 'enum': {
      // zod drops an entry that is a TypeScript numeric enum's reverse mapping; with only strings there is none,
      // and the values are all the entries' values. Any other enum is left to zod.
      if (!hasOnly(schema, def, ['type', 'entries'])) break;
      const values = Object.values(def.entries!);
      if (values.every((value) => typeof value === 'string')) return { t: 'oneOf', values };
      break;
    }
    case 'optional':
    case 'nullable':
      return { t: def.type, inner: inner('innerType', def.innerType!) };
    case 'array':
      if (def.checks?.length) break;
      return { t: 'array', element: inner('element', def.element!) };
    case 'object': {
      // Extra keys: allowed by a plain object (zod drops them), an issue for a strict one, unknown otherwise.
      const strict = def.catchall !== undefined;
      if (def.checks?.length || (strict && defOf(def.catchall!).type !== 'never')) break;
      const keys = Object.keys(def.shape!);
      // zod reads a property with `key in value`: a name Object.prototype has would be read from there. No
      // framework property is such a name; a schema with one is left to zod.
      if (keys.some((key) => key in Object.prototype)) break;
      return { t: 'object', strict, keys, values: keys.map((key) => inner(`shape:${key}`, def.shape![key])) };
    }
    case 'record':
      // A key schema that lists its keys (an enum) makes every listed key required: left to zod.
      if (def.checks?.length || (def.keyType as unknown as { _zod: { values?: unknown } })._zod.values) break;
      return { t: 'record', key: inner('keyType', def.keyType!), value: inner('valueType', def.valueType!) };
  }
  // Everything else is decided by zod itself, on this part alone.
  return { t: 'zod', at };
}

type Validator = (value: unknown) => boolean;

/**
 * http(s) URLs that `z.url({ protocol: /^https?$/ })` certainly accepts: lower-case `http://` or `https://`, a host of
 * lower-case letters, digits and inner hyphens in dot-separated labels (no `--`, so no `xn--` label to decode),
 * the last starting with a letter (so never read as an IPv4 address), no port, then an optional path, query or
 * fragment of characters the URL parser takes as they are. Any other text goes to zod.
 */
const PLAIN_HTTP_URL =
  /^https?:\/\/(?![^/?#]*--)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z](?:[a-z0-9-]*[a-z0-9])?(?:[/?#][A-Za-z0-9._~!$&'()*+,;=:@/?#%-]*)?$/;

/** zod's verdicts kept per part of a schema: a bounded number of texts each. */
const MAX_KEPT_VERDICTS = 1000;

/** zod's verdict on a part, kept per text (a copy of it: kept past the file). */
function askKeeping(ask: AskZod, at: SchemaPath): Validator {
  const verdicts = new Map<string, boolean>();
  return (value) => {
    if (typeof value !== 'string') return ask(at, value);
    let verdict = verdicts.get(value);
    if (verdict === undefined) {
      if (verdicts.size >= MAX_KEPT_VERDICTS) verdicts.clear();
      verdicts.set(ownString(value), (verdict = ask(at, value)));
    }
    return verdict;
  };
}

const regexOf = ([source, flags]: RegexSpec): RegExp => new RegExp(source, flags);

/** A validator for a plan; parts the plan leaves to zod are put to `ask`. */
export function validatorOfPlan(plan: Plan, ask: AskZod): Validator {
  switch (plan.t) {
    case 'string': {
      const patterns = (plan.patterns ?? []).map(regexOf);
      const nonEmpty = plan.nonEmpty === true;
      if (!patterns.length) return nonEmpty ? (value) => typeof value === 'string' && value.length >= 1 : (value) => typeof value === 'string';
      return (value) => {
        if (typeof value !== 'string' || (nonEmpty && value.length < 1)) return false;
        for (let i = 0; i < patterns.length; i++) {
          // As zod tests: from the start, whatever a global pattern's last test left.
          patterns[i].lastIndex = 0;
          if (!patterns[i].test(value)) return false;
        }
        return true;
      };
    }
    case 'httpUrl': {
      const viaZod = askKeeping(ask, plan.at);
      return (value) => (typeof value === 'string' && PLAIN_HTTP_URL.test(value)) || viaZod(value);
    }
    case 'number': {
      const int = plan.int === true;
      const tests = (plan.bounds ?? []).map(([op, bound]): ((value: number) => boolean) =>
        op === '>' ? (value) => value > bound : op === '>=' ? (value) => value >= bound : op === '<' ? (value) => value < bound : (value) => value <= bound,
      );
      return (value) => {
        if (typeof value !== 'number' || !Number.isFinite(value) || (int && !Number.isSafeInteger(value))) return false;
        for (let i = 0; i < tests.length; i++) if (!tests[i](value)) return false;
        return true;
      };
    }
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'oneOf': {
      const values = new Set<unknown>(plan.values);
      return (value) => values.has(value);
    }
    case 'optional': {
      const inner = validatorOfPlan(plan.inner, ask);
      return (value) => value === undefined || inner(value);
    }
    case 'nullable': {
      const inner = validatorOfPlan(plan.inner, ask);
      return (value) => value === null || inner(value);
    }
    case 'array':
    case 'object':
    case 'record':
      // A container is read from the parsed tree (nodeValidatorOfPlan); as a value it is not certain. (A property's
      // absence reaches here as undefined, which no container schema accepts.)
      return () => false;
    case 'zod': {
      // A string part (a URL, a date-time of another kind): its checks read the text alone, so a verdict is kept.
      return askKeeping(ask, plan.at);
    }
  }
}

type NodeValidator = (node: SourceNode) => boolean;

const isContainer = (node: SourceNode): boolean => node.type === 'object' || node.type === 'array';

/**
 * A validator for a plan that reads a parsed tree (jsonc-parser's shape, as every parser here builds it) instead
 * of its value (`getNodeValue(node)`): `true` only where the value validator, and so zod, finds that value valid.
 * A property without a value (text that did not parse) or a key repeated in an object (the value keeps the last
 * one) gets `false`: not certain.
 */
export function nodeValidatorOfPlan(plan: Plan, ask: AskZod): NodeValidator {
  switch (plan.t) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'oneOf':
    case 'httpUrl': {
      // A leaf's value is on its node (`null` for a null); a container is never one of these.
      const leaf = validatorOfPlan(plan, ask);
      return (node) => !isContainer(node) && leaf(node.value);
    }
    case 'optional':
      // Absence is the object's business (below): a node is always a value.
      return nodeValidatorOfPlan(plan.inner, ask);
    case 'nullable': {
      const inner = nodeValidatorOfPlan(plan.inner, ask);
      return (node) => node.type === 'null' || inner(node);
    }
    case 'array': {
      const element = nodeValidatorOfPlan(plan.element, ask);
      return (node) => {
        if (node.type !== 'array') return false;
        const items = node.children!;
        for (let i = 0; i < items.length; i++) if (!element(items[i])) return false;
        return true;
      };
    }
    case 'object': {
      const { keys, strict } = plan;
      // Which properties were seen: a bit each (a framework object has at most a dozen); wider: not certain.
      if (keys.length > 30) return () => false;
      const indexOf = new Map(keys.map((key, i) => [key, i]));
      const properties = plan.values.map((part) => nodeValidatorOfPlan(part, ask));
      // Whether a property may be absent: the value validator's verdict on undefined, asked only when one is.
      const absent = plan.values.map((part) => validatorOfPlan(part, ask));
      const all = 2 ** keys.length - 1;
      return (node) => {
        if (node.type !== 'object') return false;
        const props = node.children!;
        let seen = 0;
        for (let p = 0; p < props.length; p++) {
          const pair = props[p].children;
          if (pair === undefined || pair.length !== 2) return false;
          const key = pair[0].value as string;
          if (key === '__proto__') return false;
          const i = indexOf.get(key);
          if (i === undefined) {
            if (strict) return false;
            continue;
          }
          const bit = 1 << i;
          if ((seen & bit) !== 0 || !properties[i](pair[1])) return false;
          seen |= bit;
        }
        if (seen !== all) for (let i = 0; i < keys.length; i++) if ((seen & (1 << i)) === 0 && !absent[i](undefined)) return false;
        return true;
      };
    }
    case 'record': {
      const keyValid = validatorOfPlan(plan.key, ask);
      const valueValid = nodeValidatorOfPlan(plan.value, ask);
      // A repeated key: every value valid means the one the value keeps is.
      return (node) => {
        if (node.type !== 'object') return false;
        const props = node.children!;
        for (let p = 0; p < props.length; p++) {
          const pair = props[p].children;
          if (pair === undefined || pair.length !== 2) return false;
          const key = pair[0].value as string;
          if (key === '__proto__' || !keyValid(key) || !valueValid(pair[1])) return false;
        }
        return true;
      };
    }
  }
  // A part left to zod: its verdict on the node's value.
  const valueValid = validatorOfPlan(plan, ask);
  return (node) => valueValid(isContainer(node) ? getNodeValue(node) : node.value);
}

/** Each schema's validators, made once (from the plan, asking zod about the schema itself). */
const validators = new WeakMap<z.ZodType, { value: Validator; node: NodeValidator }>();

function validatorsOf(schema: z.ZodType): { value: Validator; node: NodeValidator } {
  let made = validators.get(schema);
  if (!made) {
    const plan = planOf(schema);
    const ask: AskZod = (at, part) => schemaPart(schema, at).safeParse(part).success;
    made = { value: validatorOfPlan(plan, ask), node: nodeValidatorOfPlan(plan, ask) };
    validators.set(schema, made);
  }
  return made;
}

/**
 * Whether zod would find no issue in a leaf `value` (a text, number, true/false, null) against `schema`: {@link planOf}
 * then {@link validatorOfPlan}. Containers are read from trees: {@link certainlyValidNode}.
 */
export function certainlyValid(schema: z.ZodType, value: unknown): boolean {
  return validatorsOf(schema).value(value);
}

/** {@link certainlyValid} of a parsed tree's value, read from the tree ({@link nodeValidatorOfPlan}). */
export function certainlyValidNode(schema: z.ZodType, node: SourceNode): boolean {
  return validatorsOf(schema).node(node);
}
