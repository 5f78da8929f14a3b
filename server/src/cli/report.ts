/** How findings are printed: `path:line:col severity code message` lines and a summary, or one JSON array. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { ownString } from '../languageService/util/ownString';

/** One finding as the CLI reports it (lines and columns 1-based, the end exclusive, as editors show them). */
export interface Finding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: SeverityLabel;
  code: string;
  message: string;
}

export type SeverityLabel = 'error' | 'warning' | 'info' | 'hint';

const LABELS: Record<number, SeverityLabel> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

export function toFinding(file: string, d: Diagnostic): Finding {
  return {
    file,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: LABELS[d.severity ?? DiagnosticSeverity.Error],
    code: String(d.code ?? ''),
    // A copy: a message built around a name or statement from the file would keep the file's whole text alive.
    message: ownString(typeof d.message === 'string' ? d.message : d.message.value),
  };
}

/** `path:line:col severity code message`, on one line whatever the message holds. */
export function formatFindingLine(f: Finding): string {
  return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${oneLine(f.message)}`;
}

/** A message on one line: the report has one line per problem. */
export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}

export interface Totals {
  files: number;
  filesWithProblems: number;
  errors: number;
  warnings: number;
  others: number;
  fixedFiles: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The summary line, e.g. `2 errors, 1 warning in 1 of 3 files` or `3 files checked: no problems`. */
export function formatSummary(t: Totals): string {
  const fixed = t.fixedFiles ? `; fixed ${plural(t.fixedFiles, 'file')}` : '';
  if (!t.errors && !t.warnings && !t.others) return `${plural(t.files, 'file')} checked: no problems${fixed}`;
  const parts = [plural(t.errors, 'error'), plural(t.warnings, 'warning')];
  if (t.others) parts.push(`${t.others} info/hint`);
  return `${parts.join(', ')} in ${t.filesWithProblems} of ${plural(t.files, 'file')}${fixed}`;
}

/** Writes one JSON array element by element, so a long run streams instead of holding every finding. */
export class JsonArrayWriter {
  private count = 0;
  constructor(private readonly write: (s: string) => void) {}

  push(f: Finding): void {
    this.write(`${this.count++ === 0 ? '[\n' : ',\n'}  ${JSON.stringify(f)}`);
  }

  end(): void {
    this.write(this.count ? '\n]\n' : '[]\n');
  }
}
