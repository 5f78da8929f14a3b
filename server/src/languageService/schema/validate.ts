/**
 * Runs the zod schema on a document's value and turns each issue into a diagnostic at the narrowest source range.
 * zod is the reference. zod and the schema are loaded on first need (`schemaLibrary`): most files are shown valid by
 * the schema's plan (planShortcut.ts) without them.
 */
import type { z } from 'zod';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { makeDiagnostic } from '../diagnostic';
import { keyNodeOf, nodeAt, propertiesOf, type FrameworkDocument, type JSONPath, type SourceNode } from '../model';
import { closest, closestFinder } from '../util/didYouMean';
import type { FieldMeta } from './framework';
import { SOC_PATTERN } from '../../../../common/patterns';
import { describeValue } from '../util/describe';
import { accelerate } from '../accel';
import { schemaLibrary } from '../util/lazyLibraries';
import { elementOf, recordOf, shapeOf, unwrapped, wrappedBy } from './zodParts';

type Schema = z.ZodType;
type Issue = z.core.$ZodIssue;

/** The framework's zod schema, loaded with zod on first use. */
const frameworkSchema = (): Schema => schemaLibrary().frameworkSchema;

/** The schema findings of a document, in document order. */
export function validateSchema(doc: FrameworkDocument): Diagnostic[] {
  if (doc.root === undefined) return [];
  // Most files have no schema finding: the plan may prove that on the tree, without zod's copy of the whole value.
  return accelerate('schemaPlan', doc.root) ?? validateWithZod(doc);
}

/** {@link validateSchema} by zod alone: the reference. */
export function validateWithZod(doc: FrameworkDocument): Diagnostic[] {
  const result = frameworkSchema().safeParse(doc.value);
  if (result.success) return [];
  const out: Diagnostic[] = [];
  for (const issue of result.error.issues) out.push(...issueToDiagnostics(doc, issue));
  return out;
}

function issueToDiagnostics(doc: FrameworkDocument, issue: Issue): Diagnostic[] {
  const path = issue.path as JSONPath;
  const node = nodeAt(doc, path);
  const meta = metaAt(path);
  const found = () => describeValue(valueAt(doc.value, path));
  const mustBe = () => `${meta?.title ?? lastName(path)} must be ${meta?.expect ?? 'valid'}; found ${found()}`;
  const at = (
    n: SourceNode | undefined,
    code: string,
    message: string,
    data: Record<string, unknown> = {},
    severity = DiagnosticSeverity.Error,
  ) => {
    const target = n ?? nearestNode(doc, path);
    return makeDiagnostic(doc.textDocument, target.offset, target.offset + target.length, code, message, severity, {
      path,
      ...data,
    });
  };

  switch (issue.code) {
    case 'invalid_type': {
      if (node === undefined && path.length > 0) return [missingProperty(doc, path)];
      return [at(node, 'wrong-type', mustBe())];
    }
    case 'too_big':
    case 'too_small': {
      if (issue.origin === 'string') return [at(node, 'empty-value', `${meta?.title ?? lastName(path)} must not be empty`)];
      return [at(node, 'out-of-range', mustBe())];
    }
    case 'invalid_format': {
      if (path.length === 2 && path[0] === 'occupation' && path[1] === 'soc') {
        const normalized = normalizeSoc(String(valueAt(doc.value, path)));
        return [at(node, 'soc-format', mustBe(), normalized ? { normalized } : {})];
      }
      return [at(node, 'invalid-format', mustBe())];
    }
    case 'invalid_value': {
      const value = valueAt(doc.value, path);
      const suggestions = typeof value === 'string' ? closest(value, issue.values.map(String)) : [];
      // With one allowed value the message already names it.
      const hint = issue.values.length > 1 ? didYouMean(suggestions) : '';
      return [at(node, 'invalid-value', mustBe() + hint, { suggestions })];
    }
    case 'invalid_key': {
      const keyMeta = recordKeyMeta(path.slice(0, -1));
      const keyNode = node ? keyNodeOf(node) : undefined;
      const title = keyMeta?.title ?? 'Key';
      return [
        at(
          keyNode ?? node,
          'invalid-format',
          `${title} must be ${keyMeta?.expect ?? 'valid'}; found ${describeValue(path[path.length - 1])}`,
        ),
      ];
    }
    case 'unrecognized_keys':
      return unknownKeys(doc, path, node, issue.keys);
    default:
      return [at(node, 'invalid-value', mustBe())];
  }
}

function missingProperty(doc: FrameworkDocument, path: JSONPath): Diagnostic {
  const key = String(path[path.length - 1]);
  const ownerPath = path.slice(0, -1);
  const owner = nodeAt(doc, ownerPath) ?? nearestNode(doc, ownerPath);
  // Reported on the owning property's key ("occupation"); on the opening brace for the top level or a list item.
  const keyNode = keyNodeOf(owner);
  const start = keyNode ? keyNode.offset : owner.offset;
  const end = keyNode ? keyNode.offset + keyNode.length : owner.offset + 1;
  const ownerTitle = ownerPath.length ? (metaAt(ownerPath)?.title ?? lastName(ownerPath)) : 'the framework';
  const childMeta = metaAt(path);
  return makeDiagnostic(
    doc.textDocument,
    start,
    end,
    'missing-property',
    `Missing required property "${key}" in ${ownerTitle}${childMeta ? ` (${childMeta.expect})` : ''}`,
    DiagnosticSeverity.Error,
    { path: ownerPath, key },
  );
}

