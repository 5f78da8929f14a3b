/**
 * The fixes of one finding, as a pure function of the diagnostic (its `code`, `range` and `data`) and the
 * parsed document. A fix is `preferred` when it is the single safe choice; "fix all" applies only those.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE } from '../../diagnostic';
import { nodeAt, propertiesOf, rangeInString, type FrameworkDocument, type JSONPath, type SourceNode } from '../../model';
import { SEPARATOR } from '../../statement';
import { deletePropertyBefore, insertProperty, propertyAt, replaceString, type OffsetEdit } from './edits';
import { placeholderFor } from './placeholder';
import { VALUE_FIXES } from './valueFixes';

export interface Fix {
  title: string;
  edits: OffsetEdit[];
  /** The single safe choice for its finding: shown first, applied by "fix all". */
  preferred: boolean;
}

interface Data {
  path?: JSONPath;
  key?: string;
  suggestions?: string[];
  index?: number;
  length?: number;
  insertAt?: number;
  expected?: string;
  normalized?: string;
  replacements?: string[];
}

type FixBuilder = (doc: FrameworkDocument, d: Diagnostic, data: Data, start: number, end: number) => Fix[];

/** Every fix of a finding; none for findings of other sources, unknown codes or a stale diagnostic. */
export function fixesFor(doc: FrameworkDocument, diagnostic: Diagnostic): Fix[] {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return [];
  const code = String(diagnostic.code);
  const valueFix = VALUE_FIXES[code];
  const build: FixBuilder | undefined =
    BUILDERS[code] ??
    (valueFix &&
      ((doc, _d, data, start, end) =>
        valueFix(doc, data, start, end).map((f) => ({ title: f.title, edits: [f.edit], preferred: f.preferred }))));
  if (!build) return [];
  const data = (diagnostic.data ?? {}) as Data;
  const start = doc.textDocument.offsetAt(diagnostic.range.start);
  const end = doc.textDocument.offsetAt(diagnostic.range.end);
  try {
    return build(doc, diagnostic, data, start, end).filter((f) => f.edits.length > 0);
  } catch {
    return []; // data from another version of the document: no fix rather than a wrong one
  }
}

/**
 * The node at `data.path`, only if the diagnostic's range is still where the finding says: the whole node,
 * or (for findings inside a string) characters `[from, to)` of it. Otherwise the text has moved on.
 */
function nodeOf(doc: FrameworkDocument, data: Data, start: number, end: number, from?: number, to?: number): SourceNode | undefined {
  if (!Array.isArray(data.path)) return undefined;
  const node = nodeAt(doc, data.path);
  if (!node) return undefined;
  if (from === undefined || to === undefined) return start === node.offset && end === node.offset + node.length ? node : undefined;
  if (node.type !== 'string') return undefined;
  const r = rangeInString(doc, node, from, to);
  return r.start === start && r.end === end ? node : undefined;
}

const one = (title: string, edit: OffsetEdit | undefined, preferred = true): Fix[] => (edit ? [{ title, edits: [edit], preferred }] : []);

/** One fix per suggestion; preferred only when there is exactly one. */
function suggestionFixes(doc: FrameworkDocument, node: SourceNode | undefined, suggestions: unknown, title: (s: string) => string): Fix[] {
  if (!node || !Array.isArray(suggestions)) return [];
  const list = suggestions.filter((s): s is string => typeof s === 'string');
  return list.flatMap((s) => one(title(s), replaceString(doc, node, s), list.length === 1));
}

/** The key node of the property `data.key` in the object at `data.path`, if the diagnostic is on it. */
function keyNodeAt(doc: FrameworkDocument, data: Data, start: number): SourceNode | undefined {
  if (!Array.isArray(data.path) || typeof data.key !== 'string') return undefined;
  const key = propertiesOf(nodeAt(doc, data.path))
    .map((p) => p.children![0])
    .find((k) => k.value === data.key && k.offset === start);
  return key;
}

