/** Reading framework files from disk, bounded: by size, by number of files, and by reads in flight. */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { globLibraries } from '../languageService/util/lazyLibraries';

/** Folders never searched for frameworks (dependencies, version control, build output). */
export const IGNORED_FOLDERS = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**'];

/** The glob of framework files by name. */
export const FRAMEWORK_FILE_GLOB = '**/*.framework.{json,md}';

/** A framework file is tens of kilobytes; a file past this is no framework worth reading whole. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

/** Reads a UTF-8 file, refusing files larger than `maxBytes`; never throws. */
export async function readTextFile(file: string, maxBytes = MAX_FILE_BYTES): Promise<ReadResult> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, error: 'not a file' };
    if (info.size > maxBytes) return { ok: false, error: `larger than ${Math.round(maxBytes / 1024 / 1024)} MB` };
    return { ok: true, text: await readFile(file, 'utf8') };
  } catch (error) {
    return { ok: false, error: readError(error) };
  }
}

/**
 * {@link readTextFile} without the event loop: for the CLI, whose checks keep the one thread busy anyway
 * (a promise and a thread-pool round trip per stat and read cost more than a small file's read).
 */
export function readTextFileSync(file: string, maxBytes = MAX_FILE_BYTES): ReadResult {
  let fd: number | undefined;
  try {
    // Opened once and asked its size through the descriptor: the path is looked up once, not for a stat and again for the read.
    // Non-blocking, so a named pipe is reported as no file instead of waiting for a writer.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, error: 'not a file' };
    if (info.size > maxBytes) return { ok: false, error: `larger than ${Math.round(maxBytes / 1024 / 1024)} MB` };
    return { ok: true, text: readFileSync(fd, 'utf8') };
  } catch (error) {
    return { ok: false, error: readError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String((error as Error).message ?? error);
}

/** Absolute paths of the files under `folder` matching `patterns` (sorted), skipping {@link IGNORED_FOLDERS}, as tinyglobby finds them. */
export async function findFiles(folder: string, patterns: string | string[], maxFiles = Infinity): Promise<string[]> {
  const found = await globLibraries().glob(patterns, { cwd: folder, absolute: true, onlyFiles: true, ignore: IGNORED_FOLDERS, dot: false });
  return found.sort().slice(0, maxFiles);
}

/**
 * An absolute POSIX path already in its resolved form whose characters a file URI keeps as they are: segments
 * of letters, digits, `.`, `_` and `-` (pathToFileURL escapes even `~`), none starting with a dot (so no `.` or `..` segment), no empty one.
 */
export function isPlainPosixPath(file: string): boolean {
  return process.platform !== 'win32' && PLAIN_POSIX_PATH.test(file);
}
const PLAIN_POSIX_PATH = /^(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)+$/;

/** `pathToFileURL(file).toString()`, without building a URL for the usual path that needs no escaping. */
export function fileUri(file: string): string {
  return isPlainPosixPath(file) ? 'file://' + file : pathToFileURL(file).toString();
}

/**
 * Runs `fn` on every item with at most `concurrency` calls in flight, yielding the results in input order as
 * soon as each and all before it are done (so output streams while memory stays bounded by the window).
 */
export async function* mapBounded<T, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T, index: number) => Promise<R>,
): AsyncGenerator<R> {
  const pending = new Map<number, Promise<R>>();
  let next = 0;
  const start = () => {
    while (next < items.length && pending.size < concurrency) {
      const i = next++;
      pending.set(i, fn(items[i], i));
    }
  };
  start();
  for (let i = 0; i < items.length; i++) {
    const result = await pending.get(i)!;
    pending.delete(i);
    start();
    yield result;
  }
}
