/**
 * Reads a `.nsxframework.json` (JSON with comments) into its rules and overrides, with a finding at the exact
 * range of each problem: broken JSON, an unknown code (with a did-you-mean), a bad severity, a bad option, a
 * malformed override. Only the valid parts are kept, so the checks of framework files go on with them (and
 * with the defaults for the rest); a file whose JSON is broken contributes no rules at all. Never throws.
 */
import { findNodeAtLocation, getNodeValue, parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { makeDiagnostic } from '../diagnostic';
import { findExcessNesting } from '../limits';
import { syntaxErrorDiagnostics } from '../parse/jsonSyntaxErrors';
import { closest } from '../util/didYouMean';
import { describeValue } from '../util/describe';
import { schemaLibrary } from '../util/lazyLibraries';
import { CONFIG_SEVERITIES, CONFIGURABLE_CODE_LIST, CONFIGURABLE_CODES, type ConfigSeverity } from './codes';
import type { RuleOption } from './schema';

/** A rule as the file sets it: its severity, its options (only the valid ones). */
export interface RuleEntry {
  severity?: ConfigSeverity;
  options: Record<string, unknown>;
}

export type ConfigRules = Record<string, RuleEntry>;

export interface ConfigOverride {
  /** Its place in the file's `overrides` list (invalid ones are left out of {@link NsxConfig.overrides}). */
  index: number;
  files: string[];
  rules: ConfigRules;
}

/** A parsed configuration file. */
export interface NsxConfig {
  uri: string;
  /** The valid rules of `rules`. */
  rules: ConfigRules;
  /** The valid overrides, in file order. */
  overrides: ConfigOverride[];
  /** The problems of the file itself. */
  diagnostics: Diagnostic[];
  /** Whether its JSON is broken (then it has no rules, and "Turn off" does not edit it). */
  broken: boolean;
}

/** The codes of the findings in a configuration file. */
export const CONFIG_CODES = {
  syntax: 'config-syntax',
  unknownRule: 'config-unknown-rule',
  invalid: 'config-invalid',
} as const;

/** A configuration nests at most 5 levels (`overrides`, an override, `rules`, a rule, an option); far deeper is hostile. */
const MAX_CONFIG_NESTING = 32;

const E = DiagnosticSeverity.Error;
const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`);
/** `"a", "b" or "c"`. */
export const orList = (values: readonly string[]): string =>
  values.length < 2 ? quoted(values).join('') : `${quoted(values.slice(0, -1)).join(', ')} or ${quoted(values.slice(-1)).join('')}`;
const hint = (suggestions: readonly string[]) => (suggestions.length ? ` (did you mean ${orList(suggestions)}?)` : '');
const SEVERITY_LIST = orList(CONFIG_SEVERITIES);
const keyOf = (property: Node): string => String(property.children?.[0]?.value);

/** Parses and checks the text of a configuration file. */
export function parseConfig(textDocument: TextDocument): NsxConfig {
  const text = textDocument.getText();
  const config: NsxConfig = { uri: textDocument.uri, rules: {}, overrides: [], diagnostics: [], broken: false };
  const report = (node: { offset: number; length: number }, code: string, message: string) =>
    config.diagnostics.push(makeDiagnostic(textDocument, node.offset, node.offset + node.length, code, message, E));

  const deep = findExcessNesting(text, MAX_CONFIG_NESTING);
  if (deep >= 0) {
    config.broken = true;
    report(
      { offset: deep, length: 1 },
      CONFIG_CODES.invalid,
      `Values nested more than ${MAX_CONFIG_NESTING} levels deep: a configuration nests at most 5`,
    );
    return config;
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  // Read out as a framework file's are, so values left open at the end are one finding (`Expected "}}" to close 2
  // objects`), not one per value.
  config.diagnostics.push(...syntaxErrorDiagnostics(textDocument, errors, CONFIG_CODES.syntax));
  if (errors.length || !root) {
    config.broken = errors.length > 0;
    return config; // an empty file configures nothing
  }
  if (root.type !== 'object') {
    report(
      root,
      CONFIG_CODES.invalid,
      `The configuration must be an object such as { "rules": { "statement-final-period": "off" } }; found ${describeValue(getNodeValue(root))}`,
    );
    return config;
  }
  const checker = new RuleChecker(report);
  for (const property of root.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    switch (key.value) {
      case '$schema':
        if (value.type !== 'string')
          report(value, CONFIG_CODES.invalid, `"$schema" must be text; found ${describeValue(getNodeValue(value))}`);
        break;
      case 'rules':
        config.rules = checker.rules(value, '"rules"');
        break;
      case 'overrides':
        config.overrides = checker.overrides(value);
        break;
      default:
        report(
          key,
          CONFIG_CODES.invalid,
          `Unknown property "${keyOf(property)}": the configuration has "rules" and "overrides"${hint(closest(String(key.value), ['rules', 'overrides', '$schema']))}`,
        );
    }
  }
  return config;
}