const BUILDERS: Record<string, FixBuilder> = {
  'statement-separator': (doc, _d, data, start, end) => {
    if (typeof data.index !== 'number' || typeof data.length !== 'number') return [];
    const node = nodeOf(doc, data, start, end, data.index, data.index + data.length);
    if (!node) return [];
    const r = rangeInString(doc, node, data.index, data.index + data.length);
    return one('Use " — " (space, em dash, space) between headline and body', { ...r, newText: SEPARATOR });
  },

  'statement-final-period': (doc, _d, data, start, end) => {
    if (typeof data.insertAt !== 'number') return [];
    const node = nodeOf(doc, data, start, end, data.insertAt - 1, data.insertAt);
    if (!node) return [];
    const at = doc.stringOffset(node, data.insertAt);
    return one('Add the final period', { start: at, end: at, newText: '.' });
  },

  'statement-unexpected-period': (doc, _d, data, start, end) => {
    if (typeof data.index !== 'number') return [];
    const node = nodeOf(doc, data, start, end, data.index, data.index + 1);
    if (!node) return [];
    return one('Remove the final period', { ...rangeInString(doc, node, data.index, data.index + 1), newText: '' });
  },

  // The author picks the verb that says what the person does: offered, never preferred, never in "fix all".
  'statement-vague-verb': (doc, _d, data, start, end) => {
    if (typeof data.index !== 'number' || typeof data.length !== 'number' || !Array.isArray(data.replacements)) return [];
    const node = nodeOf(doc, data, start, end, data.index, data.index + data.length);
    if (!node) return [];
    const r = rangeInString(doc, node, data.index, data.index + data.length);
    const written = String(node.value).slice(data.index, data.index + data.length);
    return data.replacements
      .filter((s): s is string => typeof s === 'string' && s.length > 0)
      .flatMap((s) => one(`Replace "${written}" with "${s}"`, { ...r, newText: s }, false));
  },

  'level-label': (doc, _d, data, start, end) => {
    const node = nodeOf(doc, data, start, end);
    return node && typeof data.expected === 'string'
      ? one(`Change the label to "${data.expected}"`, replaceString(doc, node, data.expected))
      : [];
  },

  'soc-format': (doc, _d, data, start, end) => {
    const node = nodeOf(doc, data, start, end);
    return node && typeof data.normalized === 'string'
      ? one(`Write the SOC code as "${data.normalized}"`, replaceString(doc, node, data.normalized))
      : [];
  },

  'invalid-value': (doc, _d, data, start, end) =>
    suggestionFixes(doc, nodeOf(doc, data, start, end), data.suggestions, (s) => `Change to "${s}"`),

  'unknown-onet-name': (doc, _d, data, start, end) =>
    suggestionFixes(doc, nodeOf(doc, data, start, end), data.suggestions, (s) => `Change to "${s}"`),

  'unknown-key': (doc, _d, data, start) =>
    suggestionFixes(doc, keyNodeAt(doc, data, start), data.suggestions, (s) => `Rename the property to "${s}"`),

  'unknown-level': (doc, _d, data, start) =>
    suggestionFixes(doc, keyNodeAt(doc, data, start), data.suggestions, (s) => `Rename the level to "${s}"`),

  'unknown-citation': (doc, _d, data, start, end) => {
    const node = nodeOf(doc, data, start, end);
    if (!node || typeof data.key !== 'string' || node.value !== data.key) return [];
    const fixes = suggestionFixes(doc, node, data.suggestions, (s) => `Change to "${s}"`);
    const define = defineCitation(doc, data.key);
    // Defining a citation fills in a placeholder title: an author's choice, never the automatic one.
    return define ? [...fixes, { title: `Define "${data.key}" in "citations"`, edits: [define], preferred: false }] : fixes;
  },

  'missing-property': (doc, _d, data) => {
    if (!Array.isArray(data.path) || typeof data.key !== 'string') return [];
    const owner = nodeAt(doc, data.path) ?? (data.path.length === 0 ? doc.root : undefined);
    if (!wellFormed(doc) || !owner || owner.type !== 'object' || propertyAt(doc, data.path, data.key)) return [];
    const placeholder = placeholderFor([...data.path, data.key]);
    if (!placeholder) return [];
    // Preferred only when the placeholder is itself valid, so "fix all" never adds a new finding.
    return one(`Add the missing property "${data.key}"`, insertProperty(doc, owner, data.key, placeholder.value), placeholder.valid);
  },

  'duplicate-key': (doc, _d, data, start) => {
    if (!wellFormed(doc)) return [];
    const owner = Array.isArray(data.path) ? nodeAt(doc, data.path) : undefined;
    // The object's children as they are (filtering them per finding would be quadratic too); a child without
    // a key node is never the one asked for.
    const props = owner?.type === 'object' ? (owner.children ?? []) : [];
    // Thousands of repeated keys make thousands of findings: find each by offset (properties are in
    // text order) and look back only to the nearest earlier repeat, so the fixes of all stay linear.
    const i = propertyIndexAt(props, start);
    if (!owner || i < 0 || props[i].children![0].value !== data.key) return [];
    let earlier: SourceNode | undefined;
    for (let j = i - 1; j >= 0 && !earlier; j--) if (props[j].children?.[0]?.value === data.key) earlier = props[j];
    if (!earlier) return [];
    const earlierValue = earlier.children![1];
    const laterValue = props[i].children![1];
    // Removing an object or list could drop statements (even a repeated one): offer it only for a plain value.
    if (!earlierValue || earlierValue.type === 'object' || earlierValue.type === 'array') return [];
    const same = !!laterValue && sameText(doc, earlierValue, laterValue);
    const title = same ? `Remove the repeated "${data.key}" (same value)` : `Remove the earlier "${data.key}" (it does not count)`;
    return one(title, deletePropertyBefore(owner, earlier), same);
  },

  'json-comment': (doc, _d, _data, start, end) => {
    const text = doc.textDocument.getText();
    if (!/^\/[/*]/.test(text.slice(start, end))) return [];
    return one('Remove the comment', removeWithLine(text, start, end));
  },

  'json-trailing-comma': (doc, _d, _data, start, end) => {
    // Next to a syntax error the comma may be what keeps the reader in step: leave it to the author.
    if (!wellFormed(doc) || doc.textDocument.getText().slice(start, end) !== ',') return [];
    return one('Remove the trailing comma', { start, end, newText: '' });
  },
};

/** Structural edits (inserting or deleting properties) need a tree that reflects the text: no syntax error. */
/** The index of the property whose key starts at `offset` (binary search: properties are in text order), or -1. */
function propertyIndexAt(props: SourceNode[], offset: number): number {
  let lo = 0;
  let hi = props.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = props[mid].children?.[0]?.offset ?? props[mid].offset;
    if (at === offset) return mid;
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function wellFormed(doc: FrameworkDocument): boolean {
  return !doc.syntaxDiagnostics.some((d) => d.code === 'json-syntax');
}

function sameText(doc: FrameworkDocument, a: SourceNode, b: SourceNode): boolean {
  const text = doc.textDocument.getText();
  const norm = (n: SourceNode) => text.slice(n.offset, n.offset + n.length).replace(/\s+/g, '');
  return norm(a) === norm(b);
}

/** Removes `[start, end)`; when nothing else is on its line, removes the whole line. */
function removeWithLine(text: string, start: number, end: number): OffsetEdit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  if (!before.trim() && !after.trim()) return { start: lineStart, end: nl < 0 ? lineEnd : nl + 1, newText: '' };
  const from = start - (/[ \t]*$/.exec(before)?.[0].length ?? 0);
  // Between two tokens ("1/*c*/2") a space keeps them apart.
  const joins = /[\w".]$/.test(before) && /^[\w".-]/.test(after);
  return { start: after.trim() ? start : from, end, newText: joins ? ' ' : '' };
}

/** Adds `key` to `citations` with placeholder fields that pass the schema (JSON only), creating `citations` if absent. */
function defineCitation(doc: FrameworkDocument, key: string): OffsetEdit | undefined {
  if (doc.root?.type !== 'object' || !wellFormed(doc)) return undefined;
  const entry = { label: key, title: 'TODO: title' };
  const citations = nodeAt(doc, ['citations']);
  if (citations) return citations.type === 'object' ? insertProperty(doc, citations, key, entry) : undefined;
  return insertProperty(doc, doc.root, 'citations', { [key]: entry });
}
