/**
 * The schema's plan and its interpreter: whether zod would find no issue in a value, decided without zod building
 * its copy of the value, and without loading zod at all for most files.
 *
 * A *plan* is what zod checks, as plain data: containers (strict objects, lists, records, optional and nullable
 * wrappers), strings (plain, non-empty, with patterns, ISO date-times, whose check is a pattern), http(s) URLs,
 * numbers (finite, whole, within a range), booleans, literals and enums, and "ask zod about this part" for
 * everything else. `scripts/gen-schema.ts` reads the zod schema's definition into the framework's plan at build
 * time and writes it to `frameworkPlan.ts` (a unit test fails when that file is stale); here nothing of zod is read
 * but its public `safeParse`, through `ask`.
 *
 * - {@link nodeValidatorOfPlan} turns a plan into a validator of a parsed tree (not its value, so a Markdown file's
 *   value is made only when something asks for it); its leaves are {@link validatorOfPlan}'s. A part it cannot
 *   decide (a URL of an unusual form, a schema kind the plan does not cover) is put to zod through `ask`.
 *
 * A validator answers `true` only when zod's parse would report no issue; `false` means "not certain", and the
 * caller runs zod for the findings. Anything unusual (a `__proto__` key, an unknown key, a repeated key, a list
 * with a length rule, a schema kind it does not walk) gets `false`, never a guess.
 */
import { getNodeValue } from 'jsonc-parser';
import type { SourceNode } from '../model';
import { ownString } from '../util/ownString';

/** A regular expression as data: its source and flags. */
export type RegexSpec = readonly [source: string, flags: string];
/** A number bound: the value compared with a number as zod compares it. */
export type Bound = readonly ['>' | '>=' | '<' | '<=', number];
/**
 * Where a part of a schema is, from the root: the step taken at each level (`shape:<key>` for an object's property,
 * `element`, `innerType`, `keyType`, `valueType`; zodParts.ts's `partAt` follows it).
 */
export type SchemaPath = readonly string[];

/** What zod checks of a value, as plain data (see the module comment). */
export type Plan =
  | { readonly kind: 'string'; readonly nonEmpty?: true; readonly patterns?: readonly RegexSpec[] }
  | { readonly kind: 'httpUrl'; readonly at: SchemaPath }
  | { readonly kind: 'number'; readonly int?: true; readonly bounds?: readonly Bound[] }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'oneOf'; readonly values: readonly (string | number | boolean | null)[] }
  | { readonly kind: 'optional' | 'nullable'; readonly inner: Plan }
  | { readonly kind: 'array'; readonly element: Plan }
  | { readonly kind: 'object'; readonly strict: boolean; readonly keys: readonly string[]; readonly values: readonly Plan[] }
  | { readonly kind: 'record'; readonly key: Plan; readonly value: Plan }
  | { readonly kind: 'zod'; readonly at: SchemaPath };

/** zod's verdict on the part of the schema at `at`: whether `safeParse(value)` of that part succeeds. */
export type AskZod = (at: SchemaPath, value: unknown) => boolean;

export type Validator = (value: unknown) => boolean;

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

/** zod's verdict on a part, remembered per text (a copy of it: it outlives the file), since the same citation URLs recur. */
function zodVerdictPerText(ask: AskZod, at: SchemaPath): Validator {
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
  switch (plan.kind) {
    case 'string': {
      const patterns = (plan.patterns ?? []).map(regexOf);
      const nonEmpty = plan.nonEmpty === true;
      if (!patterns.length)
        return nonEmpty ? (value) => typeof value === 'string' && value.length >= 1 : (value) => typeof value === 'string';
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
      const viaZod = zodVerdictPerText(ask, plan.at);
      return (value) => (typeof value === 'string' && PLAIN_HTTP_URL.test(value)) || viaZod(value);
    }
    case 'number': {
      const int = plan.int === true;
      const tests = (plan.bounds ?? []).map(([op, bound]): ((value: number) => boolean) =>
        op === '>'
          ? (value) => value > bound
          : op === '>='
            ? (value) => value >= bound
            : op === '<'
              ? (value) => value < bound
              : (value) => value <= bound,
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
      return zodVerdictPerText(ask, plan.at);
    }
  }
}

export type NodeValidator = (node: SourceNode) => boolean;

const isContainer = (node: SourceNode): boolean => node.type === 'object' || node.type === 'array';

/**
 * A validator for a plan that reads a parsed tree (jsonc-parser's shape, as every parser here builds it) instead
 * of its value (`getNodeValue(node)`): `true` only where the value validator, and so zod, finds that value valid.
 * A property without a value (text that did not parse) or a key repeated in an object (the value keeps the last
 * one) gets `false`: not certain.
 */
export function nodeValidatorOfPlan(plan: Plan, ask: AskZod): NodeValidator {
  switch (plan.kind) {
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
