/**
 * Values for the place at the cursor: level labels, durable-skill domains not yet used, O*NET names of the
 * list's own category not yet in the list, citation keys, a new cited statement, a new durable-skill domain.
 */
import { findNodeAtLocation } from 'jsonc-parser';
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { DURABLE_DOMAINS, JOB_ZONE_NAMES, levelInfo, LEVELS } from '../../../../../common/catalog/levels';
import { ONET_CATEGORY_NAMES, ONET_LIST_CATEGORY, onetNames, type OnetCategory } from '../../catalog/onet';
import type { FrameworkDocument, JSONPath } from '../../model';
import { presentNode, type CompletionContext } from './context';
import { citationKeyItems } from './citationKeys';
import { plainItem, snippetItem, valueItem } from './items';
import { citedStatementSnippet } from './snippets';

/** Value items for a value context. */
export function valueItems(doc: FrameworkDocument, ctx: CompletionContext): CompletionItem[] {
  const path = ctx.path;
  const at = (...pattern: (string | number | null)[]) =>
    path.length === pattern.length &&
    pattern.every((p, i) => (p === null ? true : p === '#' ? typeof path[i] === 'number' : p === path[i]));
  const inString = ctx.editedOffset !== undefined;

  if (at('framework', 'levels', null, 'label')) return levelLabels(doc, ctx, String(path[2]));
  if (at('durableSkills', '#', 'domain')) return durableDomains(doc, ctx);
  if (at('onetEnrichment', null, '#') && ONET_LIST_CATEGORY[String(path[1])]) {
    return onetItems(doc, ctx, ONET_LIST_CATEGORY[String(path[1])], presentValues(doc, ctx, path.slice(0, -1)));
  }
  if (at('evidencePack', 'safi', 'topSkill')) return onetItems(doc, ctx, 'skill', new Set());
  if (at('aiFluency', 'levels', null, '#', 'cites', '#') || at('durableSkills', '#', 'levels', null, '#', 'cites', '#')) {
    return citationKeyItems(doc, ctx, presentValues(doc, ctx, path.slice(0, -1)));
  }
  if (inString) return [];
  if (at('aiFluency', 'levels', null, '#') || at('durableSkills', '#', 'levels', null, '#')) {
    const snippet = `${ctx.leading}${citedStatementSnippet(path)}${ctx.trailing}`;
    return [
      snippetItem(doc, ctx, 'New cited statement', snippet, 0, { kind: CompletionItemKind.Snippet, detail: '{ "text": …, "cites": [] }' }),
    ];
  }
  if (at('durableSkills', '#')) return newDomains(doc, ctx);
  if (at('occupation', 'jobZone')) {
    return [1, 2, 3, 4, 5].map((zone) =>
      plainItem(doc, ctx, String(zone), `${ctx.leading}${zone}${ctx.trailing}`, zone, { detail: JOB_ZONE_NAMES[zone] }),
    );
  }
  return [];
}

/** The label of the level (only the right one: any other label is an error); all four under an unknown key. */
function levelLabels(doc: FrameworkDocument, ctx: CompletionContext, key: string): CompletionItem[] {
  const own = levelInfo(key);
  return (own ? [own] : LEVELS).map((level, index) =>
    valueItem(doc, ctx, level.label, index, { kind: CompletionItemKind.EnumMember, detail: level.subtitle, preselect: !!own }),
  );
}

/** Domain names not used by another entry, in NSX order. */
function durableDomains(doc: FrameworkDocument, ctx: CompletionContext): CompletionItem[] {
  const used = usedDomains(doc, ctx);
  return DURABLE_DOMAINS.filter((d) => !used.has(d)).map((domain, index) =>
    valueItem(doc, ctx, domain, index, { kind: CompletionItemKind.EnumMember, detail: 'Durable-skill domain' }),
  );
}

/** A whole new `durableSkills` entry for each domain not yet used, with a first Emerging statement. */
function newDomains(doc: FrameworkDocument, ctx: CompletionContext): CompletionItem[] {
  const used = usedDomains(doc, ctx);
  const statement = citedStatementSnippet(['durableSkills', 0, 'levels', 'emerging', 0]);
  return DURABLE_DOMAINS.filter((d) => !used.has(d)).map((domain, index) => {
    const snippet = `{\n\t"domain": "${domain}",\n\t"levels": {\n\t\t"emerging": [\n\t\t\t${statement}\n\t\t]\n\t}\n}`;
    return snippetItem(doc, ctx, domain, `${ctx.leading}${snippet}${ctx.trailing}`, index, {
      kind: CompletionItemKind.Snippet,
      detail: 'New durable-skill domain',
    });
  });
}

function usedDomains(doc: FrameworkDocument, ctx: CompletionContext): Set<string> {
  const used = new Set<string>();
  for (const entry of presentNode(ctx, ['durableSkills'])?.children ?? []) {
    const domain = findNodeAtLocation(entry, ['domain']);
    if (domain?.type === 'string' && domain.offset !== ctx.editedOffset) used.add(domain.value);
  }
  return used;
}

/** The names of one O*NET category, in catalog order, without those already listed. */
function onetItems(doc: FrameworkDocument, ctx: CompletionContext, category: OnetCategory, present: Set<string>): CompletionItem[] {
  return onetNames(category)
    .filter((name) => !present.has(name))
    .map((name, index) => valueItem(doc, ctx, name, index, { kind: CompletionItemKind.EnumMember, detail: ONET_CATEGORY_NAMES[category] }));
}

/** The string items of the list at `listPath`, except the one being typed. */
function presentValues(doc: FrameworkDocument, ctx: CompletionContext, listPath: JSONPath): Set<string> {
  const list = presentNode(ctx, listPath);
  const out = new Set<string>();
  if (list?.type !== 'array') return out;
  for (const item of list.children ?? []) if (item.type === 'string' && item.offset !== ctx.editedOffset) out.add(item.value);
  return out;
}
