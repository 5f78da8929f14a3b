/**
 * Options of the rules of substance, read defensively from `DiagnosticsSettings.ruleOptions` (the merged
 * options of the file's configuration): a value of the wrong type is ignored, never an error here.
 */

/** Options of rules by code, as `DiagnosticsSettings.ruleOptions` holds them. */
export type RuleOptions = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** The options object of one rule, or an empty one. */
export function optionsOf(ruleOptions: RuleOptions | undefined, code: string): Readonly<Record<string, unknown>> {
  const options = isRecord(ruleOptions) ? ruleOptions[code] : undefined;
  return isRecord(options) ? options : {};
}

/** The strings of a list option (other items dropped); undefined when it is not a list. */
export function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((v): v is string => typeof v === 'string' && v.trim().length > 0).map((v) => v.trim());
}

/** A whole number of at least `min`, or undefined. */
export function wholeNumber(value: unknown, min: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min ? value : undefined;
}

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What rules compile from their options (a ladder with extra cues, a list of vague verbs), kept per distinct
 * options: a few configurations at a time, never growing without bound.
 */
export class CompiledByOptions<T> {
  private readonly compiled = new Map<string, T>();

  get(options: unknown, compile: () => T): T {
    const key = JSON.stringify(options);
    let value = this.compiled.get(key);
    if (value === undefined) {
      if (this.compiled.size >= 16) this.compiled.clear();
      value = compile();
      this.compiled.set(key, value);
    }
    return value;
  }
}
