/**
 * Keeps the workspace's framework index up to date for the server: scans the workspace folders once (bounded),
 * then follows file events (`workspace/didChangeWatchedFiles`) and open documents (whose text wins over the disk).
 */
import { fileURLToPath } from 'node:url';
import { FileChangeType, type FileEvent } from 'vscode-languageserver';
import { createFileDocument } from '../languageService/util/textDocument';
import { FrameworkIndex, frameworkEntryOf, type FrameworkDocument, type LanguageService } from '../languageService';
import { FRAMEWORK_FILE_GLOB, fileUri, findFiles, mapBounded, readTextFile } from './files';

/** At most this many files are indexed per folder, read this many at a time. */
const MAX_FILES_PER_FOLDER = 5000;
const READS_IN_FLIGHT = 8;

export class WorkspaceIndexer {
  readonly index = new FrameworkIndex();
  private readonly open = new Set<string>();

  constructor(
    private readonly service: LanguageService,
    private readonly log: (message: string) => void,
  ) {}

  /**
   * Indexes every `*.framework.{json,md}` file of the folders, and the files matching `extraGlobs` (the user's
   * `nsxFramework.files`); returns whether any entry changed.
   */
  async scanFolders(folderUris: readonly string[], extraGlobs: readonly string[] = []): Promise<boolean> {
    let changed = false;
    for (const folderUri of folderUris) {
      if (!folderUri.startsWith('file:')) continue;
      const globs = [FRAMEWORK_FILE_GLOB, ...extraGlobs.map((g) => g.replace(/^\/+/, ''))];
      const files = await findFiles(fileURLToPath(folderUri), globs, MAX_FILES_PER_FOLDER);
      if (files.length === MAX_FILES_PER_FOLDER) this.log(`Indexed only the first ${MAX_FILES_PER_FOLDER} framework files of ${folderUri}.`);
      for await (const c of mapBounded(files, READS_IN_FLIGHT, (file) => this.refreshFromDisk(fileUri(file)))) changed ||= c;
    }
    return changed;
  }

  /** Applies file events; returns whether any entry changed (so open documents need checking again). */
  async applyFileEvents(events: readonly FileEvent[]): Promise<boolean> {
    let changed = false;
    for (const event of events) {
      if (this.open.has(event.uri)) continue; // the editor's text is newer than the disk's
      changed = (event.type === FileChangeType.Deleted ? this.index.set(event.uri, undefined) : await this.refreshFromDisk(event.uri)) || changed;
    }
    return changed;
  }

  /** Indexes an open document's current text; returns whether its entry changed. */
  updateOpen(doc: FrameworkDocument): boolean {
    this.open.add(doc.uri);
    return this.index.set(doc.uri, frameworkEntryOf(doc));
  }

  /** A document was closed: the file on disk (maybe unsaved changes discarded) is the truth again. */
  async closeOpen(uri: string): Promise<boolean> {
    this.open.delete(uri);
    return this.refreshFromDisk(uri);
  }

  private async refreshFromDisk(uri: string): Promise<boolean> {
    if (!uri.startsWith('file:') || this.open.has(uri)) return false;
    const read = await readTextFile(fileURLToPath(uri));
    if (!read.ok || this.open.has(uri)) return read.ok ? false : this.index.set(uri, undefined);
    const languageId = /\.md$/i.test(uri) ? 'markdown' : 'json';
    const doc = this.service.parse(createFileDocument(uri, languageId, 0, read.text));
    return this.index.set(uri, frameworkEntryOf(doc));
  }
}
