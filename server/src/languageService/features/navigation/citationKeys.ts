/** Finding the citation key under the cursor, its uses and its definitions, on the shared model. */
import {
  collectCitationDefinitions,
  collectCitationUses,
  nodeAt,
  propertiesOf,
  rangeInString,
  type FrameworkDocument,
  type OffsetRange,
  type SourceNode,
} from '../../model';

export interface CitationKeyAt {
  key: string;
  /** The string node under the cursor: a `cites` item or a key of `citations`. */
  node: SourceNode;
  kind: 'use' | 'definition';
}

const contains = (node: SourceNode, offset: number) => offset >= node.offset && offset <= node.offset + node.length;

/** The citation key at `offset`, whether used in a `cites` list or defined as a key of `citations`. */
export function citationKeyAt(doc: FrameworkDocument, offset: number): CitationKeyAt | undefined {
  for (const use of collectCitationUses(doc)) {
    if (contains(use.node, offset)) return { key: use.key, node: use.node, kind: 'use' };
  }
  for (const keyNode of definitionKeyNodes(doc)) {
    if (contains(keyNode, offset)) return { key: String(keyNode.value), node: keyNode, kind: 'definition' };
  }
  return undefined;
}

/** The key nodes of every property of `citations` (all of them when a key is repeated). */
export function definitionKeyNodes(doc: FrameworkDocument, key?: string): SourceNode[] {
  return propertiesOf(nodeAt(doc, ['citations']))
    .map((p) => p.children![0])
    .filter((k) => k.type === 'string' && (key === undefined || k.value === key));
}

/** Whether the file itself defines `key`. */
export function isDefinedInFile(doc: FrameworkDocument, key: string): boolean {
  return collectCitationDefinitions(doc).has(key);
}

/** The nodes of every use of `key` in `cites` lists, in document order. */
export function useNodes(doc: FrameworkDocument, key: string): SourceNode[] {
  return collectCitationUses(doc)
    .filter((u) => u.key === key)
    .map((u) => u.node);
}

/** The range of the key's own characters (inside the quotes in JSON). */
export function keyTextRange(doc: FrameworkDocument, node: SourceNode): OffsetRange {
  return rangeInString(doc, node, 0, String(node.value).length);
}
