/**
 * The framework model shared by both file formats.
 *
 * Each format's parser turns its text into a tree of {@link SourceNode}s that has the shape of a JSON
 * syntax tree (jsonc-parser's `Node`): objects, arrays, properties and values, each with the offset and
 * length of its source text. A Markdown framework produces the same tree, its nodes pointing into the
 * Markdown text. Every feature works on this tree and on the derived views below, so it serves both formats.
 */
import { getNodeValue, type Node as SourceNode, type JSONPath } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';

export type { SourceNode, JSONPath };

export type FrameworkFormat = 'json' | 'markdown';

/** A parsed document: parsed once per version, then handed to every feature. */
export interface FrameworkDocument {
  readonly uri: string;
  readonly version: number;
  readonly format: FrameworkFormat;
  readonly textDocument: TextDocument;
  /** The syntax tree; undefined when the text holds no value at all. */
  readonly root: SourceNode | undefined;
  /** The plain value of the tree (what JSON.parse would give, last duplicate key winning). */
  readonly value: unknown;
  /** Whether this document is a framework file (other JSON files get nothing from us). */
  readonly isFramework: boolean;
  /** Problems found while parsing (syntax, comments, trailing commas, duplicate keys, ...). */
  readonly syntaxDiagnostics: Diagnostic[];
  /** Maps index `i` of a string node's value to the offset of that character in the source text. */
  stringOffset(node: SourceNode, index: number): number;
  /** The text the tree was read from: its nodes' offsets are offsets in it (the TextDocument changes in place as edits arrive). */
  readonly text: string;
  /**
   * Where the value of string node `node`, `length` characters, stands as it is in {@link text}: the offset of its
   * first character, or -1 when it is not one plain run of the text (an escape, a statement over several lines).
   */
  verbatimOffset(node: SourceNode, length: number): number;
  /** Memo for derived views, each computed once per version: keyed by the deriving function (or, for the language service's analysis, by that service's own key). */
  readonly memo: Map<unknown, unknown>;
  /**
   * Set on JSON read on the strict path without findings: what the next version needs, besides {@link text}, to
   * re-parse only an edited string: `values`, the number of values, which an edit inside a string does not change.
   */
  readonly reparseBase?: { readonly values: number };
}

/** Returns the value `compute(doc)` computed once per document version. */
export function memoize<T>(doc: FrameworkDocument, compute: (doc: FrameworkDocument) => T): T {
  if (!doc.memo.has(compute)) doc.memo.set(compute, compute(doc));
  return doc.memo.get(compute) as T;
}

/** jsonc-parser's `findNodeAtLocation(doc.root, path)`, one step at a time ({@link childAt}). */
export function nodeAt(doc: FrameworkDocument, path: JSONPath): SourceNode | undefined {
  let node = doc.root;
  for (let i = 0; i < path.length && node !== undefined; i++) {
    const segment = path[i];
    if (typeof segment === 'string') node = childAt(node, segment);
    else {
      const items = node.children;
      node = node.type === 'array' && segment >= 0 && Array.isArray(items) && segment < items.length ? items[segment] : undefined;
    }
  }
  return node;
}

/** The plain value of a tree, as JSON.parse would give it (the last of repeated keys winning); undefined without one. */
export function valueOfTree(root: SourceNode | undefined): unknown {
  try {
    return root ? getNodeValue(root) : undefined;
  } catch {
    return undefined;
  }
}

/** The value node of the last property `key` of an object node that has a value: the one {@link valueOfTree} keeps. */
export function lastChildAt(node: SourceNode | undefined, key: string): SourceNode | undefined {
  const props = node?.type === 'object' ? node.children : undefined;
  for (let i = (props?.length ?? 0) - 1; i >= 0; i--) {
    const pair = props![i].children;
    if (pair?.length === 2 && pair[0].value === key) return pair[1];
  }
  return undefined;
}

/**
 * The value node of the property `key` of an object node (the first property of that key that has a value):
 * jsonc-parser's `findNodeAtLocation(node, [key])` without a path to walk: the checks ask this of every statement
 * (why the general function does not serve here: bench/README.md, "Limits and engine notes").
 */
