/** Expand / Shrink Selection in framework JSON: from a value to its property, its object, and outwards to the file. */
import { findNodeAtOffset } from 'jsonc-parser';
import type { Position, Range, SelectionRange } from 'vscode-languageserver-types';
import type { FrameworkDocument, SourceNode } from '../../model';

/**
 * For each position, the chain of ranges Expand Selection walks: a text's content (inside its quotes), the text,
 * its property, the object's or list's content, the object or list, and so on up to the whole value.
 */
export function provideSelectionRanges(doc: FrameworkDocument, positions: readonly Position[]): SelectionRange[] {
  const textDocument = doc.textDocument;
  const whole: Range = { start: textDocument.positionAt(0), end: textDocument.positionAt(textDocument.getText().length) };
  return positions.map((position) => {
    const offset = textDocument.offsetAt(position);
    const spans: [number, number][] = [];
    let node: SourceNode | undefined = doc.format === 'json' && doc.root ? findNodeAtOffset(doc.root, offset, true) : undefined;
    for (; node; node = node.parent) {
      const start = node.offset;
      const end = node.offset + node.length;
      if (node.type === 'string' || node.type === 'object' || node.type === 'array') {
        // The content between the quotes or brackets first, when the position is inside it.
        if (start + 1 < end - 1 && offset >= start + 1 && offset <= end - 1) spans.push([start + 1, end - 1]);
      }
      spans.push([start, end]);
    }
    let result: SelectionRange = { range: whole };
    let last: [number, number] | undefined = [0, textDocument.getText().length];
    for (let i = spans.length - 1; i >= 0; i--) {
      const [start, end] = spans[i];
      if (last && start === last[0] && end === last[1]) continue; // the same range twice is one step
      if (last && (start < last[0] || end > last[1])) continue; // recovered trees may overlap: keep each step inside the last
      result = { range: { start: textDocument.positionAt(start), end: textDocument.positionAt(end) }, parent: result };
      last = [start, end];
    }
    return result;
  });
}
