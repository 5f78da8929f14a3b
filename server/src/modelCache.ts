/**
 * Parsed documents, kept for the few documents in use: each version is parsed once and reused by every
 * request on it, but a model (tree, value, derived views) weighs many times its text, so with hundreds of
 * files open only the most recently used `maxEntries` stay parsed (as VS Code's JSON server does in
 * `languageModelCache.ts`). A document that is needed again is parsed again, in about a millisecond
 * for a usual framework.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FrameworkDocument } from './languageService';

export class ModelCache {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  private readonly entries = new Map<string, FrameworkDocument>();

  constructor(
    /** Parses a version; gets the model of an earlier version of the document when one is cached. */
    private readonly parse: (textDocument: TextDocument, previous?: FrameworkDocument) => FrameworkDocument,
    private readonly maxEntries = 10,
  ) {}

  /** The model of this version of the document, parsed now if it is not cached. */
  get(textDocument: TextDocument): FrameworkDocument {
    const uri = textDocument.uri;
    let doc = this.entries.get(uri);
    if (doc && doc.version === textDocument.version && doc.textDocument === textDocument) {
      this.entries.delete(uri);
    } else {
      doc = this.parse(textDocument, doc && doc.version < textDocument.version ? doc : undefined);
    }
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
