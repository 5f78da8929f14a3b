/** Test helpers: inline documents, cursor markers and findings rendered as the Problems panel shows them. */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, type LanguageServiceSettings } from '../languageService';
import type { FrameworkDocument } from '../languageService/model';
import { sampleExport } from './sampleExport';

export const FIXTURES = path.join(__dirname, '..', '..', '..', 'test-fixtures');

export function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

const SEVERITY: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

export function parse(text: string, uri = 'file:///work/test.framework.json', settings: LanguageServiceSettings = {}): FrameworkDocument {
  const service = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'], ...settings }));
  return service.parse(TextDocument.create(uri, 'json', 1, text));
}

export function diagnostics(text: string, uri?: string, settings: LanguageServiceSettings = {}): Diagnostic[] {
  const service = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'], ...settings }));
  return service.computeDiagnostics(service.parse(TextDocument.create(uri ?? 'file:///work/test.framework.json', 'json', 1, text)));
}

/** Findings as `L:C-L:C severity code message` (1-based lines and columns, as editors show them). */
export function findings(text: string, uri?: string, settings: LanguageServiceSettings = {}): string[] {
  return diagnostics(text, uri, settings).map(
    (d) =>
      `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ` +
      `${SEVERITY[d.severity!]} ${d.code} ${d.message}`,
  );
}

/**
 * The 1-based span `L:C-L:C` of the `occurrence`-th `needle` in `text`, searching after `after` when given.
 * Lets a test name a range by the text it covers instead of by counted columns.
 */
export function span(text: string, needle: string, options: { after?: string; occurrence?: number } = {}): string {
  let from = 0;
  if (options.after !== undefined) {
    const a = text.indexOf(options.after);
    if (a < 0) throw new Error(`"${options.after}" not in text`);
    from = a + options.after.length;
  }
  let start = -1;
  for (let i = 0; i < (options.occurrence ?? 1); i++) {
    start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`"${needle}" not in text`);
    from = start + 1;
  }
  const pos = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return `${line}:${offset - before.lastIndexOf('\n')}`;
  };
  return `${pos(start)}-${pos(start + needle.length)}`;
}

/** Splits a cursor marker `|` out of a text: returns the text without it and the marker's offset. */
export function cursor(textWithMarker: string, marker = '|'): { text: string; offset: number } {
  const offset = textWithMarker.indexOf(marker);
  if (offset < 0) throw new Error('no cursor marker');
  return { text: textWithMarker.slice(0, offset) + textWithMarker.slice(offset + marker.length), offset };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

/** A small, valid framework with two statements per level. */
export function baseFramework(): { [key: string]: Json } {
  const level = (label: string, n: string) => ({
    label,
    statements: [`${label} headline one — body of ${n} statement one.`, `${label} headline two — body of ${n} statement two.`],
  });
  return sampleExport({
    version: 'v.26.05',
    description: '',
    contextCovered: 'This framework covers management practice within Job Zone 4 settings.',
    levels: {
      emerging: level('Emerging', 'emerging'),
      developing: level('Developing', 'developing'),
      proficient: level('Proficient', 'proficient'),
      advanced: level('Advanced', 'advanced'),
    },
  });
}

/** Deep-merges `patch` into the base framework (a key patched to `undefined` is removed) and prints it with 2 spaces. */
export function frameworkText(patch: { [key: string]: Json | undefined } = {}): string {
  return JSON.stringify(merge(baseFramework(), patch), null, 2);
}

function merge(base: { [key: string]: Json | undefined }, patch: { [key: string]: Json | undefined }): { [key: string]: Json } {
  const out: { [key: string]: Json | undefined } = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    const b = out[k];
    if (v === undefined) delete out[k];
    else if (v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b)) out[k] = merge(b, v);
    else out[k] = v;
  }
  return out as { [key: string]: Json };
}

/** Every file under `dir` (recursively) whose name ends with one of `suffixes`, sorted. */
export function filesUnder(dir: string, ...suffixes: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && suffixes.some((s) => e.name.endsWith(s)))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}
