/**
 * Building the shared jsonc-parser-shaped tree from Markdown and YAML pieces.
 *
 * Markdown nodes do not come from one JSON token, so each string node can carry its own map from
 * value index to source offset (a statement spread over lines, a YAML escape); `stringOffset` reads it.
 */
import type { SourceNode } from '../model';

type NodeType = SourceNode['type'];

/** jsonc-parser declares its nodes read-only; building a tree needs to set parents and widen ranges. */
export type MutableNode = { -readonly [K in keyof SourceNode]: SourceNode[K] };
export const mut = (node: SourceNode): MutableNode => node as MutableNode;

/** Index → source offset maps of string nodes whose characters are not one contiguous run. */
export class OffsetMaps {
  private readonly maps = new WeakMap<SourceNode, (index: number) => number>();

  set(node: SourceNode, map: (index: number) => number): void {
    this.maps.set(node, map);
  }

  /** The source offset of character `index` of a string node's value (clamped to the node). */
  offsetOf(node: SourceNode, index: number): number {
    const map = this.maps.get(node);
    const raw = map ? map(index) : node.offset + index;
    return Math.max(node.offset, Math.min(raw, node.offset + node.length));
  }
}

export function leaf(type: NodeType, value: unknown, offset: number, length: number): SourceNode {
  return { type, value, offset, length } as SourceNode;
}

export function container(type: 'object' | 'array', offset: number, length: number, children: SourceNode[] = []): SourceNode {
  const node = { type, offset, length, children } as SourceNode;
  for (const c of children) mut(c).parent = node;
  return node;
}

/** A property node `key: value`; the key node may be zero-length where the Markdown spells no key. */
export function property(key: string, keyOffset: number, keyLength: number, value: SourceNode): SourceNode {
  const keyNode = leaf('string', key, keyOffset, keyLength);
  const start = Math.min(keyOffset, value.offset);
  const end = Math.max(keyOffset + keyLength, value.offset + value.length);
  const node = { type: 'property', offset: start, length: end - start, children: [keyNode, value] } as SourceNode;
  mut(keyNode).parent = node;
  mut(value).parent = node;
  return node;
}

/** Appends children to a container, keeping parents right, and widens it to cover them. */
export function append(parent: SourceNode, ...children: SourceNode[]): void {
  const list = (mut(parent).children ??= []);
  for (const c of children) {
    mut(c).parent = parent;
    list.push(c);
  }
}

/** Widens a node (and no other) so it ends at `end`. */
export function extendTo(node: SourceNode, end: number): void {
  if (end > node.offset + node.length) mut(node).length = end - node.offset;
}

/** The value node of the property `key` of an object node. */
export function propertyValue(objectNode: SourceNode | undefined, key: string): SourceNode | undefined {
  if (objectNode?.type !== 'object') return undefined;
  for (const p of objectNode.children ?? []) if (p.children?.[0]?.value === key) return p.children[1];
  return undefined;
}

/**
 * Text assembled from pieces of the source (the lines of a list item): the value and, for each of its
 * characters, the source offset it came from, plus the offset just past the last character.
 */
export class SourceText {
  value = '';
  readonly offsets: number[] = [];

  /** Adds `text`, found at `offset` in the source. */
  add(text: string, offset: number): void {
    for (let i = 0; i < text.length; i++) this.offsets.push(offset + i);
    this.value += text;
    this.end = offset + text.length;
  }

  /** Adds a character the source spells differently (a line break joining two lines). */
  addVirtual(text: string): void {
    for (let i = 0; i < text.length; i++) this.offsets.push(this.end);
    this.value += text;
  }

  end = 0;

  /** The source offset of value index `i` (past the end maps to just after the last character). */
  offsetAt(i: number): number {
    if (i < this.offsets.length) return this.offsets[i];
    return i === 0 ? this.end : this.offsets[this.offsets.length - 1] + 1;
  }

  /** A string node for the value characters `[from, to)`, mapping its indices into the source. */
  stringNode(from: number, to: number, maps: OffsetMaps): SourceNode {
    const start = this.offsetAt(from);
    const end = to > from ? this.offsetAt(to - 1) + 1 : start;
    const node = leaf('string', this.value.slice(from, to), start, end - start);
    maps.set(node, (i) => this.offsetAt(from + i));
    return node;
  }
}

/** Start offsets of each line of `text`; lines end at `\n`, `\r\n` or a lone `\r`, as editors and markdown-it count them. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The text of line `n` without its line break. */
export function lineText(text: string, starts: number[], n: number): string {
  const start = starts[n] ?? text.length;
  const end = n + 1 < starts.length ? starts[n + 1] : text.length;
  return text.slice(start, end).replace(/\r?\n?$/, '').replace(/\r$/, '');
}
