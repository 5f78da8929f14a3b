/** Chooses the parser for a document: framework Markdown (`*.framework.md`) or JSON. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FrameworkDocument } from '../model';
import { parseJsonFramework, type ParseOptions } from './json';
import { parseMarkdownFramework } from './markdown';
import { accelerate } from '../accel';
import { DEFAULT_MAX_FILE_SIZE, declinedDocument, fileTooLargeNotice, hasFrameworkKeys } from '../limits';
import { matchesGlobs } from '../util/globs';
import { FRAMEWORK_JSON_LANGUAGE_ID } from '../../../../common/languageId';

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
  // A full parse is the reference; an edit inside one string of clean JSON may be re-read from the previous tree.
  return (previous && accelerate('incrementalJson', { textDocument, previous })) ?? parseJsonFramework(textDocument, options);
}

export type { ParseOptions };
