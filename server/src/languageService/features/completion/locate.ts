/**
 * jsonc-parser's `getLocation` scans the text from its start to the cursor: on a 5 MB framework that is a
 * full parse per completion request. When the document's tree is exact (no syntax problem), the innermost
 * object or list holding the cursor is found by descending the tree by offsets, and `getLocation` runs on
 * that container's text only; its path is the container's path followed by the path inside it.
 */
import { getLocation, type Location, type Node } from 'jsonc-parser';
import { pathOf, type FrameworkDocument, type SourceNode } from '../../model';

/** Containers smaller than this are not worth descending into: `getLocation` on the whole text is as quick. */
const SMALL_TEXT = 20_000;

/** The same answer as `getLocation(doc text, offset)`, without scanning the text before the cursor's container. */
export function locationAt(doc: FrameworkDocument, offset: number): Location {
  const text = doc.textDocument.getText();
  const container = doc.root && doc.syntaxDiagnostics.length === 0 && text.length > SMALL_TEXT ? containerAt(doc.root, offset) : undefined;
  if (!container || container === doc.root) return getLocation(text, offset);
  const base = container.offset;
  const inner = getLocation(text.slice(base, base + container.length), offset - base);
  const prefix = pathOf(container);
  const path = [...prefix, ...inner.path];
  const previous = inner.previousNode;
  return {
    path,
    isAtPropertyKey: inner.isAtPropertyKey,
    previousNode: previous ? shifted(previous, base) : undefined,
    // jsonc-parser's own matching ('*' one segment, '**' any, a pattern may match a prefix of the path).
    matches: (pattern) => {
      let k = 0;
      for (let i = 0; k < pattern.length && i < path.length; i++) {
        if (pattern[k] === path[i] || pattern[k] === '*') k++;
        else if (pattern[k] !== '**') return false;
      }
      return k === pattern.length;
    },
  };
}

/** The innermost object or array whose brackets enclose `offset` (after its opening bracket, up to its closing one). */
export function containerAt(root: SourceNode, offset: number): SourceNode | undefined {
  const inside = (n: SourceNode) => n.offset < offset && offset < n.offset + n.length;
  if (!inside(root) || (root.type !== 'object' && root.type !== 'array')) return undefined;
  let current = root;
  for (;;) {
    let next: SourceNode | undefined;
    for (const child of current.children ?? []) {
      // An object's children are properties: look at the property's value.
      const value = child.type === 'property' ? child.children?.[1] : child;
      if (value && (value.type === 'object' || value.type === 'array') && inside(value)) {
        next = value;
        break;
      }
      if (child.offset > offset) break; // children are in source order
    }
    if (!next) return current;
    current = next;
  }
}

/** A copy of a node of the container's text with its offset in the whole text (only what callers read). */
function shifted(node: Node, base: number): Node {
  return { type: node.type, offset: node.offset + base, length: node.length, value: node.value, colonOffset: node.colonOffset } as Node;
}
