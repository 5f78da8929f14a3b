/**
 * A fast path for the common case: text that is strict JSON (RFC 8259) with nothing a tolerant reader has
 * to recover from. It builds exactly the tree jsonc-parser's `parseTree` builds (same node shapes, offsets,
 * lengths, `colonOffset`, key nodes, and values), together with the key nodes that repeat a key of their object,
 * in one pass. The plain value is not made here: the checks read the tree, and the document makes the value from it
 * when first asked for (parse/jsonDocument.ts).
 *
 * Why: jsonc-parser's visitor, a second scan for comments and trailing commas and a walk for repeated keys each
 * traverse the whole text or tree; this does it once. jsonc-parser (parse/json.ts) is the
 * reference: on anything this does not accept (comments, trailing commas, other whitespace, bad escapes or numbers,
 * control characters, empty text, deep nesting) it returns undefined and the caller uses jsonc-parser, so every
 * syntax finding still comes from the tolerant parser. Registered as the fast path `strictJson` (accel/index.ts).
 */
import type { Accelerator } from '../accel/accelerator';
import type { SourceNode } from '../model';
import type { WritableNode } from './writableNode';

export interface StrictJsonResult {
  root: SourceNode;
  /** Key nodes whose key already appeared earlier in the same object, in text order. */
  duplicateKeys: SourceNode[];
  /** The number of values (objects, lists, strings, numbers, booleans, nulls; not keys): what `countValues` counts. */
  values: number;
}

/** Thrown internally to decline the text (the tolerant parser reads it); never escapes. */
const DECLINE = Symbol('decline');

/** The items from `first` up, removed from the stack as a list of their own. */
function popFrom<T>(stack: T[], first: number): T[] {
  const items = stack.slice(first);
  stack.length = first;
  return items;
}

/** The text to parse, and the nesting beyond which it is declined. */
export interface StrictJsonInput {
  text: string;
  maxDepth?: number;
}

/** The fast path beside jsonc-parser's `parseTree` (parse/json.ts is the reference). */
export const strictJsonAccelerator: Accelerator<StrictJsonInput, StrictJsonResult> = {
  name: 'strictJson',
  run: ({ text, maxDepth }) => parseStrictJson(text, maxDepth),
};

