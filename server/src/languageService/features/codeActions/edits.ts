/**
 * Text edits on the shared model: replacing a string's content, renaming a key, inserting a JSON property
 * with the file's own indentation, deleting a property. Offsets are into the document's own text.
 */
import type { FrameworkDocument, JSONPath, SourceNode } from '../../model';
import { nodeAt, propertiesOf, rangeInString } from '../../model';

/** An edit by offsets: replace `[start, end)` with `newText`. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** Replaces the value of a string node (a value or a key) with `value`, keeping the source's quoting. */
export function replaceString(doc: FrameworkDocument, node: SourceNode, value: string): OffsetEdit | undefined {
  if (node.type !== 'string') return undefined;
  if (doc.format === 'json') return { start: node.offset, end: node.offset + node.length, newText: JSON.stringify(value) };
  // Other formats: replace the characters of the value only, so the surrounding syntax stays.
  const r = rangeInString(doc, node, 0, String(node.value).length);
  return { start: r.start, end: r.end, newText: value };
}

/** The property node of `key` in the object at `path` (the first when repeated). */
export function propertyAt(doc: FrameworkDocument, path: JSONPath, key: string): SourceNode | undefined {
  return propertiesOf(nodeAt(doc, path)).find((p) => p.children![0].value === key);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function indentOfLine(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/** The file's indentation unit: the indentation of the first indented line (two spaces when none). */
export function indentUnit(text: string): string {
  const m = /\n([ \t]+)\S/.exec(text);
  if (!m) return '  ';
  return m[1].startsWith('\t') ? '\t' : m[1];
}

/** `value` as JSON laid out like the file: multi-line with `unit` indentation from `indent`, or on one line. */
function layout(value: unknown, indent: string, unit: string, multiline: boolean, compact: boolean): string {
  if (!multiline)
    return compact
      ? JSON.stringify(value)
      : JSON.stringify(value, null, 1)
          .replace(/\n\s*/g, ' ')
          .replace(/([[{]) ([\]}])/g, '$1$2');
  return JSON.stringify(value, null, unit).replace(/\n/g, '\n' + indent);
}

/**
 * Inserts `"key": value` as the last property of the object `owner` (JSON only), indented like its
 * siblings; an object written on one line gets the property on that line.
 */
export function insertProperty(doc: FrameworkDocument, owner: SourceNode, key: string, value: unknown): OffsetEdit | undefined {
  if (doc.format !== 'json' || owner.type !== 'object') return undefined;
  const text = doc.textDocument.getText();
  const style = styleOf(text, owner, doc.root);
  const unit = indentUnit(text);
  const props = propertiesOf(owner);
  const last = props[props.length - 1];
  const ownerIndent = indentOfLine(text, owner.offset);
  const member = (indent: string, multiline: boolean) =>
    `${JSON.stringify(key)}${style.colon}${layout(value, indent, unit, multiline, style.compact)}`;
  if (last) {
    const end = last.offset + last.length;
    if (!text.slice(owner.offset, last.offset).includes('\n')) return { start: end, end, newText: `${style.comma}${member('', false)}` };
    const indent = indentOfLine(text, last.offset);
    return { start: end, end, newText: `,\n${indent}${member(indent, true)}` };
  }
  // An empty object: open it up on new lines unless the whole file is on one line.
  const inner = { start: owner.offset + 1, end: owner.offset + owner.length - 1 };
  if (!text.includes('\n')) return { ...inner, newText: member('', false) };
  const indent = ownerIndent + unit;
  return { ...inner, newText: `\n${indent}${member(indent, true)}\n${ownerIndent}` };
}

/** How the file spaces its punctuation, read from the first object that shows it. */
function styleOf(text: string, owner: SourceNode, root: SourceNode | undefined): { colon: string; comma: string; compact: boolean } {
  const sample = [owner, root].find((o) => propertiesOf(o).length > 0);
  const props = propertiesOf(sample);
  let colon = ': ';
  let comma = ', ';
  if (props[0]?.children?.[1]) {
    const [k, v] = props[0].children;
    colon = text.slice(k.offset + k.length, v.offset).includes(' ') ? ': ' : ':';
  }
  if (props[1]) {
    const between = text.slice(props[0].offset + props[0].length, props[1].offset);
    if (!between.includes('\n')) comma = between.includes(' ') ? ', ' : ',';
    else comma = colon === ':' ? ',' : ', ';
  } else if (colon === ':') comma = ',';
  return { colon, comma, compact: colon === ':' };
}

/**
 * Deletes a property that has a later sibling: from its start to the start of the next property, so
 * the comma and the line break go with it and the layout of the rest stays as it was.
 */
export function deletePropertyBefore(owner: SourceNode, prop: SourceNode): OffsetEdit | undefined {
  const siblings = owner.children ?? [];
  const i = siblings.indexOf(prop);
  const next = siblings[i + 1];
  if (i < 0 || !next) return undefined;
  return { start: prop.offset, end: next.offset, newText: '' };
}

/** Whether two edits touch the same text (two insertions at one offset count as overlapping). */
export function overlaps(a: OffsetEdit, b: OffsetEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/**
 * Applies non-overlapping edits to `text` in one pass (splicing them in one by one copies the text once per
 * edit). Of insertions at one offset, the later one in `edits` comes first.
 */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const order = edits.map((_, i) => i).sort((i, j) => edits[i].start - edits[j].start || edits[i].end - edits[j].end || j - i);
  const parts: string[] = [];
  let pos = 0;
  for (const i of order) {
    const e = edits[i];
    parts.push(text.slice(pos, e.start), e.newText);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/** The one edit that turns text `a` into text `b`: the span between their common start and common end. */
export function minimalEdit(a: string, b: string): OffsetEdit {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { start, end: endA, newText: b.slice(start, endB) };
}
