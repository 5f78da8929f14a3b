/**
 * `nsx-framework`: the editor's checks from the command line, for CI (bundled to `dist/cli.js`).
 * See `cli/args.ts` for the commands and options; exit codes 0 (no errors), 1 (errors), 2 (usage or I/O).
 */
import { runCli } from './cli/main';

// `nsx-framework lint . | head` closes the pipe early: that is no error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stderrStream: process.stderr,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`nsx-framework: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
