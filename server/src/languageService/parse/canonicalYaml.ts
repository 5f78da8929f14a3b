/**
 * A fast path for front matter written the canonical way (docs/format.md#the-markdown-form, convert/yaml.ts): it
 * reads that subset of YAML straight into the tree `parseFrontMatterWithLibrary` builds with the `yaml` package, the
 * reference (same node types, values, offsets, lengths, `colonOffset`, parents, children order and string offset
 * maps). Registered as the fast path `canonicalYaml` (accel/index.ts).
 *
 * Why: reading the front matter with `yaml` (a CST, then a document with ranges) was about half of a
 * Markdown file's parse time, and the library need not be loaded at all for a file this path reads.
 *
 * The subset: a block mapping at column 0; under a key, a deeper block mapping or sequence, or a sequence
 * at the key's own column; `- key: value` items that open a mapping; keys plain or double-quoted; values on
 * the key's (or dash's) line that are double-quoted strings with JSON's escapes, plain strings (without `[` or
 * `{`), `null`, `true`, `false` (any case the core schema reads), decimal numbers, `[]` or `{}`. One space after `:` and
 * `- `, none at the end of a line. Anything else (comments, tabs, CR, anchors, aliases, tags, single quotes,
 * block scalars, multi-line scalars, non-empty flow collections, empty values, repeated keys, `? ` keys,
 * `0x1F`, `.inf`, `~`, dates, odd characters, …) returns undefined, and the caller uses `yaml`, which also
 * reports what it finds: so every front matter finding still comes from the library.
 */
import type { Accelerator } from '../accel/accelerator';
import type { SourceNode } from '../model';
import type { FrontMatter } from './frontMatterTypes';
import { container, leaf, nodeList, OffsetMaps, property } from './markdownNodes';
import { writable } from './writableNode';

/** A front matter's text, its offset in the Markdown text, and the string nodes' offset maps to fill. */
export interface FrontMatterInput {
  source: string;
  base: number;
  maps: OffsetMaps;
}

/** The fast path beside `parseFrontMatterWithLibrary` (`yaml`, markdownFrontMatter.ts, the reference). */
export const canonicalYamlAccelerator: Accelerator<FrontMatterInput, FrontMatter> = {
  name: 'canonicalYaml',
  run: ({ source, base, maps }) => {
    const node = parseCanonicalYaml(source, base, maps);
    return node && { node, errors: [] };
  },
};

/** Thrown internally to decline the front matter (`yaml` reads it); never escapes. */
const DECLINE = Symbol('decline');

/**
 * Characters this path never reads (convert/yaml.ts escapes them all): C0 controls but the line feed (so
 * tabs and CR), DEL, C1 controls with NEL, the line and paragraph separators, BOM, non-characters, lone surrogates.
 */
const UNUSUAL =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Those characters and any surrogate: one quick scan, so the slower {@link UNUSUAL} runs only on text with emoji and the like. */
const SUSPECT = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;

/**
 * Characters a plain scalar may not start with here: YAML's indicators, space, and those the core schema may
 * read as something else than a string (numbers, `.inf`, `~`); a value starting with `-` or a digit is read
 * as a number or is declined.
 */
const NOT_PLAIN_START = '-?:,[]{}#&*!|>\'"%@`.+~ 0123456789';
/** Unicode space, which convert/yaml.ts quotes at either end of a string. */
const EDGE_SPACE = /\s/;
const edgeSpace = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c === 0x20 || (c >= 0x80 && EDGE_SPACE.test(s[i]));
};
/** Plain scalars the core schema reads as null or a boolean rather than a string. */
const NULL_OR_BOOL = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/**
 * The rest of a plain scalar: anything but `:` and `#` (which could open a mapping or a comment), and `[` and `{`
 * (`convert/yaml.ts` quotes them): the nesting guard counts them as levels, and a front matter this path reads must be
 * one the guard lets through (see {@link MAX_DEPTH}).
 */
