/**
 * A CASE 1.1 package this extension exported → the framework again: the skeleton in the CFDocument's
 * `extensions.nsxFramework` with each statement filled back from its CFItem's `fullStatement` (so an edit made to
 * the items in a CASE tool comes back too). Pure. A package without that extension, or whose skeleton names an item
 * the package lacks, gets a plain message naming what is missing.
 */
import { printParseErrorCode, visit } from 'jsonc-parser';
import { ConversionError, toMarkdown } from '../convert/toMarkdown';
import { CASE_EXTENSION, CASE_EXTENSION_VERSION } from './case';
import { copyJson, isObject } from './tree';

/** The framework value, or why there is none (`syntax` when the text is not JSON at all). */
export type CaseImportResult = { value: unknown } | { error: string; syntax?: true };

/** Reads the framework value out of a CFPackage's JSON text (see the module comment). */
export function importCasePackage(text: string): CaseImportResult {
  let pkg: unknown;
  try {
    pkg = JSON.parse(text);
  } catch {
    return { error: `Not valid JSON (${syntaxErrorPlace(text)})`, syntax: true };
  }
  if (!isObject(pkg) || !isObject(pkg.CFDocument)) return { error: 'Not a CASE package: it has no CFDocument' };
  const extensions = pkg.CFDocument.extensions;
  const own = isObject(extensions) ? extensions[CASE_EXTENSION] : undefined;
  if (!isObject(own)) {
    return {
      error:
        `The CASE package has no CFDocument.extensions.${CASE_EXTENSION}, where an export of this extension keeps the framework's data: ` +
        'only a package exported by the NSX Framework Editor can be converted back to a framework',
    };
  }
  if (own.version !== CASE_EXTENSION_VERSION) {
    return {
      error: `CFDocument.extensions.${CASE_EXTENSION}.version is ${JSON.stringify(own.version ?? null)}; this version of the extension reads version ${CASE_EXTENSION_VERSION}`,
    };
  }
  if (!('framework' in own)) return { error: `The CASE package has no CFDocument.extensions.${CASE_EXTENSION}.framework` };

  const statements = new Map<string, string>();
  if (Array.isArray(pkg.CFItems)) {
    for (const item of pkg.CFItems) {
      if (isObject(item) && typeof item.identifier === 'string' && typeof item.fullStatement === 'string')
        statements.set(item.identifier, item.fullStatement);
    }
  }
  const value = copyJson(own.framework);
  try {
    fillStatements(value, (id, path) => {
      const text = statements.get(id);
      if (text === undefined) throw new ConversionError(`CFItems has no item "${id}" with a fullStatement (the statement at ${path})`);
      return text;
    });
  } catch (error) {
    if (error instanceof ConversionError) return { error: `The CASE package is incomplete: ${error.message}` };
    throw error;
  }
  return { value };
}

/** A package this extension exported → the framework in `target` form (JSON text as exported, or Markdown). */
export function convertCasePackage(text: string, target: 'json' | 'markdown'): { text: string } | { error: string; syntax?: true } {
  const result = importCasePackage(text);
  if ('error' in result) return result;
  if (target === 'json') return { text: JSON.stringify(result.value, null, 2) + '\n' };
  try {
    return { text: toMarkdown(result.value) };
  } catch (error) {
    if (error instanceof ConversionError) return { error: error.message };
    throw error;
  }
}

/**
 * Replaces each statement slot's identifier with `text(id, path)`: the same slots the export replaced
 * (`tree.ts`): `framework.levels.<key>.statements[i]`, `aiFluency.levels.<key>[i].text`,
 * `durableSkills[d].levels.<key>[i].text`.
 */
function fillStatements(value: unknown, text: (id: string, path: string) => string): void {
  if (!isObject(value)) return;
  const fw = value.framework;
  if (isObject(fw) && isObject(fw.levels)) {
    for (const [key, level] of Object.entries(fw.levels)) {
      if (!isObject(level) || !Array.isArray(level.statements)) continue;
      const list = level.statements;
      list.forEach((s, i) => {
        if (typeof s === 'string') list[i] = text(s, `framework.levels.${key}.statements[${i}]`);
      });
    }
  }
  const cited = (levels: unknown, path: string) => {
    if (!isObject(levels)) return;
    for (const [key, list] of Object.entries(levels)) {
      if (!Array.isArray(list)) continue;
      list.forEach((entry, i) => {
        if (isObject(entry) && typeof entry.text === 'string') entry.text = text(entry.text, `${path}.${key}[${i}].text`);
      });
    }
  };
  if (isObject(value.aiFluency)) cited(value.aiFluency.levels, 'aiFluency.levels');
  if (Array.isArray(value.durableSkills)) {
    value.durableSkills.forEach((entry, d) => {
      if (isObject(entry)) cited(entry.levels, `durableSkills[${d}].levels`);
    });
  }
}

/** "line L, column C: what" of the first syntax error, as jsonc-parser (the JSON reader's parser) finds it. */
function syntaxErrorPlace(text: string): string {
  let place: string | undefined;
  visit(
    text,
    {
      onError: (error, _offset, _length, line, column) => {
        place ??= `line ${line + 1}, column ${column + 1}: ${printParseErrorCode(error)}`;
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return place ?? 'not JSON';
}
