/** Folding ranges of framework JSON: every object and list that spans lines, as VS Code's JSON support folds them. */
import { createScanner, SyntaxKind } from 'jsonc-parser';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { FrameworkDocument } from '../../model';

/**
 * One range per multi-line object or list (from its opening line to the line before its closing bracket, so the
 * bracket stays in view) and per multi-line block comment; at most `limit` ranges, the outermost kept first.
 */
export function provideFoldingRanges(doc: FrameworkDocument, limit = 5000): FoldingRange[] {
  if (doc.format !== 'json') return [];
  const scanner = createScanner(doc.textDocument.getText(), false);
  const ranges: FoldingRange[] = [];
  const open: { line: number; kind: SyntaxKind }[] = [];
  const starts = new Set<number>();
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    switch (token) {
      case SyntaxKind.OpenBraceToken:
      case SyntaxKind.OpenBracketToken:
        open.push({
          line: scanner.getTokenStartLine(),
          kind: token === SyntaxKind.OpenBraceToken ? SyntaxKind.CloseBraceToken : SyntaxKind.CloseBracketToken,
        });
        break;
      case SyntaxKind.CloseBraceToken:
      case SyntaxKind.CloseBracketToken: {
        // A bracket that closes nothing (broken text) is skipped; one that closes another kind pops to its match.
        let index = open.length - 1;
        while (index >= 0 && open[index].kind !== token) index--;
        if (index < 0) break;
        const { line } = open[index];
        open.length = index;
        const end = scanner.getTokenStartLine() - 1;
        // Two brackets opened on one line (`"a": [{`) would fold from the same line: the inner one (closed first) folds.
        if (end > line && !starts.has(line)) {
          ranges.push({ startLine: line, endLine: end });
          starts.add(line);
        }
        break;
      }
      case SyntaxKind.BlockCommentTrivia: {
        const start = scanner.getTokenStartLine();
        const endLine = doc.textDocument.positionAt(scanner.getTokenOffset() + scanner.getTokenLength()).line;
        if (endLine > start) ranges.push({ startLine: start, endLine, kind: FoldingRangeKind.Comment });
        break;
      }
    }
  }
  if (ranges.length <= limit) return ranges.sort((a, b) => a.startLine - b.startLine);
  // Too many to show: keep the widest (outer) ranges.
  return ranges
    .sort((a, b) => b.endLine - b.startLine - (a.endLine - a.startLine) || a.startLine - b.startLine)
    .slice(0, limit)
    .sort((a, b) => a.startLine - b.startLine);
}
