/** Where the CLI reads and writes, and how it names files to the user. */
import * as path from 'node:path';
import { isPlainPosixPath } from '../workspace/files';

/** Where the CLI reads and writes; the real process in `cli.ts`, buffers in tests. */
export interface CliIo {
  cwd: string;
  stdout(s: string): void;
  stderr(s: string): void;
  /** Standard error as a stream, to know whether it is a terminal (for the progress bar). */
  stderrStream: { write(s: string): void; isTTY?: boolean; columns?: number };
}

/** The path as the user will click it: relative to the working directory when inside it. */
export function displayPath(file: string, cwd: string): string {
  // Both plain absolute paths, the file under the folder: the rest of its path is what path.relative gives.
  const rel =
    isPlainPosixPath(file) && isPlainPosixPath(cwd) && file.startsWith(cwd + '/') ? file.slice(cwd.length + 1) : path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
