/**
 * YAML front matter → nodes of the shared tree, with offsets into the Markdown text.
 * `yaml` is the reference: it keeps each node's source range; string nodes also map value indices through quotes
 * and escapes. Front matter in the canonical layout may take a fast path (canonicalYaml.ts) that builds the same
 * tree without `yaml`.
 */
import type { Node as YamlNode, Scalar } from 'yaml';
import { accelerate } from '../accel';
import { yamlLibrary } from '../util/lazyLibraries';
import { container, leaf, nodeList, OffsetMaps, property } from './markdownNodes';
import type { FrontMatter, FrontMatterError } from './frontMatterTypes';
import type { SourceNode } from '../model';
import { writable } from './writableNode';
import { findExcessYamlNesting } from './yamlNesting';

export type { FrontMatter, FrontMatterError } from './frontMatterTypes';

/**
 * Parses the front matter `source`, which starts at `base` in the Markdown text; or, for YAML nested too deep for
 * `yaml`'s recursion, gives the offset in `source` where it goes too deep (the file is then declined, as JSON nested
 * too deep is). Never throws.
 */
export function parseFrontMatter(source: string, base: number, maps: OffsetMaps): FrontMatter | { tooDeepAt: number } {
  const fast = accelerate('canonicalYaml', { source, base, maps });
  if (fast) return fast;
  // Only `yaml` needs the nesting guard, which reads every character: what the fast path reads is far within the
  // guard's limit (canonicalYaml.ts, MAX_DEPTH).
  const tooDeepAt = findExcessYamlNesting(source);
  return tooDeepAt >= 0 ? { tooDeepAt } : parseFrontMatterWithLibrary(source, base, maps);
}

/** {@link parseFrontMatter} by `yaml` alone, for any YAML, with its errors: the reference. */
export function parseFrontMatterWithLibrary(source: string, base: number, maps: OffsetMaps): FrontMatter {
  // yaml reads a lone CR as text; editors end a line there. Same length, so offsets hold.
  source = source.replace(/\r(?!\n)/g, '\n');
  const { parseDocument, isMap, isScalar } = yamlLibrary();
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  // yaml repeats an error once per enclosing collection (a flow list left open inside a block one): keep one of each.
  const seen = new Set<string>();
  const errors: FrontMatterError[] = [];
  for (const e of doc.errors) {
    const error = {
      start: base + e.pos[0],
      end: base + Math.max(e.pos[1], e.pos[0] + 1),
      message: e.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim(),
    };
    const key = `${error.start} ${error.end} ${error.message}`;
    if (!seen.has(key)) errors.push(error);
    seen.add(key);
  }
  const contents = doc.contents as YamlNode | null;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { node: undefined, errors };
  if (!isMap(contents)) {
    const [start, end] = contents.range ?? [0, source.length];
    errors.push({
      start: base + start,
      end: base + Math.max(end, start + 1),
      message: 'The front matter must be a YAML mapping of "key: value" lines',
    });
    return { node: undefined, errors };
  }
  return { node: toNode(contents, source, base, maps), errors };
}

function toNode(node: YamlNode | null | undefined, source: string, base: number, maps: OffsetMaps, at = 0): SourceNode {
  if (!node) return leaf('null', null, base + at, 0);
  const { isAlias, isMap, isPair, isScalar, isSeq } = yamlLibrary();
  const [start, end] = node.range ?? [at, at];
  if (isMap(node)) {
    const props = nodeList();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key as YamlNode | null;
      const keyRange = key?.range ?? [start, start];
      const keyText = isScalar(key) ? String(key.value) : key ? source.slice(keyRange[0], keyRange[1]) : '';
      const value = toNode(pair.value as YamlNode | null, source, base, maps, keyRange[1]);
      const prop = property(keyText, base + keyRange[0], keyRange[1] - keyRange[0], value);
      const colon = source.indexOf(':', keyRange[1]);
      if (colon >= 0) writable(prop).colonOffset = base + colon;
      props.push(prop);
    }
    return container('object', base + start, end - start, props);
  }
  if (isSeq(node)) {
    const items = nodeList();
    for (const item of node.items) items.push(toNode(item as YamlNode | null, source, base, maps, start));
    return container('array', base + start, end - start, items);
  }
  if (isAlias(node)) return leaf('null', null, base + start, end - start);
  const scalar = node as Scalar;
  const value = scalar.value;
  if (value === null || value === undefined) return leaf('null', null, base + start, end - start);
  if (typeof value === 'number') return leaf('number', value, base + start, end - start);
  if (typeof value === 'boolean') return leaf('boolean', value, base + start, end - start);
  const text = String(value);
  const str = leaf('string', text, base + start, end - start);
  const offsets = scalarOffsets(source, start, end, scalar.type, text);
  // Past the last character: the closing quote of a quoted scalar (an edit of the whole value keeps it), else the end.
  const quoted = (scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE') && end > start + 1 && source[end - 1] === source[start];
  const after = quoted ? end - 1 : end;
  maps.set(str, (i) => base + (i < offsets.length ? offsets[i] : after));
  return str;
}

/**
 * For each character of a scalar's value, its offset in the front matter source: through the quotes,
 * `\` escapes (double-quoted), `''` (single-quoted) and folded line breaks.
 */
function scalarOffsets(source: string, start: number, end: number, type: Scalar['type'], value: string): number[] {
  const out: number[] = [];
  let pos = start;
  if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') pos++;
  for (let i = 0; i < value.length && pos <= end; i++) {
    const ch = source[pos];
    if (type === 'QUOTE_DOUBLE' && ch === '\\') {
      out.push(pos);
      const kind = source[pos + 1];
      pos += kind === 'x' ? 4 : kind === 'u' ? 6 : kind === 'U' ? 10 : 2;
      if (kind === 'U' && value.codePointAt(i)! > 0xffff) {
        out.push(pos - 1);
        i++;
      }
      continue;
    }
    if (type === 'QUOTE_SINGLE' && ch === "'" && source[pos + 1] === "'") {
      out.push(pos);
      pos += 2;
      continue;
    }
    if (ch === value[i]) {
      out.push(pos++);
      continue;
    }
    // A folded line break or indentation: skip the source's whitespace run, mapping to its start.
    const runStart = pos;
    while (pos < end && /[\s]/.test(source[pos]) && source[pos] !== value[i]) pos++;
    if (pos === runStart) pos++;
    if (/\s/.test(value[i])) out.push(runStart);
    else i--;
  }
  return out;
}
