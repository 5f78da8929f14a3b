/**
 * The CI output formats of `lint`: a SARIF 2.1.0 log (code-scanning dashboards such as GitHub's) and GitHub
 * Actions workflow commands (`::warning file=…::message`, shown as annotations on the pull request).
 */
import { homepage, version } from '../../../package.json';
import { DIAGNOSTIC_CODES, config } from '../languageService';
import { fileUri } from '../workspace/files';
import type { Finding } from './report';

/** Every rule the log can name, with its default severity and summary (the codes module's, and the configurable ones). */
const RULES = Object.entries({ ...config.CONFIGURABLE_CODES, ...DIAGNOSTIC_CODES }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const RULE_INDEX = new Map(RULES.map(([code], i) => [code, i]));
const SARIF_LEVELS = ['error', 'error', 'warning', 'note', 'note'] as const;

/** SARIF's level for a finding's severity. */
const levelOf = (severity: Finding['severity']): 'error' | 'warning' | 'note' =>
  severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';

/** The artifact location of a reported path: relative to the working folder (`%SRCROOT%`) when it is, else an absolute file URI. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const slashed = file.replace(/\\/g, '/');
  if (/^([a-zA-Z]:)?\//.test(slashed)) return { uri: fileUri(file) };
  return { uri: slashed.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** Collects the findings and writes one SARIF 2.1.0 log at the end (a SARIF log cannot be streamed as a list can). */
export class SarifWriter {
  private readonly results: unknown[] = [];
  constructor(
    private readonly write: (s: string) => void,
    private readonly cwd: string,
  ) {}

  push(f: Finding): void {
    const ruleIndex = RULE_INDEX.get(f.code);
    this.results.push({
      ruleId: f.code,
      ...(ruleIndex === undefined ? {} : { ruleIndex }),
      level: levelOf(f.severity),
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(f.file),
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ],
    });
  }

  end(): void {
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'nsx-framework',
              version,
              informationUri: homepage,
              rules: RULES.map(([id, info]) => ({
                id,
                shortDescription: { text: info.summary },
                defaultConfiguration: { level: SARIF_LEVELS[info.severity] ?? 'warning' },
              })),
            },
          },
          originalUriBaseIds: { '%SRCROOT%': { uri: fileUri(this.cwd).replace(/\/?$/, '/') } },
          results: this.results,
        },
      ],
    };
    this.write(JSON.stringify(log, null, 2) + '\n');
  }
}

/** A workflow command's message: `%`, CR and LF escaped. */
export const escapeGithubData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** A workflow command's property value: as a message, and `:` and `,` too. */
export const escapeGithubProperty = (s: string): string => escapeGithubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One finding as a GitHub Actions annotation: `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=<code>::<message>`. */
export function formatGithubLine(f: Finding): string {
  const command = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
  const properties = [
    `file=${escapeGithubProperty(f.file.replace(/\\/g, '/'))}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    `endColumn=${f.endColumn}`,
    `title=${escapeGithubProperty(f.code)}`,
  ];
  return `::${command} ${properties.join(',')}::${escapeGithubData(f.message)}`;
}
