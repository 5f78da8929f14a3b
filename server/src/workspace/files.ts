/** Reading framework files from disk, bounded: by size, by number of files, and by reads in flight. */
import { closeSync, constants, fstatSync, openSync, readFileSync, type Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { alternativeSource, simpleNameAlternatives } from '../languageService/util/globs';
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

/**
 * Absolute paths of the files under `folder` matching `patterns` (sorted), skipping {@link IGNORED_FOLDERS}: as
 * tinyglobby finds them (`dot: false`, links followed), by a walk of our own for globs `**\/<name>` (which spares
 * loading tinyglobby, fdir and picomatch, ~15 ms of the CLI's start), by tinyglobby for any other.
 */
export async function findFiles(folder: string, patterns: string | string[], maxFiles = Infinity): Promise<string[]> {
  const walkable = walkablePatterns(patterns);
  const found = walkable
    ? await walk(folder, walkable)
    : await globLibraries().glob(patterns, { cwd: folder, absolute: true, onlyFiles: true, ignore: IGNORED_FOLDERS, dot: false });
  return found.sort().slice(0, maxFiles);
}

/** A glob `**\/<name>` as tinyglobby reads it. */
interface NameGlob {
  /** picomatch's expression for the name, which a `*` at the start keeps from a leading `.` or line break (`(?=.)`). */
  name: RegExp;
  /** tinyglobby appends `/**` to a glob that does not end in `*` (`expandDirectories`): a folder so named takes every file below it. */
  expands: boolean;
  /** The glob as tinyglobby passes it to picomatch, which takes a path equal to it whatever it says. */
  glob: string;
}

/** The globs as {@link walk} takes them, when every one is `**\/` then a simple name (util/globs.ts); else undefined. */
export function walkablePatterns(patterns: string | readonly string[]): NameGlob[] | undefined {
  const globs: NameGlob[] = [];
  for (const pattern of typeof patterns === 'string' ? [patterns] : patterns) {
    const alternatives = pattern.startsWith('**/') ? simpleNameAlternatives(pattern.slice(3)) : undefined;
    if (!alternatives) return undefined;
    const expands = !pattern.endsWith('*');
    const source = alternatives.map((a) => (a[0] === '*' ? '(?!\\.)(?=.)' : '') + alternativeSource(a)).join('|');
    globs.push({ name: new RegExp(`^(?:${source})$`), expands, glob: expands ? pattern + '/**' : pattern });
  }
  return globs.length ? globs : undefined;
}

/** Names of {@link IGNORED_FOLDERS}. */
const IGNORED_NAMES = new Set(IGNORED_FOLDERS.map((g) => g.slice(3, -3)));
/** Line breaks: picomatch's `**` is made of `.`, which matches none of them. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** Whether `**` (picomatch, `dot: false`) crosses a segment so named. */
const crossable = (name: string) => name[0] !== '.' && !LINE_BREAK.test(name);

/**
 * tinyglobby's answer for the globs, from a walk of our own (unsorted). Which file matches follows from picomatch's
 * expressions for `**\/<name>(/**)` and the ignore globs `**\/<folder>/**`: the segments before the one that matches
 * the name, and those after it, must be crossable; so nothing is found below a folder starting with `.`, which is not
 * entered. What fdir, the walker under tinyglobby, does is followed too: a folder at the top that `**` cannot cross is
 * not entered (nor, then, a matching one below it); a link to a folder is walked under the link's own path unless an
 * enclosing link's target and its target begin one with the other (its test for loops, which lets a loop be walked
 * once), any other link counts as a file; links that cannot be resolved and folders that cannot be read are skipped.
 */
async function walk(folder: string, globs: readonly NameGlob[]): Promise<string[]> {
  // tinyglobby's paths have forward slashes (and so a backslash in a POSIX folder name splits it there too).
  const root = path.resolve(folder).replace(/\\/g, '/');
  const base = root.endsWith('/') ? root : root + '/';
  const found: string[] = [];
  const linkTargets = new Map<string, string>();

  // fdir's loop test: whether an enclosing link's target and this one's begin one with the other (as strings).
  const isLoop = (link: string, target: string): boolean => {
    let loop = false;
    for (let parent = path.dirname(link); parent !== root && parent !== path.dirname(parent) && !loop; parent = path.dirname(parent)) {
      const enclosing = linkTargets.get(parent);
      loop = enclosing !== undefined && (enclosing.startsWith(target) || target.startsWith(enclosing));
    }
    linkTargets.set(link, target);
    return loop;
  };

  const file = (dir: string, name: string, clean: boolean, under: boolean) => {
    const full = dir + name;
    if (clean && IGNORED_NAMES.has(name)) return;
    if ((clean && globs.some((g) => g.name.test(name))) || (under && crossable(name)) || globs.some((g) => full.slice(base.length) === g.glob)) found.push(full);
  };

  // `clean`: every segment from the root to `dir` is crossable; `under`: one matched an expanding glob (after crossable ones) and those after it are crossable.
  const visit = async (dir: string, real: string, clean: boolean, under: boolean): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(real, { withFileTypes: true });
    } catch {
      return;
    }
    // A folder fdir enters (tinyglobby excludes one `**` cannot cross at the top, and one the ignore globs match),
    // while something below it can still match: its path is crossable, or below a matching folder.
    const enter = (name: string, target: string) => {
      const crosses = crossable(name);
      if ((dir === base && !crosses) || (clean && IGNORED_NAMES.has(name))) return undefined;
      const below = (clean && globs.some((g) => g.expands && g.name.test(name))) || (under && crosses);
      return (clean && crosses) || below ? visit(dir + name + '/', target, clean && crosses, below) : undefined;
    };
    const pending: (Promise<void> | undefined)[] = [];
    for (const entry of entries) {
      if (entry.isFile()) file(dir, entry.name, clean, under);
      else if (entry.isDirectory()) pending.push(enter(entry.name, dir + entry.name));
      else if (entry.isSymbolicLink()) {
        const link = dir + entry.name;
        pending.push(
          resolveLink(link).then((target) => {
            if (!target) return;
            if (!target.isDirectory) file(dir, entry.name, clean, under);
            else if (!isLoop(link, target.path)) return enter(entry.name, target.path);
          }),
        );
      }
    }
    await Promise.all(pending);
  };
  await visit(base, base, true, false);
  return found;
}

/**
 * A link's target: its real path and whether it is a folder; undefined when it cannot be resolved. The native
 * `realpath`, not the `fs.realpath` fdir uses: that one reads the result of whichever stat ran last in the process, and
 * when that was of a named pipe or socket it returns a path half resolved, so that tinyglobby's answer for a tree
 * holding one varies from run to run; otherwise the two agree.
 */
async function resolveLink(link: string): Promise<{ path: string; isDirectory: boolean } | undefined> {
  try {
    const target = await realpath(link);
    return { path: target, isDirectory: (await stat(target)).isDirectory() };
  } catch {
    return undefined;
  }
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
export async function* mapBounded<T, R>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<R>): AsyncGenerator<R> {
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