/** Parses strict JSON into the jsonc-parser tree shape; undefined when the text is not plain strict JSON. */
export function parseStrictJson(text: string, maxDepth = Infinity): StrictJsonResult | undefined {
  const len = text.length;
  const duplicateKeys: SourceNode[] = [];
  let pos = 0;
  // Nesting deeper than `maxDepth` leaves the fast path, so text it accepts needs no separate nesting scan.
  let depth = 0;
  let values = 0;

  const skip = (): void => {
    for (let c = text.charCodeAt(pos); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++pos));
  };

  /** Scans a string token at `pos` (an opening quote); returns its value, leaves `pos` past the closing quote. */
  const PLAIN = /[^"\\\x00-\x1f]*/y;
  const scanString = (): string => {
    const start = pos;
    // Most strings hold no escape and no control character: one native scan to the closing quote.
    PLAIN.lastIndex = start + 1;
    PLAIN.test(text);
    if (text.charCodeAt(PLAIN.lastIndex) === 0x22) {
      pos = PLAIN.lastIndex + 1;
      return text.slice(start + 1, PLAIN.lastIndex);
    }
    let escaped = false;
    for (let i = pos + 1; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        pos = i + 1;
        if (!escaped) return text.slice(start + 1, i);
        // JSON.parse unescapes exactly as jsonc-parser does for the escapes checked below.
        return JSON.parse(text.slice(start, pos)) as string;
      }
      if (c < 0x20) throw DECLINE;
      if (c === 0x5c) {
        escaped = true;
        const e = text.charCodeAt(i + 1);
        if (e === 0x75) {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw DECLINE;
          i += 5;
        } else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
          i += 1;
        } else throw DECLINE;
      }
    }
    throw DECLINE;
  };

  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  /**
   * Children and list items wait here while their container is read, and leave as a list of exactly their number
   * (`popFrom`), not one grown by `push` with room to spare: a parsed tree is most of what is alive when the garbage
   * collector runs (bench/README.md). Containers nest, so each one's items are the top of the stack.
   */
  const nodes: SourceNode[] = [];

  /** Whether a property from `first` up on the stack has the key `key`. */
  const repeats = (key: string, first: number): boolean => {
    for (let i = first; i < nodes.length; i++) if (nodes[i].children![0].value === key) return true;
    return false;
  };
  /** The keys of the properties from `first` up, and `key`. */
  const keysFrom = (first: number, key: string): Set<string> => {
    const keys = new Set<string>([key]);
    for (let i = first; i < nodes.length; i++) keys.add(nodes[i].children![0].value as string);
    return keys;
  };

  /** The node of the value parseValue read last (its caller puts it in place). */
  let lastNode: WritableNode = undefined!;

  /** Parses a value at `pos`, and leaves its node in `lastNode` (with `parent`). */
  const parseValue = (parent: SourceNode | undefined): void => {
    const offset = pos;
    const c = text.charCodeAt(pos);
    values++;
    if ((c === 0x7b || c === 0x5b) && ++depth > maxDepth) throw DECLINE;
    if (c === 0x7b /* { */) {
      const node: WritableNode = { type: 'object', offset, length: -1, parent, children: undefined };
      // The properties wait on the shared stack and leave it as a list of their number (see `nodes`).
      const first = nodes.length;
      // Repeated keys: a look-back over the properties read so far for the usual few keys, a set beyond.
      let seen: Set<string> | undefined;
      pos++;
      skip();
      if (text.charCodeAt(pos) !== 0x7d) {
        for (;;) {
          if (text.charCodeAt(pos) !== 0x22) throw DECLINE;
          const keyOffset = pos;
          const key = scanString();
          const keyNode: WritableNode = { type: 'string', value: key, offset: keyOffset, length: pos - keyOffset, parent: undefined };
          if (seen !== undefined ? seen.has(key) : repeats(key, first)) duplicateKeys.push(keyNode);
          else if (seen !== undefined) seen.add(key);
          else if (nodes.length - first >= 8) seen = keysFrom(first, key);
          skip();
          if (text.charCodeAt(pos) !== 0x3a) throw DECLINE;
          const colonOffset = pos;
          pos++;
          skip();
          parseValue(undefined);
          // The property is made once its value is: its two children in a list of exactly two.
          const value = lastNode;
          const prop: WritableNode = {
            type: 'property',
            offset: keyOffset,
            length: value.offset + value.length - keyOffset,
            parent: node,
            children: [keyNode, value],
            colonOffset,
          };
          keyNode.parent = prop;
          value.parent = prop;
          nodes.push(prop);
          skip();
          const next = text.charCodeAt(pos);
          if (next === 0x7d) break;
          if (next !== 0x2c) throw DECLINE;
          pos++;
          skip();
        }
      }
      pos++;
      depth--;
      node.length = pos - offset;
      node.children = popFrom(nodes, first);
      lastNode = node;
      return;
    }
    if (c === 0x5b /* [ */) {
      const node: WritableNode = { type: 'array', offset, length: -1, parent, children: undefined };
      const first = nodes.length;
      pos++;
      skip();
      if (text.charCodeAt(pos) !== 0x5d) {
        for (;;) {
          parseValue(node);
          nodes.push(lastNode);
          skip();
          const next = text.charCodeAt(pos);
          if (next === 0x5d) break;
          if (next !== 0x2c) throw DECLINE;
          pos++;
          skip();
        }
      }
      pos++;
      depth--;
      node.length = pos - offset;
      node.children = popFrom(nodes, first);
      lastNode = node;
      return;
    }
    let value: unknown;
    if (c === 0x22) value = scanString();
    else if (c === 0x74 && text.startsWith('true', pos)) {
      value = true;
      pos += 4;
    } else if (c === 0x66 && text.startsWith('false', pos)) {
      value = false;
      pos += 5;
    } else if (c === 0x6e && text.startsWith('null', pos)) {
      value = null;
      pos += 4;
    } else {
      NUMBER.lastIndex = pos;
      const m = NUMBER.exec(text);
      if (!m) throw DECLINE;
      pos += m[0].length;
      value = Number(m[0]);
    }
    // A value must end at punctuation or whitespace ("truex", "1a" are the tolerant parser's business).
    const after = text.charCodeAt(pos);
    if (
      pos < len &&
      after !== 0x2c &&
      after !== 0x7d &&
      after !== 0x5d &&
      after !== 0x20 &&
      after !== 0x0a &&
      after !== 0x0d &&
      after !== 0x09
    ) {
      throw DECLINE;
    }
    const type = value === null ? 'null' : (typeof value as 'string' | 'number' | 'boolean');
    lastNode = { type, offset, length: pos - offset, parent, value } as WritableNode;
  };

  try {
    skip();
    if (pos >= len) return undefined;
    parseValue(undefined);
    const root = lastNode;
    skip();
    if (pos !== len) return undefined;
    delete (root as { parent?: SourceNode }).parent;
    return { root, duplicateKeys, values };
  } catch (e) {
    if (e === DECLINE || e instanceof RangeError) return undefined;
    throw e;
  }
}