class RuleChecker {
  constructor(private readonly report: (node: Node, code: string, message: string) => void) {}

  /** The valid rules of a `rules` object. */
  rules(node: Node, where: string): ConfigRules {
    const out: ConfigRules = {};
    if (node.type !== 'object') {
      this.report(
        node,
        CONFIG_CODES.invalid,
        `${where} must be an object of settings by code, e.g. { "statement-final-period": "off" }; found ${describeValue(getNodeValue(node))}`,
      );
      return out;
    }
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key || !value) continue;
      const code = String(key.value);
      if (!Object.hasOwn(CONFIGURABLE_CODES, code)) {
        this.report(key, CONFIG_CODES.unknownRule, `Unknown rule "${code}"${hint(closest(code, CONFIGURABLE_CODE_LIST))}`);
        continue;
      }
      const entry = this.setting(code, value);
      if (entry) out[code] = entry;
    }
    return out;
  }

  private severity(code: string, node: Node): ConfigSeverity | undefined {
    const value = getNodeValue(node) as unknown;
    if (typeof value === 'string' && (CONFIG_SEVERITIES as readonly string[]).includes(value)) return value as ConfigSeverity;
    const suggestions = typeof value === 'string' ? closest(value, CONFIG_SEVERITIES) : [];
    this.report(
      node,
      CONFIG_CODES.invalid,
      `The severity of "${code}" must be ${SEVERITY_LIST}; found ${describeValue(value)}${hint(suggestions)}`,
    );
    return undefined;
  }

  private setting(code: string, node: Node): RuleEntry | undefined {
    if (node.type === 'string') {
      const severity = this.severity(code, node);
      return severity ? { severity, options: {} } : undefined;
    }
    const options = RULE_OPTION_NAMES[code] ?? [];
    if (node.type !== 'object') {
      const shape = options.length ? `an object of "severity" and its options (${orList(options)})` : 'an object with "severity"';
      this.report(
        node,
        CONFIG_CODES.invalid,
        `The setting of "${code}" must be a severity (${SEVERITY_LIST}) or ${shape}; found ${describeValue(getNodeValue(node))}`,
      );
      return undefined;
    }
    const entry: RuleEntry = { options: {} };
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key || !value) continue;
      const name = String(key.value);
      if (name === 'severity') {
        entry.severity = this.severity(code, value);
      } else if (options.includes(name)) {
        if (this.option(code, name, value)) entry.options[name] = getNodeValue(value);
      } else {
        const takes = options.length ? `it takes "severity", ${orList(options)}` : 'it takes only "severity"';
        this.report(
          key,
          CONFIG_CODES.invalid,
          `The rule "${code}" has no option "${name}": ${takes}${hint(closest(name, ['severity', ...options]))}`,
        );
      }
    }
    return entry;
  }

  /** Checks an option's value with its zod schema; reports each problem where it is. */
  private option(code: string, name: string, node: Node): boolean {
    const option: RuleOption = schemaLibrary().RULE_OPTIONS[code][name];
    const value = getNodeValue(node) as unknown;
    const result = option.schema.safeParse(value);
    if (result.success) return true;
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        const at = path.length ? findNodeAtLocation(node, path) : node;
        for (const k of issue.keys) {
          const keyNode = at?.children?.find((p) => keyOf(p) === k)?.children?.[0];
          const known = knownKeysOf(option);
          this.report(
            keyNode ?? node,
            CONFIG_CODES.invalid,
            `"${name}" of "${code}" has no "${k}": it takes ${orList(known)}${hint(closest(k, known))}`,
          );
        }
        continue;
      }
      const at = (path.length && findNodeAtLocation(node, path)) || node;
      const where = name + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');
      const expect = path.length === 0 ? option.expect : expectOf(issue.code, issue.code === 'invalid_type' ? issue.expected : undefined);
      this.report(at, CONFIG_CODES.invalid, `"${where}" of "${code}" must be ${expect}; found ${describeValue(getNodeValue(at))}`);
    }
    return false;
  }

  /** The valid overrides of an `overrides` list. */
  overrides(node: Node): ConfigOverride[] {
    const out: ConfigOverride[] = [];
    const shape = 'a list of objects such as { "files": ["drafts/**"], "rules": { … } }';
    if (node.type !== 'array') {
      this.report(node, CONFIG_CODES.invalid, `"overrides" must be ${shape}; found ${describeValue(getNodeValue(node))}`);
      return out;
    }
    for (const [index, item] of (node.children ?? []).entries()) {
      if (item.type !== 'object') {
        this.report(
          item,
          CONFIG_CODES.invalid,
          `An override must be an object such as { "files": ["drafts/**"], "rules": { … } }; found ${describeValue(getNodeValue(item))}`,
        );
        continue;
      }
      let files: string[] | undefined;
      let rules: ConfigRules = {};
      let sawFiles = false;
      for (const property of item.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || !value) continue;
        if (key.value === 'files') {
          sawFiles = true;
          files = this.globs(value);
        } else if (key.value === 'rules') {
          rules = this.rules(value, '"rules" of an override');
        } else {
          this.report(
            key,
            CONFIG_CODES.invalid,
            `Unknown property "${keyOf(property)}" in an override: it has "files" and "rules"${hint(closest(String(key.value), ['files', 'rules']))}`,
          );
        }
      }
      if (!sawFiles)
        this.report(
          { ...item, length: 1 } as Node,
          CONFIG_CODES.invalid,
          'An override needs "files": a list of globs of the files it applies to',
        );
      if (files?.length) out.push({ index, files, rules });
    }
    return out;
  }

  private globs(node: Node): string[] | undefined {
    if (node.type !== 'array' || !node.children?.length) {
      this.report(
        node,
        CONFIG_CODES.invalid,
        `"files" must be a list of one or more globs, e.g. ["drafts/**"]; found ${node.type === 'array' ? 'an empty list' : describeValue(getNodeValue(node))}`,
      );
      return undefined;
    }
    const out: string[] = [];
    for (const item of node.children) {
      if (item.type === 'string' && String(item.value).trim()) out.push(String(item.value));
      else this.report(item, CONFIG_CODES.invalid, `A glob must be non-empty text; found ${describeValue(getNodeValue(item))}`);
    }
    return out.length === node.children.length ? out : undefined;
  }
}

/** Option names by code, without loading zod (most configuration files set no options); a test holds them to schema.ts. */
const RULE_OPTION_NAMES: Readonly<Record<string, readonly string[]>> = {
  'level-progression': ['cues'],
  'statement-vague-verb': ['verbs'],
  'statement-too-long': ['maxWords'],
};

function knownKeysOf(option: RuleOption): string[] {
  const shape = (option.schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function expectOf(issueCode: string, expected: string | undefined): string {
  if (issueCode === 'too_small') return 'non-empty text';
  if (expected === 'array') return 'a list of words or phrases';
  if (expected === 'string') return 'text (a word or phrase)';
  return 'valid';
}
