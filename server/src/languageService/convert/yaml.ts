/**
 * The front matter's YAML, written the canonical way (docs/format.md#the-markdown-form; the layout of
 * test-fixtures/example-full-11-9179.00.framework.md): block mappings and sequences indented by two, `[]`/`{}` for empty ones, and a string in double quotes only when it must be
 * (or looks like something else): empty, a leading digit or indicator, `: # & * ' "` and the like inside.
 */
import { yamlLibrary } from '../util/lazyLibraries';

/** Characters that make a string quoted wherever they stand. */
const QUOTE_INSIDE = /[:#&*'"\\[\]{}`|>!%@]/;
/** Characters that make a string quoted when it starts with them (indicators, digits, signs). */
const QUOTE_FIRST = /^[-?,.+~=<0-9\s]/;
/** Characters YAML cannot hold unescaped, and line breaks. */
const UNPRINTABLE =
  /[\u0000-\u001f\u007f-\u0084\u0086-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether a string needs quotes to be read back as the same string. */
export function needsQuotes(s: string): boolean {
  if (!s || QUOTE_FIRST.test(s) || /\s$/.test(s) || QUOTE_INSIDE.test(s) || UNPRINTABLE.test(s)) return true;
  try {
    return yamlLibrary().parse(s) !== s; // true, null, .inf and their kin
  } catch {
    return true;
  }
}

/** A string as a YAML scalar: plain when safe, else double-quoted with JSON's escapes (a subset of YAML's). */
export function yamlString(s: string): string {
  if (!needsQuotes(s)) return s;
  return JSON.stringify(s).replace(
    /[\u007f-\u0084\u0086-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function scalar(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string') return yamlString(value);
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (typeof value === 'object' && Object.keys(value).length === 0) return '{}';
  return undefined;
}

/** Longest key written as `key: value` (YAML's limit for an implicit key is 1024 characters, quotes included). */
const IMPLICIT_KEY_LIMIT = 1000;

/** The lines of a mapping's entries at `indent` spaces. */
export function yamlMapping(value: Record<string, unknown>, indent = 0): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    const simple = scalar(v);
    const written = yamlString(key);
    // YAML reads an implicit key of at most 1024 characters; a longer one is written as an explicit `? key`.
    const explicit = written.length > IMPLICIT_KEY_LIMIT;
    if (explicit) lines.push(`${pad}? ${written}`);
    const keyPart = explicit ? '' : written;
    if (simple !== undefined) lines.push(`${pad}${keyPart}: ${simple}`);
    else {
      lines.push(`${pad}${keyPart}:`);
      lines.push(...block(v, indent + 2));
    }
  }
  return lines;
}

function block(value: unknown, indent: number): string[] {
  if (!Array.isArray(value)) return yamlMapping(value as Record<string, unknown>, indent);
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const item of value) {
    const simple = scalar(item);
    if (simple !== undefined) {
      lines.push(`${pad}- ${simple}`);
      continue;
    }
    // A nested block, its first line moved up beside the dash.
    const nested = block(item, indent + 2);
    lines.push(`${pad}- ${nested[0].slice(indent + 2)}`, ...nested.slice(1));
  }
  return lines;
}
