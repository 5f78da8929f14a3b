/**
 * Property keys the schema knows for the object at the cursor, never one already present, each with a
 * snippet of its value: level keys in NSX order with a whole level skeleton, durable level keys, the
 * optional sections of the framework.
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { durableLevelInfo, levelInfo } from '../../../../../common/catalog/levels';
import { propertiesOf, type FrameworkDocument } from '../../model';
import { knownKeysAt, metaAt } from '../../schema/validate';
import { escapeMarkdown } from '../../util/markdown';
import { presentNode, type CompletionContext } from './context';
import { plainItem, snippetItem } from './items';
import { valueSnippet } from './snippets';

/** Key items for a key context. */
export function keyItems(doc: FrameworkDocument, ctx: CompletionContext): CompletionItem[] {
  const present = new Set(
    propertiesOf(presentNode(ctx, ctx.path))
      .map((p) => p.children![0])
      .filter((key) => key.offset !== ctx.editedOffset)
      .map((key) => String(key.value)),
  );
  const keys = knownKeysAt(ctx.path).filter((key) => !present.has(key));
  return keys.map((key, index) => {
    const path = [...ctx.path, key];
    const { detail, documentation } = describeKey(ctx, key);
    const options = { kind: CompletionItemKind.Property, detail, documentation, filterText: ctx.quote(key) };
    if (ctx.keyOnly) return plainItem(doc, ctx, key, ctx.quote(key), index, options);
    const snippet = `${ctx.quote(key)}: ${valueSnippet(path)}${ctx.trailing}`;
    return snippetItem(doc, ctx, key, snippet, index, options);
  });
}

function describeKey(ctx: CompletionContext, key: string): { detail?: string; documentation?: string } {
  const [section, second] = ctx.path;
  if (ctx.path.length === 2 && second === 'levels' && (section === 'framework' || section === 'aiFluency')) {
    const level = levelInfo(key);
    if (level) return { detail: `${level.label} — ${level.subtitle}` };
  }
  if (section === 'durableSkills' && ctx.path.length === 3 && ctx.path[2] === 'levels') {
    const level = durableLevelInfo(key);
    if (level) return { detail: `${level.label} · durable-skill level` };
  }
  const meta = metaAt([...ctx.path, key]);
  if (!meta) return {};
  const expect = `${meta.expect.charAt(0).toUpperCase()}${meta.expect.slice(1)}.`;
  return { detail: meta.title, documentation: escapeMarkdown(meta.description ? `${expect} ${meta.description}` : expect) };
}
