/**
 * Completion: what can be written at the cursor of a framework document — property keys with snippets,
 * level labels, O*NET names, citation keys, durable-skill domains.
 *
 * Two steps: a format-specific step finds *what* is being completed (a {@link CompletionContext}: a value
 * at a path, or a key of the object at a path, and the text to replace); the providers then work on the
 * context and the shared tree only, so they serve every format that can produce a context.
 */
import type { CompletionList, Position } from 'vscode-languageserver-types';
import type { FrameworkDocument } from '../../model';
import { jsonCompletionContext, type CompletionContext } from './context';
import { keyItems } from './keys';
import { valueItems } from './values';
import { provideMarkdownCompletion } from './markdown';

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

/** The completion list at a position (empty where nothing fits, and for files that are not frameworks). */
export function doComplete(doc: FrameworkDocument, position: Position): CompletionList {
  if (!doc.isFramework) return EMPTY;
  const offset = doc.textDocument.offsetAt(position);

  // The one format dispatch: Markdown has contexts of its own (`## `, `### `, `#### `, `[@`, front-matter lists).
  if (doc.format === 'markdown') {
    const items = provideMarkdownCompletion(doc, position) ?? [];
    return { isIncomplete: false, items };
  }
  const context: CompletionContext | undefined = doc.format === 'json' ? jsonCompletionContext(doc, offset) : undefined;
  if (!context) return EMPTY;

  const items = context.kind === 'key' ? keyItems(doc, context) : valueItems(doc, context);
  // A list filtered here (citation keys found by label or title) must be asked for again as the user types.
  const isIncomplete = context.kind === 'value' && context.path.includes('cites');
  return { isIncomplete, items };
}

export type { CompletionContext } from './context';
