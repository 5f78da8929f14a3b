/** The `nsx-framework` command line: parses the arguments and runs `lint` or `convert`; returns the exit code. */
import { version } from '../../../package.json';
import { lintFiles } from './lint';
import { convertFile } from './convert';
import { parseArgs, USAGE, UsageError } from './args';
import * as defaultPlugins from './plugins';
import type { ConvertFn, FixAllFn } from './plugins';
import { resolveTargets } from './targets';
import type { CliIo } from './io';
import { oneLine } from './report';

export type { CliIo } from './io';

export interface CliPlugins {
  fixAll?: FixAllFn;
  convertFramework?: ConvertFn;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export async function runCli(argv: readonly string[], io: CliIo, plugins: CliPlugins = defaultPlugins): Promise<number> {
  try {
    const command = parseArgs(argv);
    switch (command.kind) {
      case 'help':
        io.stdout(USAGE + '\n');
        return EXIT_OK;
      case 'version':
        io.stdout(`${version}\n`);
        return EXIT_OK;
      case 'lint': {
        if (command.fix && !plugins.fixAll) throw new UsageError('--fix is not available in this build');
        const { files, problems } = await resolveTargets(command.targets, io.cwd);
        for (const p of problems) io.stderr(`${p}\n`);
        if (problems.length && !files.length) return EXIT_USAGE;
        const code = await lintFiles(files, { ...command, fixAll: command.fix ? plugins.fixAll : undefined }, io);
        return problems.length ? EXIT_USAGE : code;
      }
      case 'convert':
        if (!plugins.convertFramework) throw new UsageError('convert is not available in this build');
        return await convertFile(command, plugins.convertFramework, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`nsx-framework: ${error.message}\nRun "nsx-framework --help" for usage.\n`);
      return EXIT_USAGE;
    }
    // A fault of ours, not of the input: one plain line (a stack means nothing to an author or a CI log).
    io.stderr(`nsx-framework: internal error: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT_USAGE;
  }
}
