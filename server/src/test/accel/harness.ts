/**
 * The one harness that holds every fast path (languageService/accel/) to its reference, the library path it stands
 * beside: for an input, the fast path either declines or gives what the reference gives. Each fast path has a spec
 * here (its reference, and what of a result must be equal); the tests feed the specs fixtures, generated
 * frameworks and seeded mutations, and say how often each path must be taken, so a test cannot pass by declining.
 *
 * The fast path is run directly, whatever NSX_REFERENCE_ONLY says: the comparison holds in both runs of the suite.
 */
import { strict as assert } from 'node:assert';
import { createScanner, getNodeValue, parseTree, SyntaxKind, type Node, type ParseError } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ACCELERATORS, type AcceleratorName } from '../../languageService/accel';
import type { FrameworkDocument, SourceNode } from '../../languageService/model';
import { parseJsonFramework } from '../../languageService/parse/json';
import { readBlocksWithLibrary, type Block } from '../../languageService/parse/markdownBlocks';
import { parseFrontMatterWithLibrary } from '../../languageService/parse/markdownFrontMatter';
import type { OffsetMaps, SourceText } from '../../languageService/parse/markdownNodes';
import { frameworkSchema } from '../../languageService/schema/framework';
import { mutate, rng, type Random } from '../fuzz/mutate';

type InputOf<N extends AcceleratorName> = Parameters<(typeof ACCELERATORS)[N]['run']>[0];
type OutputOf<N extends AcceleratorName> = NonNullable<ReturnType<(typeof ACCELERATORS)[N]['run']>>;

/** How a fast path is held to its reference. */
export interface Equivalence<N extends AcceleratorName> {
  /** The reference's answer for the input, in the form compared (see `view`). */
  reference(input: InputOf<N>, what: string): unknown;
  /** The fast path's answer in the same form. */
  view(output: OutputOf<N>, input: InputOf<N>): unknown;
  /** Where the two differ, a readable form of each for the failure message (the compared forms may be long). */
  explain?(compared: unknown): unknown;
}

/** Whether the fast path took the input (and agreed with the reference) or declined it. */
export type Outcome = 'taken' | 'declined';

/**
 * The fast path `name` and its reference on one input. `input` makes a fresh input for each (a fast path may fill
 * what it is given, such as offset maps). Fails where the fast path answers otherwise than the reference.
 */
export function compareWithReference<N extends AcceleratorName>(name: N, input: () => InputOf<N>, what: string): Outcome {
  const spec = SPECS[name] as Equivalence<N>;
  const fastInput = input();
  const fast = (ACCELERATORS[name].run as (input: InputOf<N>) => OutputOf<N> | undefined)(fastInput);
  if (fast === undefined) return 'declined';
  const expected = spec.reference(input(), what);
  const actual = spec.view(fast, fastInput);
  try {
    assert.deepStrictEqual(actual, expected);
  } catch (error) {
    if (spec.explain) assert.deepStrictEqual(spec.explain(actual), spec.explain(expected), `${name} differs from its reference: ${what}`);
    throw new Error(`${name} differs from its reference: ${what}\n${(error as Error).message}`, { cause: error });
  }
  return 'taken';
}

/** {@link compareWithReference} on many inputs; the counts of each outcome. */
export function compareAll<N extends AcceleratorName>(
  name: N,
  cases: Iterable<{ input: () => InputOf<N>; what: string }>,
): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { taken: 0, declined: 0 };
  for (const c of cases) counts[compareWithReference(name, c.input, c.what)]++;
  return counts;
}

/** `count` seeded mutations of the sources (1 to `depth` changes each, by the given mutators, or the fuzzer's). */
export function* mutations(
  sources: readonly string[],
  count: number,
  seed: number,
  mutators?: readonly ((text: string, r: Random) => string)[],
  depth = 1,
): Generator<{ text: string; n: number }> {
  const r = rng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)];
  for (let n = 0; n < count; n++) {
    let text = pick(sources);
    for (let k = 1 + Math.floor(r() * depth); k > 0; k--) text = mutators ? pick(mutators)(text, r) : mutate(text, r);
    yield { text, n };
  }
}

/**
 * A tree node's own fields (in insertion order), its string offsets when asked for, and its children, checking
 * every child's parent link: what a parser's tree must match, node for node.
 */
export function nodeShape(node: Node, parent: Node | undefined, offsetOf?: (node: SourceNode, index: number) => number): unknown {
  assert.equal(node.parent, parent, `parent link at offset ${node.offset}`);
  const fields = Object.entries(node).filter(([k]) => k !== 'parent' && k !== 'children');
  const offsets =
    offsetOf && node.type === 'string'
      ? Array.from({ length: String(node.value).length + 2 }, (_, i) => offsetOf(node as SourceNode, i))
      : undefined;
  return { fields, hasParent: 'parent' in node, offsets, children: node.children?.map((c) => nodeShape(c, node, offsetOf)) };
}

/**
 * jsonc-parser's reading of a text, as parse/json.ts reads text the fast path declines: the tree, whether the text
 * is clean strict JSON (no syntax error, comment or trailing comma), the value, the repeated keys and the value count.
 */
