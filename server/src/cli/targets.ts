/**
 * Which files `lint` checks. A file named on the command line is always checked; a directory is searched for
 * `*.framework.{json,md}` files and for JSON files whose content turns out to be a framework; a glob works as a
 * directory search limited to its matches. Each file appears once, in a stable order.
 */
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { globLibraries } from '../languageService/util/lazyLibraries';
import { findFiles } from '../workspace/files';
import { oneLine } from './report';

export interface LintTarget {
  /** Absolute path. */
  file: string;
  /** Named explicitly (checked whatever it holds), or found by a search (checked when it is a framework). */
  explicit: boolean;
}

export interface Targets {
  files: LintTarget[];
  /** Arguments that named nothing (missing file, empty glob): an I/O error each. */
  problems: string[];
}

/** `*.framework.json` / `*.framework.md` are frameworks by name; other JSON files are by content. */
export const SEARCH_GLOBS = ['**/*.framework.md', '**/*.json'];

export async function resolveTargets(args: readonly string[], cwd: string): Promise<Targets> {
  const seen = new Map<string, LintTarget>();
  const problems: string[] = [];
  const add = (file: string, explicit: boolean) => {
    const existing = seen.get(file);
    if (existing) existing.explicit ||= explicit;
    else seen.set(file, { file, explicit });
  };
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    const info = await stat(abs).catch(() => undefined);
    try {
      if (info?.isFile()) {
        add(abs, true);
      } else if (info?.isDirectory()) {
        const found = await findFiles(abs, SEARCH_GLOBS);
        if (!found.length) problems.push(`${arg}: no JSON or framework Markdown files in this directory`);
        for (const f of found) add(f, false);
      } else if (globLibraries().isDynamicPattern(arg)) {
        // Neither a file nor a folder: only here does the CLI load the glob libraries, to tell a glob.
        const found = (await findFiles(cwd, arg.replace(/\\/g, '/'))).filter((f) => /\.(json|md)$/i.test(f));
        if (!found.length) problems.push(`${arg}: no files match this pattern`);
        for (const f of found) add(f, false);
      } else {
        problems.push(`${arg}: no such file or directory`);
      }
    } catch (error) {
      // The search failed (a folder that cannot be read, a pattern the glob library rejects, no glob library): one plain line.
      problems.push(`${arg}: cannot be searched: ${oneLine(error instanceof Error ? error.message : String(error))}`);
    }
  }
  return { files: [...seen.values()], problems };
}
