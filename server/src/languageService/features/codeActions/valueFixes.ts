/**
 * Fixes that rewrite a value: a value of the wrong type whose intended value is plain ("92" for 92),
 * and the two Job Zone disagreements (an inferred flag without a zone, a context naming another zone).
 */
import { nodeAt, type FrameworkDocument, type JSONPath, type SourceNode } from '../../model';
import { schemaAt } from '../../schema/validate';
import type { OffsetEdit } from './edits';

export interface ValueFix {
  title: string;
  edit: OffsetEdit;
  preferred: boolean;
}

interface Data {
  path?: JSONPath;
  named?: number;
  jobZone?: number | null;
}

const exactNode = (doc: FrameworkDocument, path: unknown, start: number, end: number): SourceNode | undefined => {
  if (!Array.isArray(path)) return undefined;
  const node = nodeAt(doc, path);
  return node && node.offset === start && node.offset + node.length === end ? node : undefined;
};

/** The value a wrongly typed scalar was meant to be: text for a number, a number or boolean for text. */
function retyped(node: SourceNode): unknown[] {
  const v = node.value;
  if (node.type === 'number' || node.type === 'boolean') return [String(v)];
  if (node.type !== 'string') return [];
  const t = String(v).trim();
  const out: unknown[] = [];
  if (t !== '' && Number.isFinite(Number(t))) out.push(Number(t));
  if (t === 'true' || t === 'false') out.push(t === 'true');
  if (t === 'null') out.push(null);
  return out;
}

export const VALUE_FIXES: Record<string, (doc: FrameworkDocument, data: Data, start: number, end: number) => ValueFix[]> = {
  'wrong-type': (doc, data, start, end) => {
    const node = exactNode(doc, data.path, start, end);
    const schema = Array.isArray(data.path) ? schemaAt(data.path) : undefined;
    if (!node || !schema || doc.format !== 'json') return [];
    const fits = retyped(node).filter((v) => schema.safeParse(v).success);
    return fits.map((v) => ({
      title: `Change to ${JSON.stringify(v)}`,
      edit: { start, end, newText: JSON.stringify(v) },
      preferred: fits.length === 1,
    }));
  },

  'job-zone-inferred-without-zone': (doc, data, start, end) => {
    const node = exactNode(doc, data.path, start, end);
    if (!node || node.type !== 'boolean' || doc.format !== 'json') return [];
    // Setting a Job Zone would be a guess; clearing the flag is the one change that needs none.
    return [{ title: 'Set jobZoneInferred to false', edit: { start, end, newText: 'false' }, preferred: false }];
  },

  'context-job-zone': (doc, data, start, end) => {
    if (typeof data.jobZone !== 'number' || typeof data.named !== 'number') return [];
    const found = doc.textDocument.getText().slice(start, end);
    // Which of the two is right is the author's call: offered, never applied by "fix all".
    if (!/^job zone \d+$/i.test(found)) return [];
    return [
      {
        title: `Say "${found.replace(/\d+$/, String(data.jobZone))}" (the occupation's Job Zone)`,
        edit: { start, end, newText: found.replace(/\d+$/, String(data.jobZone)) },
        preferred: false,
      },
    ];
  },
};
