/**
 * What is being completed at the cursor, independent of how it will be written: a value at a path, or a
 * property key in the object at a path, with the text to replace. Found here for JSON, including text that
 * does not parse yet (`"label": "Emer|`, an unterminated string, a list missing its closing bracket).
 */
import { findNodeAtLocation, parseTree, type JSONPath } from 'jsonc-parser';
import type { FrameworkDocument, OffsetRange, SourceNode } from '../../model';
import { locationAt } from './locate';

export interface CompletionContext {
  /** A value at `path`, or a property key of the object at `path`. */
  kind: 'value' | 'key';
  /** For a value: its path (`[..., "cites", 1]`). For a key: the path of the object that holds it. */
  path: JSONPath;
  /** The cursor's offset. */
  offset: number;
  /** The text the chosen item replaces: the string being typed (quotes included), or an empty range. */
  replace: OffsetRange;
  /** What has been typed of the string so far, without its quote. */
  prefix: string;
  /** The source offset of the node being typed, so providers do not count it as already present. */
  editedOffset?: number;
  /** Text to write before an item (a space right after a colon). */
  leading: string;
  /** Text to write after an item (a comma when another item or property follows). */
  trailing: string;
  /** For a key: a colon already follows it, so only the key is written. */
  keyOnly: boolean;
  /** Writes a string value in the document's syntax (a JSON string literal). */
  quote(text: string): string;
  /**
   * The tree to read what is already present from: the document's, or — while a string is unterminated and
   * the parser lost the rest of its object — the tree of the text without that string.
   */
  root: SourceNode | undefined;
}

/** The node at `path` in the context's tree. */
export function presentNode(ctx: CompletionContext, path: JSONPath): SourceNode | undefined {
  return ctx.root ? findNodeAtLocation(ctx.root, path) : undefined;
}

/** The completion context at `offset` in a JSON document, or undefined where nothing can be completed. */
export function jsonCompletionContext(doc: FrameworkDocument, offset: number): CompletionContext | undefined {
  // A file the limits declined (too large, nested too deep) is not read here either: jsonc-parser's
  // `getLocation` and `parseTree` recurse once per level and overflow the stack on thousands of brackets.
  if (!doc.root && doc.syntaxDiagnostics.some((d) => d.code === 'nesting-too-deep' || d.code === 'file-too-large')) return undefined;
  const text = doc.textDocument.getText();
  const location = locationAt(doc, offset);
  const previous = location.previousNode;
  let replace: OffsetRange = { start: offset, end: offset };
  let prefix = '';
  let editedOffset: number | undefined;
  let root = doc.root;

  if (previous && previous.offset < offset) {
    const end = previous.offset + previous.length;
    const isText = previous.type === 'string' || previous.type === 'property';
    const closed = isText && previous.length >= 2 && text[end - 1] === '"';
    const inside = offset < end || (isText && !closed && offset === end);
    if (!inside) {
      // Right after a complete value (`"a": 1 |`): a comma must come first; nothing to offer.
      if (!location.isAtPropertyKey) return undefined;
    } else {
      if (!isText) return undefined; // inside a number or a keyword
      replace = { start: previous.offset, end: closed ? end : offset };
      prefix = text.slice(previous.offset + 1, offset);
      editedOffset = previous.offset;
      if (!closed) root = parseTree(text.slice(0, previous.offset) + text.slice(end), [], { allowTrailingComma: true });
    }
  }

  if (editedOffset === undefined) {
    // A word typed without its quotes (`"label": Emer|`) is replaced by the quoted value or key.
    const word = /[\p{L}\p{N}_*.-]+$/u.exec(text.slice(Math.max(0, offset - 100), offset));
    if (word) {
      replace = { start: offset - word[0].length, end: offset };
      prefix = word[0];
    }
  }

  const after = nextSignificant(text, replace.end);
  const kind = location.isAtPropertyKey ? 'key' : 'value';
  const keyOnly = kind === 'key' && after === ':';
  const followed = after !== undefined && /["{[\w-]/.test(after);
  return {
    kind,
    offset,
    path: kind === 'key' ? location.path.slice(0, -1) : location.path,
    replace,
    prefix,
    editedOffset,
    leading: text[replace.start - 1] === ':' ? ' ' : '',
    trailing: !keyOnly && followed ? ',' : '',
    keyOnly,
    quote: (value) => JSON.stringify(value),
    root,
  };
}

/** The first character at or after `offset` that is not white space. */
function nextSignificant(text: string, offset: number): string | undefined {
  const m = /\S/.exec(text.slice(offset, offset + 200));
  return m?.[0];
}
