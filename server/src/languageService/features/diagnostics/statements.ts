/** Statement checks (FORMAT.md §1.3): separator, empty parts, final period, repeats. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { makeDiagnostic } from '../../diagnostic';
import { collectStatements, pathOf, rangeInString, rangeOfNode, type FrameworkDocument, type StatementRef } from '../../model';
import { findWrongSeparator, nameSeparator, SEPARATOR, splitStatement } from '../../statement';
import { durableLevelInfo, levelInfo } from '../../catalog/levels';

const W = DiagnosticSeverity.Warning;

export function checkStatements(doc: FrameworkDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const firstSeen = new Map<string, StatementRef>();
  for (const s of collectStatements(doc)) {
    checkShape(doc, s, out);
    const norm = s.text.trim().replace(/\s+/g, ' ').toLowerCase();
    if (!norm) continue;
    const first = firstSeen.get(norm);
    if (!first) {
      firstSeen.set(norm, s);
      continue;
    }
    const r = rangeOfNode(s.textNode);
    const firstRange = rangeOfNode(first.textNode);
    out.push(
      makeDiagnostic(
        doc.textDocument,
        r.start,
        r.end,
        'statement-duplicate',
        `This statement repeats ${describeStatement(first)}`,
        W,
        { path: pathOf(s.textNode), firstPath: pathOf(first.textNode) },
        [
          {
            location: {
              uri: doc.uri,
              range: { start: doc.textDocument.positionAt(firstRange.start), end: doc.textDocument.positionAt(firstRange.end) },
            },
            message: 'First stated here',
          },
        ],
      ),
    );
  }
  return out;
}

/** "Emerging statement 3", "AI-fluency Developing statement 1", "Communication · Applying statement 2". */
export function describeStatement(s: StatementRef): string {
  const n = s.index + 1;
  if (s.kind === 'core') return `${levelInfo(s.level)?.label ?? s.level} statement ${n}`;
  if (s.kind === 'aiFluency') return `AI-fluency ${levelInfo(s.level)?.label ?? s.level} statement ${n}`;
  return `${s.domain ?? 'durable skill'} · ${durableLevelInfo(s.level)?.label ?? s.level} statement ${n}`;
}

function checkShape(doc: FrameworkDocument, s: StatementRef, out: Diagnostic[]): void {
  const text = s.text;
  const node = s.textNode;
  const path = pathOf(node);
  const push = (from: number, to: number, code: string, message: string, data: Record<string, unknown> = {}) => {
    const r = rangeInString(doc, node, from, to);
    out.push(makeDiagnostic(doc.textDocument, r.start, r.end, code, message, W, { path, ...data }));
  };
  const whole = () => rangeOfNode(node);
  if (!text.trim()) {
    const r = whole();
    out.push(makeDiagnostic(doc.textDocument, r.start, r.end, 'statement-missing-separator', 'This statement is empty: write "Headline — body"', W, { path }));
    return;
  }

  const parts = splitStatement(text);
  if (parts.separatorIndex < 0) {
    const wrong = findWrongSeparator(text);
    if (wrong) {
      push(
        wrong.index,
        wrong.index + wrong.length,
        'statement-separator',
        `Separate the headline from the body with " — " (space, em dash, space), not ${nameSeparator(wrong.found)}`,
        { index: wrong.index, length: wrong.length, replacement: SEPARATOR },
      );
    } else {
      const r = whole();
      out.push(
        makeDiagnostic(
          doc.textDocument,
          r.start,
          r.end,
          'statement-missing-separator',
          'This statement has no " — " (space, em dash, space) between a headline and a body',
          W,
          { path },
        ),
      );
    }
  } else {
    if (!parts.headline.trim()) {
      push(0, parts.separatorIndex + SEPARATOR.length, 'statement-empty-headline', 'The headline before " — " is empty');
    }
    // A body of only the final period is empty too.
    if (!parts.body.replace(/[\s.]/g, '')) {
      push(parts.separatorIndex, text.length, 'statement-empty-body', 'The body after " — " is empty');
    }
  }

  const trimmedEnd = text.trimEnd().length;
  const endsWithPeriod = text.trimEnd().endsWith('.');
  if (s.kind !== 'durable' && !endsWithPeriod) {
    push(trimmedEnd - 1, trimmedEnd, 'statement-final-period', `${s.kind === 'core' ? 'A level' : 'An AI-fluency'} statement ends with a period`, {
      insertAt: trimmedEnd,
    });
  } else if (s.kind === 'durable' && endsWithPeriod) {
    push(trimmedEnd - 1, trimmedEnd, 'statement-unexpected-period', 'Durable-skill statements end without a period (NSX shows them without one)', {
      index: trimmedEnd - 1,
    });
  }
}
