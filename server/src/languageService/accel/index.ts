/**
 * Every fast path, in one place. Each stands beside a library path that is the reference (the behaviour is the
 * library's): it answers exactly as the reference would, or declines (undefined) and the reference decides. A call
 * site reads `accelerate(name, input) ?? reference(input)`. `NSX_REFERENCE_ONLY=1` turns them all off (the unit suite
 * runs both ways); the shared harness `server/src/test/accel/harness.ts` holds each to its reference; bench/README.md
 * says which benchmark figure each one serves and what it saves there.
 */
import { canonicalYamlAccelerator } from '../parse/canonicalYaml';
import { incrementalJsonAccelerator } from '../parse/incrementalJson';
import { markdownFastBlocksAccelerator } from '../parse/markdownFastBlocks';
import { strictJsonAccelerator } from '../parse/strictJson';
import { schemaPlanAccelerator } from '../schema/planShortcut';
import { isTurnedOff } from './accelerator';

export { REFERENCE_ONLY } from './accelerator';

/** The fast paths by name, each with the reference it answers to and why it is worth having. */
export const ACCELERATORS = {
  /** Reference: jsonc-parser's `parseTree` (parse/json.ts). Why: one pass instead of four over the text or tree (P1, P2, P3). */
  strictJson: strictJsonAccelerator,
  /** Reference: a full parse of the new version (parse/json.ts). Why: an edit in one string re-reads that string, not 5 MB (P2 edit). */
  incrementalJson: incrementalJsonAccelerator,
  /** Reference: the `yaml` package (parse/markdownFrontMatter.ts). Why: half of a Markdown file's parse, and `yaml` is not loaded (P3). */
  canonicalYaml: canonicalYamlAccelerator,
  /** Reference: markdown-it (parse/markdownBlocks.ts). Why: a plain body in one pass, and markdown-it is not loaded (P3, H4). */
  markdownFastBlocks: markdownFastBlocksAccelerator,
  /** Reference: zod's parse (schema/validate.ts). Why: no copy of the whole value for a valid file, and zod is not loaded (P1, P3). */
  schemaPlan: schemaPlanAccelerator,
};

export type AcceleratorName = keyof typeof ACCELERATORS;
type InputOf<N extends AcceleratorName> = Parameters<(typeof ACCELERATORS)[N]['run']>[0];
type OutputOf<N extends AcceleratorName> = ReturnType<(typeof ACCELERATORS)[N]['run']>;

const enabled = Object.fromEntries(Object.keys(ACCELERATORS).map((name) => [name, !isTurnedOff(name)])) as Record<AcceleratorName, boolean>;

/** The fast path's answer for `input`, or undefined when it declines or `NSX_REFERENCE_ONLY` turns it off. */
export function accelerate<N extends AcceleratorName>(name: N, input: InputOf<N>): OutputOf<N> | undefined {
  if (!enabled[name]) return undefined;
  return (ACCELERATORS[name].run as (input: InputOf<N>) => OutputOf<N>)(input);
}

/** Whether the fast path runs at all (false under `NSX_REFERENCE_ONLY`). */
export function isAccelerated(name: AcceleratorName): boolean {
  return enabled[name];
}
