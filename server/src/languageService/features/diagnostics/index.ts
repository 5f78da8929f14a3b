/** All findings of a framework document: syntax, schema and domain checks, with the user's severities applied. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { FrameworkDocument } from '../../model';
import { validateSchema } from '../../schema/validate';
import { checkFramework } from './framework';
import { checkReferences } from './references';
import { checkStatements } from './statements';
import { describeForMarkdown } from './markdown';
import { checkSubstance } from './substance';
import { applySeverities, type SeverityName } from './codes';
import { countValues, DEFAULT_MAX_ITEMS_COMPUTED, MAX_PROBLEMS, tooManyItemsNotice, tooManyProblemsNotice } from '../../limits';
import { compareText } from '../../util/compareText';
import { emptyFileNotice, isEmptyDocument } from './emptyFile';

/** Parse problems after which the tree is incomplete (JSON syntax, Markdown front matter). */
const BROKEN_TREE_CODES = new Set(['json-syntax', 'markdown-front-matter', 'markdown-missing-front-matter']);

export interface DiagnosticsSettings {
  /** Severity per code; `off` hides the finding. */
  severity?: Readonly<Record<string, SeverityName>>;
  /** Most values a framework may hold for the full checks; beyond it only the syntax is checked. */
  maxItemsComputed?: number;
  /** Options of rules by code, merged for the file (from `.nsxframework.json`). */
  ruleOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/**
 * Every finding of the document, in document order. Non-framework documents have none. `valueCount` is the number
 * of values in the document, when the caller knows it already.
 */
export function computeDiagnostics(doc: FrameworkDocument, settings: DiagnosticsSettings = {}, valueCount?: number): Diagnostic[] {
  if (!doc.isFramework) return [];
  // After a syntax error the tree is incomplete: properties past it would all be reported missing.
  const broken = doc.syntaxDiagnostics.some((d) => BROKEN_TREE_CODES.has(String(d.code)));
  const limit = settings.maxItemsComputed ?? DEFAULT_MAX_ITEMS_COMPUTED;
  const items = valueCount ?? countValues(doc);
  // Markdown without readable front matter has no fields to check: every schema finding would be noise.
  const schema = () =>
    broken && doc.format === 'markdown' ? [] : validateSchema(doc).filter((d) => !broken || d.code !== 'missing-property');
  const all = isEmptyDocument(doc)
    ? [emptyFileNotice(doc)]
    : items > limit
      ? [tooManyItemsNotice(doc.textDocument, items, limit), ...doc.syntaxDiagnostics]
      : [
          ...doc.syntaxDiagnostics,
          ...describeForMarkdown(doc, schema()),
          ...checkFramework(doc),
          ...checkStatements(doc),
          ...checkReferences(doc),
          ...checkSubstance(doc, settings.ruleOptions),
        ];
  const out = applySeverities(all, settings.severity);
  out.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      compareText(String(a.code), String(b.code)),
  );
  // Listing 150,000 problems would flood the editor: some of them, and a notice of how many there are.
  return out.length > MAX_PROBLEMS ? [tooManyProblemsNotice(doc.textDocument, out.length), ...withinCap(out)] : out;
}

/** Problems that say the text itself is broken: listed whatever the cap and the user's severities. */
const SYNTAX_CODES = new Set([...BROKEN_TREE_CODES, 'json-comment', 'json-trailing-comma']);

/**
 * {@link MAX_PROBLEMS} of the problems (in document order), chosen so that none that matters is hidden: the syntax
 * errors, then the errors, then the warnings and the rest, each by position. Keeping the first ones by position
 * would drop an error that comes after thousands of warnings, and the file would look clean.
 */
function withinCap(sorted: readonly Diagnostic[]): Diagnostic[] {
  const rank = (d: Diagnostic) => (SYNTAX_CODES.has(String(d.code)) ? 0 : (d.severity ?? DiagnosticSeverity.Error));
  const order = sorted.map((d, i) => ({ rank: rank(d), i }));
  // A stable sort: within a rank, document order.
  order.sort((a, b) => a.rank - b.rank || a.i - b.i);
  const kept = order.slice(0, MAX_PROBLEMS).map((x) => x.i);
  kept.sort((a, b) => a - b);
  return kept.map((i) => sorted[i]);
}
