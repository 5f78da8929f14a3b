/** jsonc-parser declares its nodes read-only; the parsers here build and re-parse trees, so they set the fields. */
import type { SourceNode } from '../model';

/** A tree node whose fields the parser that builds it may still set (the one name for it in every parser). */
export type WritableNode = { -readonly [K in keyof SourceNode]: SourceNode[K] };

/** The node, as its builder may change it. */
export const writable = (node: SourceNode): WritableNode => node as WritableNode;
