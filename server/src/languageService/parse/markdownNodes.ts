/**
 * Building the shared jsonc-parser-shaped tree from Markdown and YAML pieces.
 *
 * Markdown nodes do not come from one JSON token, so each string node can carry its own map from
 * value index to source offset (a statement spread over lines, a YAML escape); `stringOffset` reads it.
 */
import type { SourceNode } from '../model';
import { writable } from './writableNode';

type NodeType = SourceNode['type'];

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

/**
 * A new, empty list of child nodes. Every list of children is made here, at one place in the code, so that every
 * list of children, even one that stays empty, is of one kind for the engine: lists made elsewhere made it throw
 * optimised code away and compile it again (bench/README.md, fourth round).
 */
export function nodeList(): SourceNode[] {
  return [];
}

export function leaf(type: NodeType, value: unknown, offset: number, length: number): SourceNode {
  return { type, value, offset, length } as SourceNode;
}

export function container(type: 'object' | 'array', offset: number, length: number, children: SourceNode[] = nodeList()): SourceNode {
  const node = { type, offset, length, children } as SourceNode;
  for (const c of children) writable(c).parent = node;
  return node;
}

/** A property node `key: value`; the key node may be zero-length where the Markdown spells no key. */
export function property(key: string, keyOffset: number, keyLength: number, value: SourceNode): SourceNode {
  const keyNode = leaf('string', key, keyOffset, keyLength);
  const start = Math.min(keyOffset, value.offset);
  const end = Math.max(keyOffset + keyLength, value.offset + value.length);
  const node = { type: 'property', offset: start, length: end - start, children: [keyNode, value] } as SourceNode;
  writable(keyNode).parent = node;
  writable(value).parent = node;
  return node;
}

/** Appends children to a container, keeping parents right, and widens it to cover them. */
export function append(parent: SourceNode, ...children: SourceNode[]): void {
  const list = (writable(parent).children ??= nodeList());
  for (const c of children) {
    writable(c).parent = parent;
    list.push(c);
  }
}

/** Widens a node (and no other) so it ends at `end`. */
export function extendTo(node: SourceNode, end: number): void {
  if (end > node.offset + node.length) writable(node).length = end - node.offset;
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
 *
 * The offsets are kept as runs (a piece of source text, or a virtual character), not one number per
 * character: a statement is usually one run, and a per-character array made Markdown parsing allocate
 * several numbers for every character of the file.
 */
export class SourceText {
  value = '';
  /** Per run: the value index it starts at, the source offset of that character, 1 for source text or 0 for a virtual run (all its characters at one offset). */
  private runs: number[] = [];

  /** Adds `text`, found at `offset` in the source. */
  add(text: string, offset: number): void {
    if (text.length) {
      const n = this.runs.length;
      // The first run in a list of its size (most texts have one; a list grown by push reserves room for 17).
      if (n === 0) this.runs = [this.value.length, offset, 1];
      // Continues the last run when the source is contiguous: fewer runs, same offsets.
      else if (!(this.runs[n - 1] === 1 && this.runs[n - 2] + (this.value.length - this.runs[n - 3]) === offset))
        this.runs.push(this.value.length, offset, 1);
      this.value += text;
    }
    this.end = offset + text.length;
  }

  /** Adds a character the source spells differently (a line break joining two lines). */
  addVirtual(text: string): void {
    if (!text.length) return;
    this.runs.push(this.value.length, this.end, 0);
    this.value += text;
  }

  end = 0;

  /** The source offset of value index `i` (past the end maps to just after the last character). */
  offsetAt(i: number): number {
    if (i >= this.value.length) return this.value.length === 0 ? this.end : this.offsetAt(this.value.length - 1) + 1;
    const r = this.runAt(i);
    return this.runs[r + 1] + this.runs[r + 2] * (i - this.runs[r]);
  }

  /** The index in `runs` of the run holding value index `i` (the first run for a negative index). */
  private runAt(i: number): number {
    const runs = this.runs;
    let r = runs.length - 3;
    while (r > 0 && runs[r] > i) r -= 3;
    return Math.max(r, 0);
  }

  /** A string node for the value characters `[from, to)`, mapping its indices into the source. */
  stringNode(from: number, to: number, maps: OffsetMaps): SourceNode {
    const start = this.offsetAt(from);
    const end = to > from ? this.offsetAt(to - 1) + 1 : start;
    const node = leaf('string', this.value.slice(from, to), start, end - start);
    // Characters from one run of source text need no map: the node's own offset plus the index is exact.
    if (to > from && !this.withinOneRun(from, to)) maps.set(node, (i) => this.offsetAt(from + i));
    return node;
  }

  /** Whether value indices `[from, to)` lie in one run of source text (so their offsets are consecutive). */
  private withinOneRun(from: number, to: number): boolean {
    if (from < 0 || to > this.value.length) return false;
    const r = this.runAt(from);
    const next = r + 3 < this.runs.length ? this.runs[r + 3] : this.value.length;
    return this.runs[r + 2] === 1 && to <= next;
  }
}

/** The text of line `n` without its line break. */
export function lineText(text: string, starts: number[], n: number): string {
  const start = starts[n] ?? text.length;
  let end = n + 1 < starts.length ? starts[n + 1] : text.length;
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return text.slice(start, end);
}
