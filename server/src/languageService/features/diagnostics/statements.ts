/** Statement checks (docs/format.md#statements): separator, empty parts, final period, repeats. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { makeDiagnostic } from '../../diagnostic';
import { collectStatements, pathOf, rangeInString, rangeOfNode, type FrameworkDocument, type StatementRef } from '../../model';
import { findWrongSeparator, nameSeparator, SEPARATOR } from '../../statement';
import { durableLevelInfo, levelInfo } from '../../../../../common/catalog/levels';
import { RepeatIndex } from './repeats';
import { isWhitespaceCode } from '../../util/whitespace';

const W = DiagnosticSeverity.Warning;

export function checkStatements(doc: FrameworkDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const firstSeen = new RepeatIndex<StatementRef>();
  for (const s of collectStatements(doc)) {
    if (checkShape(doc, s, out)) continue; // an empty statement repeats nothing
    const first = firstSeen.firstOf(s.text, s);
    if (!first) continue;
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

/** Checks one statement's shape; returns true when the statement is blank. */
function checkShape(doc: FrameworkDocument, s: StatementRef, out: Diagnostic[]): boolean {
  const text = s.text;
  if (!hasNonSpace(text, 0, text.length)) {
    reportWhole(doc, s, out, 'statement-missing-separator', 'This statement is empty: write "Headline — body"');
    return true;
  }

  const separatorIndex = text.indexOf(SEPARATOR);
  if (separatorIndex < 0) {
    const wrong = findWrongSeparator(text);
    if (wrong) {
      report(
        doc,
        s,
        out,
        wrong.index,
        wrong.index + wrong.length,
        'statement-separator',
        `Separate the headline from the body with " — " (space, em dash, space), not ${nameSeparator(wrong.found)}`,
        { index: wrong.index, length: wrong.length, replacement: SEPARATOR },
      );
    } else {
      reportWhole(
        doc,
        s,
        out,
        'statement-missing-separator',
        'This statement has no " — " (space, em dash, space) between a headline and a body',
      );
    }
  } else {
    if (!hasNonSpace(text, 0, separatorIndex)) {
      report(doc, s, out, 0, separatorIndex + SEPARATOR.length, 'statement-empty-headline', 'The headline before " — " is empty');
    }
    // A body of only the final period is empty too.
    if (!hasNonSpace(text, separatorIndex + SEPARATOR.length, text.length, PERIOD)) {
      report(doc, s, out, separatorIndex, text.length, 'statement-empty-body', 'The body after " — " is empty');
    }
  }

  let trimmedEnd = text.length;
  while (trimmedEnd > 0 && isWhitespaceCode(text.charCodeAt(trimmedEnd - 1))) trimmedEnd--;
  const endsWithPeriod = trimmedEnd > 0 && text.charCodeAt(trimmedEnd - 1) === PERIOD;
  if (s.kind !== 'durable' && !endsWithPeriod) {
    report(
      doc,
      s,
      out,
      trimmedEnd - 1,
      trimmedEnd,
      'statement-final-period',
      `${s.kind === 'core' ? 'A level' : 'An AI-fluency'} statement ends with a period`,
      {
        insertAt: trimmedEnd,
      },
    );
  } else if (s.kind === 'durable' && endsWithPeriod) {
    report(
      doc,
      s,
      out,
      trimmedEnd - 1,
      trimmedEnd,
      'statement-unexpected-period',
      'Durable-skill statements end without a period (NSX shows them without one)',
      {
        index: trimmedEnd - 1,
      },
    );
  }
  return false;
}

const PERIOD = 0x2e;

/**
 * Whether `text[from, to)` holds a character that is not whitespace (nor `also`): what `/\S/` (or `/[^\s.]/`)
 * finds in that slice, read in place. A statement's parts start with a letter, so this usually reads one character.
 */
function hasNonSpace(text: string, from: number, to: number, also = -1): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== also && !isWhitespaceCode(c)) return true;
  }
  return false;
}

// Findings are built only here, so the per-statement path (a scan of the statement's list) is worked out
// only for statements that have a finding.
function report(
  doc: FrameworkDocument,
  s: StatementRef,
  out: Diagnostic[],
  from: number,
  to: number,
  code: string,
  message: string,
  data: Record<string, unknown> = {},
): void {
  out.push(statementFinding(doc, s, from, to, code, message, W, data));
}

/** A finding on characters `from` to `to` of statement `s`'s text, with the statement's path in its data. */
export function statementFinding(
  doc: FrameworkDocument,
  s: StatementRef,
  from: number,
  to: number,
  code: string,
  message: string,
  severity: DiagnosticSeverity,
  data: Record<string, unknown> = {},
): Diagnostic {
  const r = rangeInString(doc, s.textNode, from, to);
  return makeDiagnostic(doc.textDocument, r.start, r.end, code, message, severity, { path: pathOf(s.textNode), ...data });
}

function reportWhole(doc: FrameworkDocument, s: StatementRef, out: Diagnostic[], code: string, message: string): void {
  const r = rangeOfNode(s.textNode);
  out.push(makeDiagnostic(doc.textDocument, r.start, r.end, code, message, W, { path: pathOf(s.textNode) }));
}
