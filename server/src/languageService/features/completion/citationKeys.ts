/**
 * Citation keys for a `cites` list: built-in and file-defined, filtered by what was typed against the key,
 * the chip label and the title (typing "Jadhav" finds `safi-2026`), with the title in the documentation.
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import type { FrameworkDocument } from '../../model';
import { escapeMarkdown, markdownLink } from '../../util/markdown';
import { citationChip, knownCitations, type CitationDetails } from '../citationInfo';
import type { CompletionContext } from './context';
import { valueItem } from './items';

/** Citation-key items, leaving out the keys already in the list (`present`). */
export function citationKeyItems(doc: FrameworkDocument, ctx: CompletionContext, present: ReadonlySet<string>): CompletionItem[] {
  const typed = ctx.prefix.trim().toLowerCase();
  const candidates = knownCitations(doc).filter((c) => !present.has(c.key) && matchesTyped(c, typed));
  // The editor filters by what was typed against each item's filter text; an item found by its label or
  // title would fail that test on its key, so each carries the typed text itself (the list is marked
  // incomplete, so every keystroke asks again and this filter, not the editor's, decides).
  const typedText = doc.textDocument.getText().slice(ctx.replace.start, ctx.offset);
  return candidates.map((c, index) =>
    valueItem(doc, ctx, c.key, index, {
      kind: CompletionItemKind.Reference,
      detail: citationChip(c),
      documentation: documentation(c),
      filterText: typed ? typedText : undefined,
    }),
  );
}

/** Whether the key contains the typed text, or every typed word starts a word of the key, label or title. */
function matchesTyped(c: CitationDetails, typed: string): boolean {
  if (!typed) return true;
  if (c.key.includes(typed)) return true;
  const haystack = `${c.key} ${c.label ?? ''} ${c.title ?? ''}`.toLowerCase();
  const words = haystack.split(/[^\p{L}\p{N}*]+/u).filter(Boolean);
  return typed.split(/\s+/).every((part) => words.some((word) => word.startsWith(part)));
}

function documentation(c: CitationDetails): string {
  const origin =
    c.origin === 'builtin'
      ? 'Built-in citation'
      : c.overridesBuiltin
        ? 'Defined in this file (overrides the built-in)'
        : 'Defined in this file';
  return [c.title && escapeMarkdown(c.title), c.url && markdownLink(c.url), c.license && `License: ${escapeMarkdown(c.license)}`, origin]
    .filter(Boolean)
    .join('\n\n');
}
