/**
 * The zod schema of `.nsxframework.json`: the source of the JSON Schema (`schemas/nsxframework-config.schema.json`,
 * written by `scripts/gen-schema.ts`) and of the checks of each rule's options (validate.ts, through the lazily
 * loaded schema bundle). The file's structure is checked on its syntax tree (validate.ts), for exact ranges; a
 * unit test holds that tree check and this schema to the same verdict.
 */
import { DEFAULT_MAX_WORDS } from '../features/diagnostics/statementLength';
import * as z from 'zod';
import { CONFIG_SEVERITIES, CONFIGURABLE_CODES, CUE_LEVELS, ruleDescription } from './codes';

/** An option of a rule: its schema, what it must be (for messages) and what it does (for the JSON Schema). */
export interface RuleOption {
  schema: z.ZodType;
  expect: string;
  description: string;
}

const words = (what: string) => z.array(z.string().min(1)).describe(what);

/** The options each rule takes, by code; a rule not listed takes only `severity`. */
export const RULE_OPTIONS: Readonly<Record<string, Readonly<Record<string, RuleOption>>>> = {
  'level-progression': {
    cues: {
      schema: z.strictObject(
        Object.fromEntries(CUE_LEVELS.map((level) => [level, words(`More words and phrases that suggest the ${level} level.`).optional()])),
      ),
      expect: 'an object of word lists by level ("emerging", "developing", "proficient", "advanced")',
      description: 'More cue words and phrases per level, added to the built-in ladder.',
    },
  },
  'statement-vague-verb': {
    verbs: {
      schema: words('Verbs that name no observable action.'),
      expect: 'a list of verbs',
      description: 'More verbs that name no observable action (added to the built-in list).',
    },
  },
  'statement-too-long': {
    maxWords: {
      schema: z.number().int().min(1),
      expect: 'a whole number of 1 or more',
      description: `The most words a statement may have (default ${DEFAULT_MAX_WORDS}).`,
    },
  },
};

const SEVERITY_DESCRIPTION = '"off" hides the finding; "error", "warning", "information" or "hint" sets its severity.';
const severity = z.enum(CONFIG_SEVERITIES).describe(SEVERITY_DESCRIPTION);

/** A rule's setting: a severity, or an object of `severity` and the rule's options. */
function ruleSetting(code: string): z.ZodType {
  const options = RULE_OPTIONS[code] ?? {};
  const object = z.strictObject({
    severity: severity.optional(),
    ...Object.fromEntries(Object.entries(options).map(([name, option]) => [name, option.schema.describe(option.description).optional()])),
  });
  return z.union([severity, object]).describe(ruleDescription(code));
}

/** `rules`: a setting per code. */
export const rulesSchema = z
  .strictObject(Object.fromEntries(Object.keys(CONFIGURABLE_CODES).map((code) => [code, ruleSetting(code).optional()])))
  .describe(
    'Settings of the checks, by code: a severity ("off" turns the check off), or an object with "severity" and the rule\'s options.',
  );

/** The whole file. */
export const configSchema = z
  .strictObject({
    $schema: z.string().describe('The JSON Schema of this file.').optional(),
    rules: rulesSchema.optional(),
    overrides: z
      .array(
        z.strictObject({
          files: z
            .array(z.string().min(1))
            .min(1)
            .describe(
              'Globs of the files these rules apply to, relative to the folder of this file (a glob without "/" matches a file name in any folder).',
            ),
          rules: rulesSchema.optional(),
        }),
      )
      .describe('Rules for some files only, applied over "rules" in order: the last matching override wins.')
      .optional(),
  })
  .describe('NSX Framework Editor configuration: the checks of framework files, for the editor and the nsx-framework command line.');
