/** Tolerant readers of the framework value: the preview renders whatever part of the file is well formed. */
import type { JSONPath } from 'jsonc-parser';
import { nodeAt, type FrameworkDocument } from '../model';
import type { RenderAnchor } from '../../../../common/preview/types';
import { escapeAttr } from '../../../../common/preview/escape';

/** The value at `path`, or undefined when any step is missing or of the wrong kind. */
export function valueAt(root: unknown, path: JSONPath): unknown {
  let v: unknown = root;
  for (const step of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[step];
  }
  return v;
}

export const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const asObject = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
export const asStrings = (v: unknown): string[] => asArray(v).filter((x): x is string => typeof x === 'string');

/** Collects anchors while a section renders; `attr(path)` returns the `data-anchor` attribute for a node. */
export class AnchorCollector {
  readonly anchors: RenderAnchor[] = [];
  constructor(private readonly doc: FrameworkDocument) {}

  /** ` data-anchor="…"` for the node at `path`, recording its source range; '' when the node is absent. */
  attr(path: JSONPath): string {
    const node = nodeAt(this.doc, path);
    if (!node) return '';
    const id = path.join('/');
    this.anchors.push({ id, start: node.offset, end: node.offset + node.length });
    return ` data-anchor="${escapeAttr(id)}"`;
  }
}
