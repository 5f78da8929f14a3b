/**
 * Navigation on citation keys: go to definition (the entry in `citations`, or a read-only view of a
 * built-in citation), find all references, and rename a file-defined key across the file.
 */
import type { Location, Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import type { FrameworkDocument, OffsetRange } from '../../model';
import { builtinCitation, CITATION_KEY_PATTERN } from '../../catalog/citations';
import { citationKeyAt, definitionKeyNodes, isDefinedInFile, keyTextRange, useNodes } from './citationKeys';

export { builtinCitationDocument, builtinCitationUri, BUILTIN_CITATION_SCHEME, keyOfBuiltinCitationUri } from './builtinView';
import { builtinCitationUri } from './builtinView';

function toRange(doc: FrameworkDocument, r: OffsetRange): Range {
  return { start: doc.textDocument.positionAt(r.start), end: doc.textDocument.positionAt(r.end) };
}

const nodeRange = (doc: FrameworkDocument, n: { offset: number; length: number }): Range =>
  toRange(doc, { start: n.offset, end: n.offset + n.length });

/** Where the citation key at `position` is defined: in this file, else the built-in's read-only view. */
export function provideDefinition(doc: FrameworkDocument, position: Position): Location[] {
  const at = citationKeyAt(doc, doc.textDocument.offsetAt(position));
  if (!at) return [];
  const defined = definitionKeyNodes(doc, at.key);
  if (defined.length) {
    // The last definition is the one that counts, as in JSON.
    const last = defined[defined.length - 1];
    return [{ uri: doc.uri, range: nodeRange(doc, last) }];
  }
  if (builtinCitation(at.key)) {
    return [{ uri: builtinCitationUri(at.key), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }];
  }
  return [];
}

/** Every use of the citation key at `position` in `cites` lists, and its definitions when asked for. */
export function findReferences(doc: FrameworkDocument, position: Position, includeDeclaration = true): Location[] {
  const at = citationKeyAt(doc, doc.textDocument.offsetAt(position));
  if (!at) return [];
  const nodes = [...(includeDeclaration ? definitionKeyNodes(doc, at.key) : []), ...useNodes(doc, at.key)];
  return nodes.sort((a, b) => a.offset - b.offset).map((n) => ({ uri: doc.uri, range: nodeRange(doc, n) }));
}

export type PrepareRenameResult = { range: Range; placeholder: string } | { error: string } | undefined;

/** What rename would change at `position`: a file-defined citation key; an error for a built-in one; else nothing. */
export function prepareRename(doc: FrameworkDocument, position: Position): PrepareRenameResult {
  const at = citationKeyAt(doc, doc.textDocument.offsetAt(position));
  if (!at) return undefined;
  if (!isDefinedInFile(doc, at.key)) {
    return {
      error: builtinCitation(at.key)
        ? `"${at.key}" is a built-in citation: define it in "citations" to rename it in this file`
        : `"${at.key}" is not defined in "citations"`,
    };
  }
  return { range: toRange(doc, keyTextRange(doc, at.node)), placeholder: at.key };
}

export type RenameResult = { edit: WorkspaceEdit } | { error: string } | undefined;

/** Renames the file-defined citation key at `position`, its definition and every use, to `newName`. */
export function rename(doc: FrameworkDocument, position: Position, newName: string): RenameResult {
  const prepared = prepareRename(doc, position);
  if (!prepared || 'error' in prepared) return prepared;
  const oldKey = prepared.placeholder;
  if (newName === oldKey) return { edit: { changes: { [doc.uri]: [] } } };
  if (!CITATION_KEY_PATTERN.test(newName)) {
    return {
      error: `"${newName}" is not a citation key: use lowercase letters, digits, dots and hyphens, starting with a letter or digit`,
    };
  }
  if (isDefinedInFile(doc, newName)) return { error: `"${newName}" is already defined in "citations"` };
  if (builtinCitation(newName)) return { error: `"${newName}" is a built-in citation; choose another key` };
  const nodes = [...definitionKeyNodes(doc, oldKey), ...useNodes(doc, oldKey)].sort((a, b) => a.offset - b.offset);
  const edits = nodes.map((n) => ({ range: toRange(doc, keyTextRange(doc, n)), newText: newName }));
  return { edit: { changes: { [doc.uri]: edits } } };
}
