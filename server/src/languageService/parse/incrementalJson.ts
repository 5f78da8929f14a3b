/**
 * Typing inside a text value of a framework JSON, re-parsed from the previous version's tree: the edit leaves
 * every token but that string as it was, so the new tree is the old one with the string's value and length
 * changed, its ancestors' lengths changed and every later offset shifted (in place), and the new value is the
 * old one with that string replaced (copied along its path only). That costs a walk of part of the tree and
 * allocates next to nothing, where a full parse allocates the whole tree again. A full parse (parse/json.ts) is the
 * reference; this is its fast path `incrementalJson` (accel/index.ts).
 *
 * Taken only when the previous version was clean strict JSON (no syntax finding, no repeated key), the change
 * lies strictly inside one value string (not a key) that holds no escape before or after, and the new text of
 * that string holds no quote, backslash or control character; otherwise undefined, and the caller parses in
 * full. The result is the document a full parse gives (a test compares them on thousands of edits).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Accelerator } from '../accel/accelerator';
import type { FrameworkDocument, SourceNode } from '../model';
import { pathOf } from '../model';
import { jsonDocument, valueIfMade } from './jsonDocument';
import type { WritableNode } from './writableNode';

/** The new version of a document, and the model of its previous version. */
export interface ReparseInput {
  textDocument: TextDocument;
  previous: FrameworkDocument;
}

/** The fast path beside a full parse of the new version (parse/json.ts, which is the reference). */
export const incrementalJsonAccelerator: Accelerator<ReparseInput, FrameworkDocument> = {
  name: 'incrementalJson',
  run: ({ textDocument, previous }) => reparseJson(textDocument, previous),
};

/** Characters compared at once while looking for the edited span. */
const CHUNK = 4096;

/** The new version's document re-parsed from `previous`, or undefined when a full parse is needed. */
export function reparseJson(textDocument: TextDocument, previous: FrameworkDocument): FrameworkDocument | undefined {
  const base = previous.reparseBase;
  if (!base || previous.format !== 'json' || !previous.root || previous.uri !== textDocument.uri) return undefined;
  const before = previous.text;
  const text = textDocument.getText();
  if (text === before || text.charCodeAt(0) === 0xfeff) return undefined;

  // The span that changed: [start, oldEnd) of the old text became [start, newEnd) of the new one.
  // Whole chunks are compared natively first: a loop by character over a large file would cost more than the re-parse saves.
  const shorter = Math.min(before.length, text.length);
  let start = 0;
  while (start + CHUNK <= shorter && before.slice(start, start + CHUNK) === text.slice(start, start + CHUNK)) start += CHUNK;
  while (start < shorter && before.charCodeAt(start) === text.charCodeAt(start)) start++;
  let oldEnd = before.length;
  let newEnd = text.length;
  while (
    oldEnd - CHUNK >= start &&
    newEnd - CHUNK >= start &&
    before.slice(oldEnd - CHUNK, oldEnd) === text.slice(newEnd - CHUNK, newEnd)
  ) {
    oldEnd -= CHUNK;
    newEnd -= CHUNK;
  }
  while (oldEnd > start && newEnd > start && before.charCodeAt(oldEnd - 1) === text.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }

  const target = innermostAt(previous.root, start);
  if (target?.type !== 'string' || (target.parent?.type !== 'property' && target.parent?.type !== 'array')) return undefined;
  if (target.parent.type === 'property' && target.parent.children?.[0] === target) return undefined; // a key
  const open = target.offset;
  const close = target.offset + target.length - 1; // the closing quote
  if (!(start > open && oldEnd <= close)) return undefined;
  const delta = newEnd - oldEnd;
  const oldContent = before.slice(open + 1, close);
  const content = text.slice(open + 1, close + delta);
  if (oldContent.includes('\\') || /["\\\u0000-\u001f]/.test(content)) return undefined;
  const path = pathOf(target);
  if (path.includes('__proto__')) return undefined;

  // The previous version's tree becomes this version's, changed in place (a copy of the tree costs as much as a
  // parse): the string and its ancestors grow by `delta`, every node
  // after the edit moves by it, nodes before it stay. The previous model is stale anyway: its TextDocument
  // already holds this version's text.
  const move = (subtree: SourceNode): void => {
    const stack: WritableNode[] = [subtree];
    while (stack.length) {
      const n = stack.pop()!;
      n.offset += delta;
      if (n.colonOffset !== undefined) n.colonOffset += delta;
      if (n.children) for (let i = 0; i < n.children.length; i++) stack.push(n.children[i]);
    }
  };
  for (let node: WritableNode = previous.root; ;) {
    node.length += delta;
    if (node === target) break;
    let inside: SourceNode | undefined;
    for (const child of node.children!) {
      if (child.offset + child.length <= start) continue;
      if (child.offset >= oldEnd) move(child);
      else inside = child;
    }
    node = inside!;
  }
  (target as WritableNode).value = content;

  // A value the previous version made is changed along the path to the string (a copy of that path only); one it did
  // not make is made from the tree when asked for.
  const made = valueIfMade(previous);
  return jsonDocument(textDocument, text, {
    root: previous.root,
    value: made && { value: withValueAt(made.value, path, content) },
    isFramework: previous.isFramework,
    syntaxDiagnostics: [],
    values: base.values,
    reparsable: true,
  });
}

/** The deepest node whose range holds `offset`, found by binary search among each node's children. */
function innermostAt(root: SourceNode, offset: number): SourceNode | undefined {
  if (offset < root.offset || offset >= root.offset + root.length) return undefined;
  let node = root;
  for (;;) {
    const children = node.children;
    if (!children?.length) return node;
    let lo = 0;
    let hi = children.length - 1;
    let found: SourceNode | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = children[mid];
      if (offset < c.offset) hi = mid - 1;
      else if (offset >= c.offset + c.length) lo = mid + 1;
      else {
        found = c;
        break;
      }
    }
    if (!found) return node;
    node = found;
  }
}

/** `value` with the string at `path` replaced; objects and lists along the path are copied, the rest shared. */
function withValueAt(value: unknown, path: readonly (string | number)[], leaf: string, at = 0): unknown {
  if (at === path.length) return leaf;
  const key = path[at];
  if (Array.isArray(value)) {
    const out = value.slice();
    out[key as number] = withValueAt(value[key as number], path, leaf, at + 1);
    return out;
  }
  const object = value as Record<string, unknown>;
  const out = Object.assign(Object.create(Object.getPrototypeOf(object)) as Record<string, unknown>, object);
  out[key as string] = withValueAt(object[key as string], path, leaf, at + 1);
  return out;
}
