/** Every diagnostic code we report, its default severity and what it means (for settings and docs). */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';

export interface CodeInfo {
  severity: DiagnosticSeverity;
  summary: string;
}

const E = DiagnosticSeverity.Error;
const W = DiagnosticSeverity.Warning;
const I = DiagnosticSeverity.Information;

export const DIAGNOSTIC_CODES: Readonly<Record<string, CodeInfo>> = {
  'json-syntax': { severity: E, summary: 'The text is not valid JSON.' },
  'json-comment': { severity: E, summary: 'A comment: JSON has none.' },
  'json-trailing-comma': { severity: E, summary: 'A comma after the last item of an object or list.' },
  'duplicate-key': { severity: W, summary: 'A property appears twice in one object.' },
  'missing-property': { severity: E, summary: 'A required property is missing.' },
  'wrong-type': { severity: E, summary: 'A value of the wrong type (text where a number is due, …).' },
  'out-of-range': { severity: E, summary: 'A number outside its range (Job Zone 1–5, percent 0–100, …).' },
  'empty-value': { severity: E, summary: 'Text that must not be empty is empty.' },
  'invalid-format': { severity: E, summary: 'Text not in its format (version, date-time, CIP code, URL, key, …).' },
  'soc-format': { severity: E, summary: 'An O*NET-SOC code not written NN-NNNN.NN.' },
  'invalid-value': { severity: E, summary: 'A value that is not one of those allowed.' },
  'unknown-key': { severity: W, summary: 'A property the format does not define.' },
  'unknown-level': { severity: E, summary: 'A level key other than emerging, developing, proficient, advanced.' },
  'level-label': { severity: E, summary: "A level's label does not match its key." },
  'job-zone-inferred-without-zone': { severity: E, summary: 'jobZoneInferred is true while jobZone is null.' },
  'context-job-zone': { severity: W, summary: 'Context covered names a Job Zone other than the occupation’s.' },
  'statement-separator': { severity: W, summary: 'A hyphen or en dash (or a badly spaced em dash) in place of " — ".' },
  'statement-missing-separator': { severity: W, summary: 'A statement without " — " between headline and body.' },
  'statement-empty-headline': { severity: W, summary: 'A statement whose headline is empty.' },
  'statement-empty-body': { severity: W, summary: 'A statement whose body is empty.' },
  'statement-final-period': { severity: W, summary: 'A core or AI-fluency statement without its final period.' },
  'statement-unexpected-period': { severity: W, summary: 'A durable-skill statement ending with a period.' },
  'statement-duplicate': { severity: W, summary: 'A statement repeated in the framework.' },
  'level-progression': { severity: W, summary: 'A statement whose wording reads two or more levels away from its level.' },
  'statement-vague-verb': {
    severity: W,
    summary: 'A statement body that opens with a verb naming no observable action (understand, know, be aware of, …).',
  },
  'statement-too-long': { severity: I, summary: 'A statement of more words than the limit (40 by default).' },
  'task-not-grounded': { severity: I, summary: 'An O*NET task that no core or AI-fluency statement shares two content words with.' },
  'unknown-citation': { severity: E, summary: 'A citation key neither built in nor defined in the file.' },
  'unknown-onet-name': { severity: W, summary: 'An O*NET name not in the catalog for its list.' },
  'duplicate-domain': { severity: W, summary: 'A durable-skill domain listed twice.' },
  'markdown-missing-front-matter': { severity: E, summary: 'A Markdown framework without YAML front matter between "---" lines.' },
  'markdown-front-matter': { severity: E, summary: 'Front matter that is not valid YAML (or not a mapping, or never closed).' },
  'markdown-heading': { severity: E, summary: 'A heading that is not a section of the Markdown form (level, AI fluency, durable skills).' },
  'markdown-heading-order': { severity: W, summary: 'A level or section heading out of order.' },
  'markdown-heading-repeated': { severity: W, summary: 'A level or section heading repeated (the last one counts).' },
  'markdown-statement-outside-level': { severity: W, summary: 'A list item outside any level section.' },
  'markdown-stray-text': { severity: W, summary: 'Body text that is not part of the framework (Convert to JSON leaves it out).' },
  'markdown-title': { severity: W, summary: 'The `# title` differs from occupation.title.' },
  'duplicate-soc': { severity: W, summary: 'Another framework file of the workspace declares the same SOC code.' },
  'config-syntax': { severity: E, summary: 'A .nsxframework.json that is not valid JSON (comments and trailing commas are allowed).' },
  'config-unknown-rule': { severity: E, summary: 'A code in .nsxframework.json that names no rule (with a did-you-mean).' },
  'config-invalid': { severity: E, summary: 'A bad severity, option, override or property in .nsxframework.json.' },
  'empty-file': { severity: I, summary: 'The framework file is empty (the quick fix inserts a framework skeleton).' },
  'file-too-large': {
    severity: I,
    summary: 'The file is beyond nsxFramework.maxFileSize or maxItemsComputed: checked in part or not at all.',
  },
  'too-many-problems': { severity: I, summary: 'More than 5,000 problems: 5,000 are listed, every error among them.' },
  'nesting-too-deep': { severity: I, summary: 'Values nested more than 256 levels deep: the file is not checked.' },
};

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

export const SEVERITY_BY_NAME: Readonly<Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * `diagnostics` with the severities `severity` sets by code: "off" leaves a finding out, a severity changes a copy
 * (a finding may belong to the model, or to the index, which other settings check again).
 */
export function applySeverities(
  diagnostics: readonly Diagnostic[],
  severity: Readonly<Record<string, SeverityName>> | undefined,
): Diagnostic[] {
  if (!severity) return [...diagnostics];
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const override = severity[String(d.code)];
    if (override === 'off') continue;
    out.push(override && override in SEVERITY_BY_NAME ? { ...d, severity: SEVERITY_BY_NAME[override] } : d);
  }
  return out;
}
