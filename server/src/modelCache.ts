/**
 * Parsed documents, kept for the few documents in use: each version is parsed once and reused by every
 * request on it, but a model (tree, value, derived views) weighs many times its text, so with hundreds of
 * files open only the most recently used `maxEntries` stay parsed (as VS Code's JSON server does in
 * `languageModelCache.ts`). A document that is needed again is parsed again.
 *
 * The cache owns the re-parse of an edit in place: a new version is parsed from the cached model of the previous
 * one, which the cache drops in the same step and the language service refuses from then on, so no request can
 * read a tree that a later version has changed.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FrameworkDocument, LanguageService } from './languageService';

export class ModelCache {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  private readonly entries = new Map<string, FrameworkDocument>();

  constructor(
    private readonly service: Pick<LanguageService, 'parse' | 'parseNextVersion'>,
    private readonly maxEntries = 10,
  ) {}

  /** The model of this version of the document, parsed now if it is not cached. */
  get(textDocument: TextDocument): FrameworkDocument {
    const uri = textDocument.uri;
    const cached = this.entries.get(uri);
    this.entries.delete(uri);
    let doc: FrameworkDocument;
    if (cached && cached.version === textDocument.version && cached.textDocument === textDocument) doc = cached;
    else if (cached && cached.version < textDocument.version) doc = this.service.parseNextVersion(textDocument, cached);
    else doc = this.service.parse(textDocument);
    this.entries.set(uri, doc);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return doc;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
