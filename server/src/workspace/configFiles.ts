/**
 * Finds the `.nsxframework.json` in effect for a file, as markdownlint finds `.markdownlint.json`: from the file's
 * folder upward, the first one found wins (files are never merged), stopping at the workspace folder (the editor)
 * or at the filesystem root (the command line). Reads are synchronous and small, and cached per folder until the
 * server hears the file changed; an open editor's text wins over the disk's (parsed once per text).
 */
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { config as configCore, type LanguageServiceSettings } from '../languageService';
import { createFileDocument } from '../languageService/util/textDocument';
import { fileUri } from './files';

const { CONFIG_FILE_NAME, parseConfig, resolveRules } = configCore;
type NsxConfig = configCore.NsxConfig;

/** A configuration file larger than this is not read (a real one is a few hundred bytes). */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** The configuration in effect for a file, and its path. */
export interface FoundConfig {
  path: string;
  uri: string;
  /** Its text (the open editor's when open). */
  text: string;
  config: NsxConfig;
}

export interface ConfigFilesOptions {
  /** The text of the file when an editor has it open (it wins over the disk). */
  openText?: (uri: string) => string | undefined;
}

export class ConfigFiles {
  /** Folder → the text of its configuration file on disk, or null when it has none. */
  private readonly disk = new Map<string, string | null>();
  /** Configuration URI → the last parsed text and its result. */
  private readonly parsed = new Map<string, { text: string; config: NsxConfig }>();

  constructor(private readonly options: ConfigFilesOptions = {}) {}

  /**
   * The configuration for the file at `file` (an absolute path): the nearest `.nsxframework.json` from its folder up
   * to `stopAt` (included; the root when undefined). A file outside `stopAt` looks in its own folder only.
   */
  find(file: string, stopAt?: string): FoundConfig | undefined {
    let folder = path.dirname(file);
    const inside = stopAt === undefined || isWithin(folder, stopAt);
    for (;;) {
      const found = this.inFolder(folder);
      if (found) return found;
      const parent = path.dirname(folder);
      if (!inside || parent === folder || (stopAt !== undefined && samePath(folder, stopAt))) return undefined;
      folder = parent;
    }
  }

  /** The configuration at an explicit path (`--config FILE`): its text, or why it cannot be read. */
  load(file: string): FoundConfig | { error: string } {
    const text = readConfigText(file);
    if (typeof text !== 'string') return { error: text.error };
    return this.read(file, text);
  }

  /** Forgets what was read of the configuration file at `file` (it changed, was created or deleted). */
  invalidate(file: string): void {
    this.disk.delete(path.dirname(file));
  }

  /** Forgets everything read from disk. */
  clear(): void {
    this.disk.clear();
  }

  private inFolder(folder: string): FoundConfig | undefined {
    const file = path.join(folder, CONFIG_FILE_NAME);
    const open = this.options.openText?.(fileUri(file));
    if (open !== undefined) return this.read(file, open);
    let text = this.disk.get(folder);
    if (text === undefined) {
      const read = readConfigText(file);
      text = typeof read === 'string' ? read : read.missing ? null : '';
      this.disk.set(folder, text);
    }
    return text === null ? undefined : this.read(file, text);
  }

  /**
   * The configuration file at `file` with the text `text`, parsed once per text: the check of an open configuration
   * and the rules of the files under it read the same parse.
   */
  read(file: string, text: string): FoundConfig {
    const uri = fileUri(file);
    let entry = this.parsed.get(uri);
    if (!entry || entry.text !== text) {
      entry = { text, config: parseConfig(createFileDocument(uri, 'jsonc', 0, text)) };
      this.parsed.set(uri, entry);
    }
    return { path: file, uri, text, config: entry.config };
  }
}

/** The text of a configuration file, or why not (`missing` when there is no such file). */
function readConfigText(file: string): string | { error: string; missing: boolean } {
  try {
    const info = statSync(file);
    if (!info.isFile()) return { error: 'not a file', missing: true };
    if (info.size > MAX_CONFIG_BYTES) return { error: `larger than ${MAX_CONFIG_BYTES} bytes: not read`, missing: false };
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'no such file' : (error as Error).message, missing: code === 'ENOENT' || code === 'ENOTDIR' };
  }
}

function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

function isWithin(folder: string, ancestor: string): boolean {
  const rel = path.relative(ancestor, folder);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The absolute path of a `file:` URI, or undefined for other schemes. */
export function pathOfFileUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The settings callback the language service takes, for a configuration lookup. */
export function rulesLookup(find: (uri: string) => FoundConfig | undefined): NonNullable<LanguageServiceSettings['rulesFor']> {
  return (uri) => {
    const found = find(uri);
    return found ? resolveRules(found.config, uri) : undefined;
  };
}
