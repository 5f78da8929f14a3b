/** Chooses the parser for a document: framework Markdown (`*.framework.md`) or JSON. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FrameworkDocument } from '../model';
import { parseJsonFramework, type ParseOptions } from './json';
import { parseMarkdownFramework } from './markdown';
import { reparseJson } from './incrementalJson';
import { DEFAULT_MAX_FILE_SIZE, declinedDocument, fileTooLargeNotice, hasFrameworkKeys } from '../limits';
import { matchesGlobs } from '../util/globs';
import { FRAMEWORK_JSON_LANGUAGE_ID } from '../languageId';

export function isMarkdownDocument(textDocument: TextDocument): boolean {
  return textDocument.languageId === 'markdown' || /\.md$/i.test(textDocument.uri);
}

/** Parses a document; with the model of its previous version, a JSON edit inside one string re-parses only that string. */
export function parseDocument(
  textDocument: TextDocument,
  options: ParseOptions & { maxFileSize?: number } = {},
  previous?: FrameworkDocument,
): FrameworkDocument {
  // A file beyond the size limit is not parsed at all: recognise it as a framework by name or by its first keys.
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const size = textDocument.getText().length;
  if (size > limit) {
    const markdown = isMarkdownDocument(textDocument);
    const isFramework = markdown
      ? /\.framework\.md$/i.test(textDocument.uri)
      : textDocument.languageId === FRAMEWORK_JSON_LANGUAGE_ID ||
        matchesGlobs(textDocument.uri, options.frameworkGlobs ?? []) ||
        hasFrameworkKeys(textDocument.getText());
    return declinedDocument(textDocument, markdown ? 'markdown' : 'json', isFramework, fileTooLargeNotice(textDocument, size, limit));
  }
  if (isMarkdownDocument(textDocument)) return parseMarkdownFramework(textDocument);
  return (previous && reparseJson(textDocument, previous)) || parseJsonFramework(textDocument, options);
}

export type { ParseOptions };