function unknownKeys(doc: FrameworkDocument, path: JSONPath, node: SourceNode | undefined, keys: string[]): Diagnostic[] {
  const known = knownKeysAt(path);
  const isLevels = path.length === 2 && path[0] === 'framework' && path[1] === 'levels';
  // Looked up once for all the unknown keys of the object (an object may hold thousands of them).
  const props = propertiesOf(node);
  const firstProp = new Map<unknown, SourceNode>();
  for (const p of props) if (!firstProp.has(p.children![0].value)) firstProp.set(p.children![0].value, p);
  const suggest = closestFinder(known.filter((k) => !firstProp.has(k)));
  return keys.map((key) => {
    const prop = firstProp.get(key);
    const keyNode = prop?.children![0] ?? node ?? nearestNode(doc, path);
    const suggestions = suggest(key);
    const message = isLevels
      ? `Unknown level "${key}": levels are exactly emerging, developing, proficient and advanced` + didYouMean(suggestions)
      : path.length === 0
        ? `Unknown top-level property "${key}"` + didYouMean(suggestions)
        : `Unknown property "${key}" in ${metaAt(path)?.title ?? lastName(path)}` + didYouMean(suggestions);
    return makeDiagnostic(
      doc.textDocument,
      keyNode.offset,
      keyNode.offset + keyNode.length,
      isLevels ? 'unknown-level' : 'unknown-key',
      message,
      isLevels ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      { path, key, suggestions },
    );
  });
}

export function didYouMean(suggestions: readonly string[]): string {
  if (!suggestions.length) return '';
  return `. Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?`;
}

/** "11-9179" → "11-9179.00"; "119179.00" → "11-9179.00"; undefined when the code cannot be read. */
export function normalizeSoc(code: string): string | undefined {
  const digits = code
    .trim()
    .replace(/[\s–—-]/g, '')
    .replace(/\.(?=\d{2}$)/, '');
  const m = /^(\d{2})(\d{4})(\d{2})?$/.exec(digits);
  if (!m) return undefined;
  const normalized = `${m[1]}-${m[2]}.${m[3] ?? '00'}`;
  return SOC_PATTERN.test(normalized) && normalized !== code ? normalized : undefined;
}

function lastName(path: JSONPath): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return `"${path[i]}"`;
  return 'The value';
}

function valueAt(value: unknown, path: JSONPath): unknown {
  let v = value;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** The node at `path`, or the nearest ancestor that exists. */
function nearestNode(doc: FrameworkDocument, path: JSONPath): SourceNode {
  for (let i = path.length; i >= 0; i--) {
    const n = nodeAt(doc, path.slice(0, i));
    if (n) return n;
  }
  return doc.root!;
}

// --- the schema's parts, through zod's public API (zodParts.ts) ---

/** The wrappers a field's schema may sit in. */
const FIELD_WRAPPERS: ReadonlySet<string> = new Set(['optional', 'nullable', 'default', 'readonly', 'nonoptional']);

function metaOf(s: Schema | undefined): FieldMeta | undefined {
  while (s) {
    const meta = s.meta() as FieldMeta | undefined;
    if (meta?.title) return meta;
    s = wrappedBy(s);
  }
  return undefined;
}

/** The schema at a path of the value, or undefined past the schema's knowledge. */
export function schemaAt(path: JSONPath): Schema | undefined {
  let s: Schema | undefined = frameworkSchema();
  for (const seg of path) {
    if (!s) return undefined;
    const inner = unwrapped(s, FIELD_WRAPPERS);
    if (inner.type === 'object') s = shapeOf(inner)![String(seg)];
    else if (inner.type === 'array') s = elementOf(inner);
    else if (inner.type === 'record') s = recordOf(inner)!.valueType;
    else return undefined;
  }
  return s;
}

export function metaAt(path: JSONPath): FieldMeta | undefined {
  return metaOf(schemaAt(path));
}

function recordKeyMeta(path: JSONPath): FieldMeta | undefined {
  const s = schemaAt(path);
  const record = s ? recordOf(unwrapped(s, FIELD_WRAPPERS)) : undefined;
  return record ? metaOf(record.keyType) : undefined;
}

/** The property names the schema allows in the object at `path` (in schema order). */
export function knownKeysAt(path: JSONPath): string[] {
  const s = schemaAt(path);
  const shape = s ? shapeOf(unwrapped(s, FIELD_WRAPPERS)) : undefined;
  return shape ? Object.keys(shape) : [];
}

/** Whether the schema requires the property `key` of the object at `path`. */
export function isRequiredKey(path: JSONPath, key: string): boolean {
  const s = schemaAt([...path, key]);
  return !!s && s.type !== 'optional';
}