export function tolerantParse(text: string): { root: Node | undefined; clean: boolean } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: false, allowTrailingComma: true, allowEmptyContent: true });
  let clean = errors.length === 0;
  const scanner = createScanner(text, false);
  let lastComma = false;
  for (let k = scanner.scan(); k !== SyntaxKind.EOF; k = scanner.scan()) {
    if (k === SyntaxKind.LineCommentTrivia || k === SyntaxKind.BlockCommentTrivia) clean = false;
    if (
      k === SyntaxKind.Trivia ||
      k === SyntaxKind.LineBreakTrivia ||
      k === SyntaxKind.LineCommentTrivia ||
      k === SyntaxKind.BlockCommentTrivia
    )
      continue;
    if ((k === SyntaxKind.CloseBraceToken || k === SyntaxKind.CloseBracketToken) && lastComma) clean = false;
    lastComma = k === SyntaxKind.CommaToken;
  }
  return { root, clean };
}

/** The key nodes that repeat an earlier key of their object, in text order, and the number of values. */
function repeatsAndCount(root: Node): { duplicateKeys: number[]; values: number } {
  const duplicateKeys: number[] = [];
  let values = 0;
  const visit = (node: Node): void => {
    if (node.type !== 'property') values++;
    if (node.type === 'object') {
      const seen = new Set<unknown>();
      for (const prop of node.children ?? []) {
        const key = prop.children![0];
        if (seen.has(key.value)) duplicateKeys.push(key.offset);
        seen.add(key.value);
      }
    }
    for (const child of node.children ?? []) if (child !== node.children?.[0] || node.type !== 'property') visit(child);
  };
  visit(root);
  return { duplicateKeys: duplicateKeys.sort((a, b) => a - b), values };
}

/** A SourceText as its public methods show it: the value, `end`, and the offset of every index and one past. */
const textView = (t: SourceText) => ({
  value: t.value,
  end: t.end,
  offsets: Array.from({ length: t.value.length + 2 }, (_, i) => t.offsetAt(i)),
});
const blocksView = (blocks: Block[]) =>
  blocks.map((b) =>
    b.kind === 'heading' || b.kind === 'paragraph'
      ? { ...b, text: textView(b.text) }
      : b.kind === 'list'
        ? { ...b, items: b.items.map(textView) }
        : b,
  );

/** A document's model, findings and value as the features read them. */
function documentView(doc: FrameworkDocument): unknown {
  return {
    tree: doc.root && nodeShape(doc.root, undefined),
    value: doc.value,
    isFramework: doc.isFramework,
    syntaxDiagnostics: doc.syntaxDiagnostics,
  };
}

/** Every fast path's reference. */
export const SPECS: { [N in AcceleratorName]: Equivalence<N> } = {
  strictJson: {
    // jsonc-parser: taken exactly when the text is clean strict JSON within the nesting limit, and then the same tree.
    reference: ({ text }, what) => {
      const { root, clean } = tolerantParse(text);
      assert.ok(clean && root, `the fast path took text jsonc-parser does not read cleanly: ${what}`);
      return { tree: nodeShape(root, undefined), ...repeatsAndCount(root) };
    },
    view: ({ root, duplicateKeys, values }) => ({
      tree: nodeShape(root, undefined),
      duplicateKeys: duplicateKeys.map((k) => k.offset),
      values,
    }),
  },
  incrementalJson: {
    // A full parse of the new version: the same tree, value, findings.
    reference: ({ textDocument }) =>
      documentView(
        parseJsonFramework(TextDocument.create(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.getText())),
      ),
    view: (doc) => documentView(doc),
  },
  canonicalYaml: {
    // `yaml`: no error where the fast path reads the front matter, and the same tree, string offsets included.
    reference: ({ source, base, maps }, what) => {
      const { node, errors } = parseFrontMatterWithLibrary(source, base, maps);
      assert.deepEqual(errors, [], `the fast path took front matter the library finds errors in: ${what}`);
      assert.ok(node, `the library finds no mapping: ${what}`);
      return { errors, tree: nodeShape(node, undefined, offsetsIn(maps)) };
    },
    view: ({ node, errors }, { maps }) => ({ errors, tree: node && nodeShape(node, undefined, offsetsIn(maps)) }),
  },
  markdownFastBlocks: {
    // markdown-it: the same blocks, to every SourceText's runs.
    reference: ({ text, starts, firstLine }) => readBlocksWithLibrary(text, starts, firstLine),
    view: (blocks) => blocks,
    explain: (blocks) => blocksView(blocks as Block[]),
  },
  schemaPlan: {
    // zod: the plan says "valid" only where zod finds no issue in the tree's value.
    reference: (root) => (frameworkSchema.safeParse(getNodeValue(root)).success ? [] : 'zod finds issues'),
    view: (findings) => findings,
  },
};

const offsetsIn = (maps: OffsetMaps) => (node: SourceNode, index: number) => maps.offsetOf(node, index);
