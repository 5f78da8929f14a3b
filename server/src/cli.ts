/**
 * `nsx-framework`: the editor's checks from the command line, for CI (bundled to `dist/cli.js`).
 * See `cli/args.ts` for the commands and options; exit codes 0 (clean or warnings only), 1 (errors, or refused), 2 (usage,
 * I/O or internal error).
 */
import { runCli } from './cli/main';
import { oneLine } from './cli/report';

/** Ends the run with one plain line on standard error and exit code 2: never a stack. */
const fail = (what: string, error: unknown): never => {
  process.stderr.write(`nsx-framework: ${what}: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
  process.exit(2);
};

// `nsx-framework lint . | head` closes the pipe early: that is no error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  fail('cannot write to standard output', error);
});
// runCli turns every error of a run into a message; these catch whatever escapes it (a stream, a timer).
process.on('uncaughtException', (error) => fail('internal error', error));
process.on('unhandledRejection', (error) => fail('internal error', error));

// Standard output that is no terminal (a pipe, a file) gets the report in large writes: a write per file
// cost more than checking some files. A terminal gets each file's findings at once, and anything written
// to standard error first lets the report out, so the two keep their order when they go to one place.
const FLUSH_AT = 1 << 16;
let pending = '';
const flush = () => {
  if (!pending) return;
  process.stdout.write(pending);
  pending = '';
};

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (s) => {
    if (process.stdout.isTTY) return void process.stdout.write(s);
    pending += s;
    if (pending.length >= FLUSH_AT) flush();
  },
  stderr: (s) => {
    flush();
    process.stderr.write(s);
  },
  stderrStream: process.stderr,
}).then(
  (code) => {
    flush();
    process.exitCode = code;
  },
  (error: unknown) => {
    flush();
    process.stderr.write(`nsx-framework: internal error: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 2;
  },
);
