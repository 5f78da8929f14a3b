/**
 * The rule codes a `.nsxframework.json` may configure, their default severities and summaries, and the options
 * each rule takes (by code). Pure data: the zod schema (schema.ts), the validation and the JSON Schema read it.
 */
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { DIAGNOSTIC_CODES, type CodeInfo } from '../features/diagnostics/codes';

/** The name of the configuration file. */
export const CONFIG_FILE_NAME = '.nsxframework.json';

/** The severities a rule can be set to in the file. */
export const CONFIG_SEVERITIES = ['off', 'error', 'warning', 'information', 'hint'] as const;
export type ConfigSeverity = (typeof CONFIG_SEVERITIES)[number];

/**
 * The substance rules with options. Listed here as well as in the codes module, so that the file can configure
 * them whichever module defines them first; once both do, the codes module's entry wins and the list is one.
 */
const SUBSTANCE_RULES: Readonly<Record<string, CodeInfo>> = {
  'level-progression': {
    severity: DiagnosticSeverity.Warning,
    summary: 'A statement whose wording reads two or more levels away from its level.',
  },
  'statement-vague-verb': {
    severity: DiagnosticSeverity.Warning,
    summary: 'A statement body that opens with a verb naming no observable action.',
  },
  'statement-too-long': { severity: DiagnosticSeverity.Information, summary: 'A statement longer than maxWords words.' },
  'task-not-grounded': {
    severity: DiagnosticSeverity.Information,
    summary: 'An O*NET task that no statement shares two content words with.',
  },
};

/** Codes of findings about the configuration file itself: no rules of frameworks, so not configurable in it. */
export const isConfigFileCode = (code: string): boolean => code.startsWith('config-');

/** Every code the file can configure, with its default severity and summary, in a stable order. */
export const CONFIGURABLE_CODES: Readonly<Record<string, CodeInfo>> = Object.freeze(
  Object.fromEntries(
    [...Object.entries(SUBSTANCE_RULES), ...Object.entries(DIAGNOSTIC_CODES)]
      .filter(([code]) => !isConfigFileCode(code))
      .map(([code]) => [code, DIAGNOSTIC_CODES[code] ?? SUBSTANCE_RULES[code]] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ),
);

const SEVERITY_NAMES = ['hint', 'information', 'warning', 'error'];

/** What a configurable code checks and its default severity, as the schema and the hover on the code say it. */
export function ruleDescription(code: string): string {
  const info = CONFIGURABLE_CODES[code];
  return `${info.summary} Default: ${SEVERITY_NAMES[4 - info.severity] ?? 'warning'}.`;
}

/** The configurable codes, frozen (so did-you-mean answers are shared). */
export const CONFIGURABLE_CODE_LIST: readonly string[] = Object.freeze(Object.keys(CONFIGURABLE_CODES));

/** The levels whose cue words `level-progression` takes. */
export const CUE_LEVELS = ['emerging', 'developing', 'proficient', 'advanced'] as const;
