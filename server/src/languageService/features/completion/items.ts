/** Building completion items from a context: every item replaces the same range and is written the same way. */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import type { FrameworkDocument } from '../../model';
import type { CompletionContext } from './context';

export interface ItemOptions {
  detail?: string;
  /** Markdown shown beside the list. */
  documentation?: string;
  kind?: CompletionItemKind;
  /** Text the editor matches what was typed against (defaults to the written text). */
  filterText?: string;
  preselect?: boolean;
}

/** Sort keys that keep the order the items were made in. */
export const sortKey = (index: number): string => String(index).padStart(4, '0');

/** An item that writes the string `value` (quoted as the document's syntax wants). */
export function valueItem(
  doc: FrameworkDocument,
  ctx: CompletionContext,
  value: string,
  index: number,
  options: ItemOptions = {},
): CompletionItem {
  const written = ctx.quote(value);
  return plainItem(doc, ctx, value, `${ctx.leading}${written}${ctx.trailing}`, index, { filterText: written, ...options });
}

/** An item that writes `text` as is. */
export function plainItem(
  doc: FrameworkDocument,
  ctx: CompletionContext,
  label: string,
  text: string,
  index: number,
  options: ItemOptions = {},
): CompletionItem {
  return {
    label,
    kind: options.kind ?? CompletionItemKind.Value,
    detail: options.detail,
    documentation: options.documentation ? { kind: MarkupKind.Markdown, value: options.documentation } : undefined,
    sortText: sortKey(index),
    filterText: options.filterText ?? text,
    preselect: options.preselect || undefined,
    textEdit: { range: rangeOf(doc, ctx), newText: text },
    insertTextFormat: InsertTextFormat.PlainText,
  };
}

/** An item that writes a snippet (with `$1` tab stops); `text` is already escaped for snippets. */
export function snippetItem(
  doc: FrameworkDocument,
  ctx: CompletionContext,
  label: string,
  snippet: string,
  index: number,
  options: ItemOptions = {},
): CompletionItem {
  return {
    ...plainItem(doc, ctx, label, snippet, index, options),
    insertTextFormat: InsertTextFormat.Snippet,
    filterText: options.filterText ?? label,
  };
}

function rangeOf(doc: FrameworkDocument, ctx: CompletionContext) {
  return { start: doc.textDocument.positionAt(ctx.replace.start), end: doc.textDocument.positionAt(ctx.replace.end) };
}

/** Escapes literal text for a snippet (`$`, `}` and `\` would otherwise be snippet syntax). */
export function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}
