/** The settings a configuration file gives one framework file: its rules, then each matching override in order. */
import type { SeverityName } from '../features/diagnostics/codes';
import { matchesRelativePath, uriPath } from '../util/globs';
import type { ConfigRules, NsxConfig } from './parse';

/** Severities and options by code for one file (what `DiagnosticsSettings` takes). */
export interface RuleSettings {
  severity: Record<string, SeverityName>;
  ruleOptions: Record<string, Record<string, unknown>>;
}

/**
 * The path of the file relative to the configuration file's folder (`/` separated), or undefined when the file is
 * not below that folder (a `--config` elsewhere): overrides then match nothing.
 */
export function pathFromConfig(config: { uri: string }, fileUri: string): string | undefined {
  const folder = uriPath(config.uri)
    .replace(/\\/g, '/')
    .replace(/\/[^/]*$/, '/');
  const file = uriPath(fileUri).replace(/\\/g, '/');
  return file.startsWith(folder) && file.length > folder.length ? file.slice(folder.length) : undefined;
}

/** Indexes of the overrides whose globs match the file, in file order. */
export function matchingOverrides(config: NsxConfig, fileUri: string): number[] {
  const relative = pathFromConfig(config, fileUri);
  if (relative === undefined) return [];
  const out: number[] = [];
  config.overrides.forEach((o, i) => {
    if (o.files.some((glob) => matchesRelativePath(relative, glob))) out.push(i);
  });
  return out;
}

/** The rules of the configuration for a file: `rules`, then the matching overrides over them (a later one wins). */
export function resolveRules(config: NsxConfig, fileUri: string): RuleSettings {
  const out: RuleSettings = { severity: {}, ruleOptions: {} };
  const apply = (rules: ConfigRules) => {
    for (const [code, entry] of Object.entries(rules)) {
      if (entry.severity) out.severity[code] = entry.severity;
      if (Object.keys(entry.options).length) out.ruleOptions[code] = { ...out.ruleOptions[code], ...entry.options };
    }
  };
  apply(config.rules);
  for (const i of matchingOverrides(config, fileUri)) apply(config.overrides[i].rules);
  return out;
}

/** The file's rules over the editor's settings: the configuration file wins, code by code. */
export function mergeRuleSettings<T extends { severity?: Readonly<Record<string, SeverityName>> }>(
  settings: T,
  rules: RuleSettings | undefined,
): T & { ruleOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>> } {
  if (!rules) return settings;
  return { ...settings, severity: { ...settings.severity, ...rules.severity }, ruleOptions: rules.ruleOptions };
}