const PLAIN_REST = /[^:#\n[{]*/y;
/** Decimal numbers as the core schema reads them (int, then float or exponent); other number-like text is declined. */
const NUMBER = /-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;
/** A double-quoted scalar's characters up to its closing quote, when it holds no escape. */
const QUOTED_PLAIN = /[^"\\\n]*/y;
/** Longest key accepted: YAML wants the `:` of an implicit key within 1024 characters of its start. */
const MAX_KEY = 1000;
/**
 * Deepest block nesting accepted (a framework nests 7); deeper front matter goes to `yaml` behind its nesting guard
 * (yamlNesting.ts). The guard counts a level per deeper indentation, per `- ` marker after a line's first and per
 * open `[` or `{`: what this path reads counts at most two more than its depth (the root's level, an empty `[]` or
 * `{}`), far within the guard's MAX_NESTING, so the guard runs only on what this path declines.
 */
export const MAX_DEPTH = 64;

/** The front matter's mapping node, as `parseFrontMatter` builds it with `yaml`; undefined when not in the subset. */
export function parseCanonicalYaml(source: string, base: number, maps: OffsetMaps): SourceNode | undefined {
  if (SUSPECT.test(source) && UNUSUAL.test(source)) return undefined;
  const len = source.length;

  // The current line: its start, end (at `\n` or the end of the text) and indentation; indent -1 past the last line.
  let lineStart = 0;
  let lineEnd = 0;
  let indent = -1;
  // Just past the last line read whole, with its line break: where a block collection ends in `yaml`'s ranges.
  let doneTo = 0;

  /** Moves to the first line at or after `from` holding something; blank lines are skipped, lines of spaces or ending in one are declined. */
  const lineFrom = (from: number): void => {
    for (let s = from; s < len;) {
      let e = source.indexOf('\n', s);
      if (e < 0) e = len;
      if (e > s) {
        if (source.charCodeAt(e - 1) === 0x20) throw DECLINE;
        let i = s;
        while (source.charCodeAt(i) === 0x20) i++;
        lineStart = s;
        lineEnd = e;
        indent = i - s;
        return;
      }
      s = e + 1;
    }
    lineStart = lineEnd = len;
    indent = -1;
  };

  /** The current line is read whole: on to the next. */
  const nextLine = (): void => {
    doneTo = lineEnd < len ? lineEnd + 1 : len;
    lineFrom(doneTo);
  };

  const isDash = (at: number): boolean => source.charCodeAt(at) === 0x2d && source.charCodeAt(at + 1) === 0x20;

  /** A double-quoted scalar at `at` on the current line: its value and the offset past its closing quote. */
  const readQuoted = (at: number): { value: string; end: number; escaped: boolean } => {
    QUOTED_PLAIN.lastIndex = at + 1;
    QUOTED_PLAIN.test(source);
    let i = QUOTED_PLAIN.lastIndex;
    if (source.charCodeAt(i) === 0x22) return { value: source.slice(at + 1, i), end: i + 1, escaped: false };
    // Escapes: only JSON's, which YAML reads the same way, so JSON.parse gives `yaml`'s value.
    for (; i < lineEnd; i++) {
      const c = source.charCodeAt(i);
      if (c === 0x22) return { value: JSON.parse(source.slice(at, i + 1)) as string, end: i + 1, escaped: true };
      if (c !== 0x5c) continue;
      const e = source.charCodeAt(i + 1);
      if (e === 0x75 /* u */) {
        if (!/^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) throw DECLINE;
        i += 5;
      } else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
        i++;
      } else throw DECLINE;
    }
    throw DECLINE; // unclosed on this line
  };

  /**
   * The end of a plain scalar at `at`: at the first `:`, `#` or line end. Declines a start that is an indicator
   * or may make it something else than a string (a digit, `-`, `.`, `+`, `~`), and Unicode space at either end.
   */
  const plainEnd = (at: number): number => {
    if (NOT_PLAIN_START.includes(source[at])) throw DECLINE;
    PLAIN_REST.lastIndex = at;
    PLAIN_REST.test(source);
    const end = PLAIN_REST.lastIndex;
    if (edgeSpace(source, at) || edgeSpace(source, end - 1)) throw DECLINE;
    return end;
  };

  /** A key at `at`: its text and end; the `:` must follow at once. */
  const readKey = (at: number): { key: string; end: number } => {
    let key: string;
    let end: number;
    if (source.charCodeAt(at) === 0x22) ({ value: key, end } = readQuoted(at));
    else {
      end = plainEnd(at);
      key = source.slice(at, end);
      if (NULL_OR_BOOL.test(key)) throw DECLINE; // `yaml` would make the key null or a boolean
    }
    if (source.charCodeAt(end) !== 0x3a || end - at > MAX_KEY) throw DECLINE;
    return { key, end };
  };

  /** Whether a sequence item's content at `at` is a `key:` that opens a mapping. */
  const opensMapping = (at: number): boolean => {
    if (source.charCodeAt(at) === 0x22) return source.charCodeAt(readQuoted(at).end) === 0x3a;
    PLAIN_REST.lastIndex = at;
    PLAIN_REST.test(source);
    return source.charCodeAt(PLAIN_REST.lastIndex) === 0x3a;
  };

  /** A value that fills the current line from `at`: a scalar, `[]` or `{}`. */
  const readInline = (at: number): SourceNode => {
    const c = source.charCodeAt(at);
    if (c === 0x22 /* " */) {
      const { value, end, escaped } = readQuoted(at);
      if (end !== lineEnd) throw DECLINE;
      const node = leaf('string', value, base + at, end - at);
      // Each value index at its character (an escape at its `\`); past the end, the closing quote.
      if (!escaped) maps.set(node, (i) => base + at + 1 + Math.min(i, value.length));
      else maps.set(node, escapeOffsets(source, at, end, base));
      return node;
    }
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (source.charCodeAt(at + 1) !== c + 2 || at + 2 !== lineEnd) throw DECLINE; // only `[]` and `{}`
      return container(c === 0x5b ? 'array' : 'object', base + at, 2, nodeList());
    }
    if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      NUMBER.lastIndex = at;
      if (!NUMBER.test(source) || NUMBER.lastIndex !== lineEnd) throw DECLINE;
      const text = source.slice(at, lineEnd);
      // `yaml` resolves with these very functions, so the value is the same to the last bit (and -0 stays -0).
      const value = /[.eE]/.test(text) ? parseFloat(text) : parseInt(text, 10);
      return leaf('number', value, base + at, lineEnd - at);
    }
    if (plainEnd(at) !== lineEnd) throw DECLINE; // a `:` or `#` in the text
    const text = source.slice(at, lineEnd);
    if (NULL_OR_BOOL.test(text)) {
      return text.charCodeAt(0) === 0x6e || text.charCodeAt(0) === 0x4e
        ? leaf('null', null, base + at, text.length)
        : leaf('boolean', text.charCodeAt(0) === 0x74 || text.charCodeAt(0) === 0x54, base + at, text.length);
    }
    // One contiguous run: the default index → offset of `OffsetMaps` is `yaml`'s map for it, so none is set.
    return leaf('string', text, base + at, text.length);
  };

  /** A block mapping whose keys stand at column `col`, its first key at `first` on the current line. */
  const readMapping = (col: number, first: number, depth: number): SourceNode => {
    if (depth > MAX_DEPTH) throw DECLINE;
    const props = nodeList();
    const keys = new Set<string>();
    for (let at = first; ; at = lineStart + col) {
      const { key, end } = readKey(at);
      if (keys.has(key)) throw DECLINE; // `yaml` reports the repeated key
      keys.add(key);
      let value: SourceNode;
      if (end + 1 === lineEnd) {
        nextLine();
        value = readNested(col, depth);
      } else {
        if (source.charCodeAt(end + 1) !== 0x20) throw DECLINE;
        value = readInline(end + 2);
        nextLine();
      }
      const prop = property(key, base + at, end - at, value);
      writable(prop).colonOffset = base + end;
      props.push(prop);
      // A line at this column is the next key; a shallower one (or the end) closes the mapping; a deeper one
      // is left to the caller, and the root, which declines it (a continuation line, a misplaced entry).
      if (indent !== col) break;
    }
    return container('object', base + first, doneTo - first, props);
  };

  /** A block sequence whose dashes stand at column `col`, starting on the current line. */
  const readSequence = (col: number, depth: number): SourceNode => {
    if (depth > MAX_DEPTH) throw DECLINE;
    const items = nodeList();
    const first = lineStart + col;
    do {
      const at = lineStart + col + 2;
      if (!isDash(lineStart + col)) throw DECLINE;
      if (opensMapping(at)) items.push(readMapping(col + 2, at, depth + 1));
      else {
        items.push(readInline(at));
        nextLine();
      }
    } while (indent === col && isDash(lineStart + col));
    return container('array', base + first, doneTo - first, items);
  };

  /** The block value of a key at column `col` that ends its line: a deeper mapping or sequence, or a sequence at `col`. */
  const readNested = (col: number, depth: number): SourceNode => {
    if (indent > col)
      return isDash(lineStart + indent) ? readSequence(indent, depth + 1) : readMapping(indent, lineStart + indent, depth + 1);
    if (indent === col && isDash(lineStart + col)) return readSequence(col, depth + 1);
    throw DECLINE; // an empty value (null): `yaml` decides
  };

  try {
    lineFrom(0);
    if (indent !== 0) return undefined; // empty, or indented at the root
    const root = readMapping(0, lineStart, 0);
    // Every line read; a line left over stands at a column no mapping or sequence took.
    return lineStart === len ? root : undefined;
  } catch (e) {
    if (e === DECLINE || e instanceof RangeError) return undefined;
    throw e;
  }
}

/** The index → offset map of a double-quoted scalar with escapes spanning `[start, end)`: each escape maps to its `\`. */
function escapeOffsets(source: string, start: number, end: number, base: number): (index: number) => number {
  const offsets: number[] = [];
  for (let pos = start + 1; pos < end - 1;) {
    offsets.push(base + pos);
    pos += source.charCodeAt(pos) !== 0x5c ? 1 : source.charCodeAt(pos + 1) === 0x75 ? 6 : 2;
  }
  return (i) => (i < offsets.length ? offsets[i] : base + end - 1);
}
