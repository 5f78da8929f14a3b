/** Command-line arguments → a command, or a usage error (exit code 2). */

export type OutputFormat = 'text' | 'json' | 'sarif' | 'github';
const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'github'];
export type ConvertTarget = 'json' | 'md' | 'case' | 'ctdl-asn';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'lint';
      targets: string[];
      format: OutputFormat;
      quiet: boolean;
      maxWarnings: number | undefined;
      fix: boolean;
      config: string | undefined;
    }
  | { kind: 'convert'; file: string; to: ConvertTarget; output: string | undefined; baseUri: string | undefined };

/** A mistake in the command line: printed with a hint to `--help`, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage:
  nsx-framework lint <files|dirs|globs>... [options]
  nsx-framework convert <file> --to md|json|case|ctdl-asn [-o <out>] [--base-uri <uri>]

Lint checks NSX framework files (*.framework.json, *.framework.md, and JSON files whose content is a
framework) with the same checks as the editor. A directory is searched for framework files; a glob
(quote it) is expanded; a file named explicitly is always checked.

A .nsxframework.json found from each file's folder upward (the nearest wins) sets the rules' severities and
options, as in the editor.

Lint options:
  --format <format>    text (default): "path:line:col severity code message" per finding and a summary;
                       json: one JSON array of {file, line, column, endLine, endColumn, severity, code, message};
                       sarif: a SARIF 2.1.0 log (code-scanning dashboards);
                       github: GitHub Actions annotations (::error file=…,line=…::message)
  --config <file>      use this configuration file for every file instead of looking for .nsxframework.json
  --quiet, -q          report errors only
  --max-warnings <n>   exit with 1 when there are more than n warnings
  --fix                apply the safe fixes ("Fix all") in place, then report what remains

Convert options:
  --to md|json         the other form of a framework file (JSON <-> Markdown), or the framework back from a
                       CASE package this tool exported (*.case.json)
  --to case|ctdl-asn   export a framework (JSON or Markdown) as a CASE 1.1 package or as CTDL-ASN JSON-LD
  --base-uri <uri>     prefix of the exported URIs (default: urn:uuid:<id>)
  -o, --output <file>  where to write (default: standard output)

  --help, -h           show this help
  --version, -v        show the version

Exit codes:
  0  clean, or warnings only (up to --max-warnings); convert wrote the conversion
  1  findings with errors, or more warnings than --max-warnings; convert refused the file
  2  usage or I/O error (bad arguments, nothing found, a file that cannot be read or written), or an internal error`;

/** Parses the arguments after the program name. Throws {@link UsageError}. */
export function parseArgs(argv: readonly string[]): Command {
  const args = [...argv];
  if (args.some((a) => a === '--help' || a === '-h') || args.length === 0) return { kind: 'help' };
  if (args.some((a) => a === '--version' || a === '-v')) return { kind: 'version' };
  const command = args.shift()!;
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  const takesValue = new Set(['--format', '--max-warnings', '--to', '--output', '--config', '--base-uri']);
  const aliases: Record<string, string> = { '-q': '--quiet', '-o': '--output' };
  while (args.length) {
    const arg = args.shift()!;
    if (arg === '--') {
      positional.push(...args.splice(0));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = aliases[eq < 0 ? arg : arg.slice(0, eq)] ?? (eq < 0 ? arg : arg.slice(0, eq));
    if (takesValue.has(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args.shift();
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
      options.set(name, value);
    } else if (eq >= 0) {
      throw new UsageError(`${name} takes no value`);
    } else {
      options.set(name, true);
    }
  }
  const allowed =
    command === 'lint'
      ? ['--format', '--quiet', '--max-warnings', '--fix', '--config']
      : command === 'convert'
        ? ['--to', '--output', '--base-uri']
        : [];
  if (!allowed.length) throw new UsageError(`Unknown command "${command}": use "lint" or "convert"`);
  for (const name of options.keys()) if (!allowed.includes(name)) throw new UsageError(`Unknown option ${name} for "${command}"`);

  if (command === 'lint') {
    if (!positional.length) throw new UsageError('lint needs at least one file, directory or glob');
    const format = options.get('--format') ?? 'text';
    if (!FORMATS.includes(format as OutputFormat))
      throw new UsageError(`--format must be text, json, sarif or github, not "${String(format)}"`);
    const max = options.get('--max-warnings');
    const maxWarnings = max === undefined ? undefined : Number(max);
    if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
      throw new UsageError(`--max-warnings must be a whole number of 0 or more, not "${String(max)}"`);
    }
    const config = options.get('--config');
    return {
      kind: 'lint',
      targets: positional,
      format: format as OutputFormat,
      quiet: options.has('--quiet'),
      maxWarnings,
      fix: options.has('--fix'),
      config: typeof config === 'string' ? config : undefined,
    };
  }
  if (positional.length !== 1) throw new UsageError('convert needs exactly one file');
  const to = options.get('--to');
  if (to === undefined) throw new UsageError('convert needs --to md, json, case or ctdl-asn');
  const target = to === 'markdown' ? 'md' : to;
  if (target !== 'md' && target !== 'json' && target !== 'case' && target !== 'ctdl-asn') {
    throw new UsageError(`--to must be md, json, case or ctdl-asn, not "${String(to)}"`);
  }
  const output = options.get('--output');
  const baseUri = options.get('--base-uri');
  if (baseUri !== undefined && target !== 'case' && target !== 'ctdl-asn')
    throw new UsageError('--base-uri goes with --to case or --to ctdl-asn');
  return {
    kind: 'convert',
    file: positional[0],
    to: target,
    output: typeof output === 'string' ? output : undefined,
    baseUri: typeof baseUri === 'string' ? baseUri : undefined,
  };
}
