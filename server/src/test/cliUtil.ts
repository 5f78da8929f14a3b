/** Test helpers: the CLI run in this process with its output captured, and the program run as a process. */
import { spawnSync, type SpawnSyncOptionsWithStringEncoding, type SpawnSyncReturns } from 'node:child_process';
import * as path from 'node:path';
import { runCli, type CliPlugins } from '../cli/main';

/** The program's entry point (the build bundles it into dist/cli.js). */
export const CLI_PROGRAM = path.join(__dirname, '..', 'cli.ts');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in-process in `cwd`, capturing its output; with the real plugins unless others are given.
 * Standard error is not a terminal unless `tty` says so (then the CLI draws its progress bar, 80 columns wide).
 */
export async function cli(argv: string[], cwd: string, options: { tty?: boolean; plugins?: CliPlugins } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const stderrStream = { write: (s: string) => void (stderr += s), isTTY: options.tty ?? false, columns: 80 };
  const code = await runCli(
    argv,
    { cwd, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), stderrStream },
    options.plugins,
  );
  return { code, stdout, stderr };
}

/** Runs the program from its source through tsx, as a process: for what only a process shows (exit codes, real streams). */
export function runProgram(args: string[], options: Omit<SpawnSyncOptionsWithStringEncoding, 'encoding'> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [require.resolve('tsx/cli'), CLI_PROGRAM, ...args], { ...options, encoding: 'utf8' });
}
