/**
 * What the language service derives from one version of a document under one set of settings. Each part is
 * computed on first use and then kept: the editor asks for code actions on every cursor move, and the findings,
 * the fix-all edits and the safe-fix count of a version stay the same between those requests.
 */
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { FrameworkDocument } from './model';
import { countValues } from './limits';
import { computeDiagnostics, type DiagnosticsSettings } from './features/diagnostics';
import { computeFixAllEdits, safeEdits, type CheckVersion } from './features/codeActions';

export class DocumentAnalysis {
  private findings: readonly Diagnostic[] | undefined;
  private fixAllTextEdits: readonly TextEdit[] | undefined;
  private safeFixes: number | undefined;

  constructor(
    readonly doc: FrameworkDocument,
    private readonly settings: DiagnosticsSettings,
    /** Parses a later text of the same document and analyses it: how "Fix all" checks each pass's result. */
    private readonly checkVersion: CheckVersion,
  ) {}

  /** How many values the document holds (the parser's count when it made one): what `maxItemsComputed` limits. */
  get valueCount(): number {
    return countValues(this.doc);
  }

  /** Every finding of the document, with the settings' severities (none for a document that is not a framework file). */
  get diagnostics(): readonly Diagnostic[] {
    return (this.findings ??= computeDiagnostics(this.doc, this.settings, this.valueCount));
  }

  /** The edits of "Fix all auto-fixable problems": every finding's single safe fix, repeated until nothing changes. */
  get fixAllEdits(): readonly TextEdit[] {
    return (this.fixAllTextEdits ??= computeFixAllEdits(this.doc, this.diagnostics, this.checkVersion));
  }

  /** How many findings have a single safe fix that no other overlaps: the light bulb offers "Fix all" beside one from two on. */
  get safeFixCount(): number {
    return (this.safeFixes ??= safeEdits(this.doc, this.diagnostics).length);
  }
}
