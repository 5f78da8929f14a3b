/** Recognising a framework JSON file from its first keys, without parsing it: the server and the extension both ask. */
import { createScanner, SyntaxKind } from 'jsonc-parser';

/**
 * Whether the text's top-level object has `schemaVersion` and `framework` or `occupation` among the keys
 * in its first `prefix` characters: how a file we decline to parse is still recognised as a framework (and how
 * the client decides whether to show the preview button). Token by token, no tree, no recursion; it stops as
 * soon as the keys are found.
 */
export function hasFrameworkKeys(text: string, prefix = 65_536): boolean {
  const scanner = createScanner(text.length > prefix ? text.slice(0, prefix) : text, true);
  const keys = new Set<string>();
  let depth = 0;
  let lastString: string | undefined;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) depth++;
    else if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) depth--;
    else if (kind === SyntaxKind.ColonToken && depth === 1 && lastString !== undefined) {
      keys.add(lastString);
      if (keys.has('schemaVersion') && (keys.has('framework') || keys.has('occupation'))) return true;
    }
    lastString = kind === SyntaxKind.StringLiteral ? scanner.getTokenValue() : undefined;
  }
  return keys.has('schemaVersion') && (keys.has('framework') || keys.has('occupation'));
}