export function childAt(node: SourceNode | undefined, key: string): SourceNode | undefined {
  if (node === undefined || node.type !== 'object') return undefined;
  const props = node.children;
  if (!Array.isArray(props)) return undefined;
  for (let i = 0; i < props.length; i++) {
    const pair = props[i].children;
    if (Array.isArray(pair) && pair[0].value === key && pair.length === 2) return pair[1];
  }
  return undefined;
}

/**
 * The innermost node at `offset` (the deepest whose range holds it; with `includeRightBound`, its end too).
 * Use it rather than jsonc-parser's `findNodeAtOffset`, which assumes that a parent's range covers its
 * children: in Markdown, `framework` gathers front-matter fields and body sections far apart.
 */
export function nodeAtOffset(doc: FrameworkDocument, offset: number, includeRightBound = false): SourceNode | undefined {
  let best: SourceNode | undefined;
  let bestDepth = -1;
  const visit = (node: SourceNode, depth: number): void => {
    const end = node.offset + node.length;
    if (node.offset <= offset && (offset < end || (includeRightBound && offset === end)) && depth > bestDepth) {
      best = node;
      bestDepth = depth;
    }
    for (const child of node.children ?? []) visit(child, depth + 1);
  };
  if (doc.root) visit(doc.root, 0);
  return best;
}

/**
 * The path of a node from the root. Iterative, and it finds a list item's index by binary search on offsets
 * (jsonc-parser's `getNodePath` recurses and uses `indexOf`, quadratic over a list of 100,000 statements).
 */
export function pathOf(node: SourceNode): JSONPath {
  const path: JSONPath = [];
  for (let n = node; n.parent?.children; n = n.parent) {
    const parent = n.parent;
    if (parent.type === 'property') path.push(parent.children![0].value);
    else if (parent.type === 'array') {
      const index = indexInParent(parent.children!, n);
      if (index >= 0) path.push(index);
    }
  }
  return path.reverse();
}

/** Index of `node` among `siblings` (sorted by offset, as every parser of ours builds them). */
function indexInParent(siblings: SourceNode[], node: SourceNode): number {
  let lo = 0;
  let hi = siblings.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = siblings[mid];
    if (s === node) return mid;
    if (s.offset < node.offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return siblings.indexOf(node); // siblings out of order: fall back to a scan
}

/** The key node of the property that holds `valueNode`, if it is a property value. */
export function keyNodeOf(valueNode: SourceNode): SourceNode | undefined {
  const parent = valueNode.parent;
  if (parent?.type === 'property' && parent.children?.[1] === valueNode) return parent.children[0];
  return undefined;
}

/** The property nodes of an object node. */
export function propertiesOf(objectNode: SourceNode | undefined): SourceNode[] {
  // One list literal, filled by a plain loop (see markdownNodes' nodeList on why lists of nodes come from one place).
  const out: SourceNode[] = [];
  const children = objectNode?.type === 'object' ? objectNode.children : undefined;
  if (children === undefined) return out;
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c.type === 'property' && c.children?.[0]) out.push(c);
  }
  return out;
}

/** Offset range `[start, end)` in the document text. */
export interface OffsetRange {
  start: number;
  end: number;
}

export function rangeOfNode(node: SourceNode): OffsetRange {
  return { start: node.offset, end: node.offset + node.length };
}

/** The range of the characters `[from, to)` of a string node's value. */
export function rangeInString(doc: FrameworkDocument, node: SourceNode, from: number, to: number): OffsetRange {
  return { start: doc.stringOffset(node, from), end: doc.stringOffset(node, to) };
}

export type StatementKind = 'core' | 'aiFluency' | 'durable';

/** One competency statement of the framework, wherever it stands. */
export interface StatementRef {
  kind: StatementKind;
  /** Level key: `emerging`..`advanced` (core, AI fluency) or `emerging`..`exceeding` (durable). */
  level: string;
  /** Durable-skill domain name, for durable statements. */
  domain?: string;
  /** Position in its list (0-based). */
  index: number;
  /** The statement text. */
  text: string;
  /** The string node holding the text. */
  textNode: SourceNode;
  /** The node of the whole statement: the string (core) or the cited-statement object. */
  node: SourceNode;
  /** The `cites` array node of a cited statement. */
  citesNode?: SourceNode;
}

