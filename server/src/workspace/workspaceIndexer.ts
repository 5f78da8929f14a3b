/**
 * Keeps the workspace's framework index up to date for the server: scans the workspace folders once (bounded),
 * then follows file events (`workspace/didChangeWatchedFiles`) and open documents (whose text wins over the disk).
 */
import { fileURLToPath } from 'node:url';
import { FileChangeType, type FileEvent } from 'vscode-languageserver';
import { createFileDocument } from '../languageService/util/textDocument';
import { FrameworkIndex, frameworkEntryOf, type FrameworkDocument, type LanguageService } from '../languageService';
import { FRAMEWORK_FILE_GLOB, fileUri, findFiles, mapBounded, readTextFile, type ReadResult } from './files';

/** At most this many files are indexed per folder, read this many at a time. */
const MAX_FILES_PER_FOLDER = 5000;
const READS_IN_FLIGHT = 8;

export class WorkspaceIndexer {
  readonly index = new FrameworkIndex();
  private readonly open = new Set<string>();
  /**
   * Per file, a count of the events seen (open, edit, close, created, changed, deleted; the scan's listing): a read
   * from disk applies only when no event came after it started. A read may answer after a later event (the close of
   * a file and its delete arrive together), and must not bring back a file that is gone.
   */
  private readonly generations = new Map<string, number>();

  /** `readFile` reads a file from disk (a test passes one whose reads answer late). */
  constructor(
    private readonly service: LanguageService,
    private readonly log: (message: string) => void,
    private readonly readFile: (file: string) => Promise<ReadResult> = readTextFile,
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
      if (files.length === MAX_FILES_PER_FOLDER)
        this.log(`Indexed only the first ${MAX_FILES_PER_FOLDER} framework files of ${folderUri}.`);
      // The listing is the scan's event for each file: any event after it (a delete during the scan) wins over its read.
      const listed = files.map((file) => {
        const uri = fileUri(file);
        return { uri, generation: this.generation(uri) };
      });
      for await (const c of mapBounded(listed, READS_IN_FLIGHT, ({ uri, generation }) => this.refreshFromDisk(uri, generation)))
        changed ||= c;
    }
    return changed;
  }

  /** Applies file events; returns whether any entry changed (so open documents need checking again). */
  async applyFileEvents(events: readonly FileEvent[]): Promise<boolean> {
    // Every event voids the reads before it at once, in the order the events came; the reads they need run after.
    const reads: { uri: string; generation: number }[] = [];
    let changed = false;
    for (const event of events) {
      if (this.open.has(event.uri)) continue; // the editor's text is newer than the disk's
      const generation = this.nextGeneration(event.uri);
      if (event.type === FileChangeType.Deleted) changed = this.index.set(event.uri, undefined) || changed;
      else reads.push({ uri: event.uri, generation });
    }
    for await (const c of mapBounded(reads, READS_IN_FLIGHT, ({ uri, generation }) => this.refreshFromDisk(uri, generation))) changed ||= c;
    return changed;
  }

  /** Indexes an open document's current text; returns whether its entry changed. */
  updateOpen(doc: FrameworkDocument): boolean {
    this.open.add(doc.uri);
    this.nextGeneration(doc.uri);
    return this.index.set(doc.uri, frameworkEntryOf(doc));
  }

  /** A document was closed: the file on disk (maybe unsaved changes discarded) is the truth again. */
  async closeOpen(uri: string): Promise<boolean> {
    this.open.delete(uri);
    return this.refreshFromDisk(uri, this.nextGeneration(uri));
  }

  private generation(uri: string): number {
    return this.generations.get(uri) ?? 0;
  }

  private nextGeneration(uri: string): number {
    const next = this.generation(uri) + 1;
    this.generations.set(uri, next);
    return next;
  }

  /** Reads the file for the event numbered `generation`; applies what it read only when no event came since. */
  private async refreshFromDisk(uri: string, generation: number): Promise<boolean> {
    if (!uri.startsWith('file:') || this.open.has(uri)) return false;
    const read = await this.readFile(fileURLToPath(uri));
    if (this.generation(uri) !== generation || this.open.has(uri)) return false;
    if (!read.ok) return this.index.set(uri, undefined);
    const languageId = /\.md$/i.test(uri) ? 'markdown' : 'json';
    const doc = this.service.parse(createFileDocument(uri, languageId, 0, read.text));
    return this.index.set(uri, frameworkEntryOf(doc));
  }
}