/** A use of a citation key in a `cites` list. */
export interface CitationUse {
  key: string;
  node: SourceNode;
  statement: StatementRef;
}

/** Every statement of the framework, in document order of sections (core, AI fluency, durable). */
export const collectStatements = (doc: FrameworkDocument): StatementRef[] => memoize(doc, statementsOf);

// Plain loops, and every StatementRef with the same fields in the same order (`domain` and `citesNode` set, if
// only to undefined): the checks that read them then see one shape, and V8 optimises them sooner and smaller.
function statementsOf(doc: FrameworkDocument): StatementRef[] {
  const out: StatementRef[] = [];
  for (const levelProp of propertiesOf(nodeAt(doc, ['framework', 'levels']))) {
    const level = String(levelProp.children![0].value);
    const list = childAt(levelProp.children![1] ?? levelProp, 'statements');
    const items = list?.type === 'array' ? list.children : undefined;
    if (!items) continue;
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      if (item.type !== 'string') continue;
      out.push({ kind: 'core', level, domain: undefined, index, text: item.value, textNode: item, node: item, citesNode: undefined });
    }
  }
  for (const levelProp of propertiesOf(nodeAt(doc, ['aiFluency', 'levels']))) {
    pushCited(out, levelProp, 'aiFluency', undefined);
  }
  const durable = nodeAt(doc, ['durableSkills']);
  if (durable?.type === 'array') {
    for (const entry of durable.children ?? []) {
      const domainNode = childAt(entry, 'domain');
      const domain = domainNode?.type === 'string' ? domainNode.value : undefined;
      for (const levelProp of propertiesOf(childAt(entry, 'levels'))) {
        pushCited(out, levelProp, 'durable', domain);
      }
    }
  }
  return out;
}

function pushCited(out: StatementRef[], levelProp: SourceNode, kind: StatementKind, domain: string | undefined): void {
  const level = String(levelProp.children![0].value);
  const list = levelProp.children![1];
  const items = list?.type === 'array' ? list.children : undefined;
  if (!items) return;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const textNode = childAt(item, 'text');
    if (textNode?.type !== 'string') continue;
    const cites = childAt(item, 'cites');
    out.push({
      kind,
      level,
      domain,
      index,
      text: textNode.value,
      textNode,
      node: item,
      citesNode: cites?.type === 'array' ? cites : undefined,
    });
  }
}

/** Every citation key used in a `cites` list, in document order. */
export const collectCitationUses = (doc: FrameworkDocument): CitationUse[] => memoize(doc, citationUsesOf);

function citationUsesOf(doc: FrameworkDocument): CitationUse[] {
  const out: CitationUse[] = [];
  for (const statement of collectStatements(doc)) {
    for (const node of statement.citesNode?.children ?? []) {
      if (node.type === 'string') out.push({ key: node.value, node, statement });
    }
  }
  return out;
}

/** A citation defined in the file's `citations` object. */
export interface CitationDefinition {
  key: string;
  keyNode: SourceNode;
  valueNode: SourceNode;
  label?: string;
  title?: string;
  url?: string;
  license?: string;
}

/** The citations the file defines, by key (the last definition of a repeated key wins, as in JSON). */
export const collectCitationDefinitions = (doc: FrameworkDocument): Map<string, CitationDefinition> => memoize(doc, citationDefinitionsOf);

function citationDefinitionsOf(doc: FrameworkDocument): Map<string, CitationDefinition> {
  const out = new Map<string, CitationDefinition>();
  for (const prop of propertiesOf(nodeAt(doc, ['citations']))) {
    const [keyNode, valueNode] = prop.children!;
    if (!valueNode) continue;
    const field = (name: string): string | undefined => {
      const n = childAt(valueNode, name);
      return n?.type === 'string' ? n.value : undefined;
    };
    out.set(String(keyNode.value), {
      key: String(keyNode.value),
      keyNode,
      valueNode,
      label: field('label'),
      title: field('title'),
      url: field('url'),
      license: field('license'),
    });
  }
  return out;
}
