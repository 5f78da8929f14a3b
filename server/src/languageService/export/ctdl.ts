/**
 * A framework value → Credential Engine CTDL-ASN (JSON-LD): one `ceasn:CompetencyFramework` and one
 * `ceasn:Competency` per level, section, durable-skill domain and statement, in an `@graph`. Every `ceterms:ctid` is
 * `ce-` and the same UUID as the CASE export gives the node. Pure and reproducible, like the CASE export.
 */
import { buildTree, CC_BY_URL, exportDateTime, frameworkFacts, isCcBy, NODE_TYPE_NAMES, uriMaker, type ExportNode } from './tree';
import type { ExportOptions } from './case';

/** The JSON-LD context of the Credential Registry's CTDL-ASN terms. */
export const CTDL_ASN_CONTEXT = 'https://credreg.net/ctdlasn/schema/context/json';
const LANG = 'en-US';

type Json = Record<string, unknown>;

/** The CTDL-ASN JSON-LD document of a framework value. */
export function toCtdlAsn(value: unknown, options: ExportOptions = {}): Json {
  const tree = buildTree(value);
  const facts = frameworkFacts(value);
  const uri = uriMaker(options.baseUri);
  const frameworkUri = uri(tree.id);
  const description = [facts.description, facts.contextCovered].filter((s) => !!s).join('\n\n');
  const framework: Json = {
    '@id': frameworkUri,
    '@type': 'ceasn:CompetencyFramework',
    'ceterms:ctid': `ce-${tree.id}`,
    'ceasn:name': { [LANG]: tree.title },
    ...(description ? { 'ceasn:description': { [LANG]: description } } : {}),
    'ceasn:inLanguage': [LANG],
    'ceasn:dateModified': exportDateTime(facts.exportedAt).slice(0, 10),
    ...(isCcBy(facts.onetSource) ? { 'ceasn:license': CC_BY_URL } : {}),
    ...(facts.generator ? { 'ceasn:publisherName': { [LANG]: [facts.generator] } } : {}),
    ...(facts.attribution ? { 'ceasn:rights': { [LANG]: facts.attribution } } : {}),
    'ceasn:hasTopChild': tree.top.map((n) => uri(n.id)),
  };
  const competency = (node: ExportNode): Json => ({
    '@id': uri(node.id),
    '@type': 'ceasn:Competency',
    'ceterms:ctid': `ce-${node.id}`,
    ...(node.headline !== undefined ? { 'ceasn:competencyLabel': { [LANG]: node.headline } } : {}),
    'ceasn:competencyText': { [LANG]: node.text },
    'ceasn:competencyCategory': { [LANG]: NODE_TYPE_NAMES[node.kind] },
    'ceasn:codedNotation': node.code,
    'ceasn:listID': String(node.sequence),
    ...(node.notes.length ? { 'ceasn:comment': { [LANG]: node.notes } } : {}),
    'ceasn:isPartOf': frameworkUri,
    ...(node.parent ? { 'ceasn:isChildOf': uri(node.parent.id) } : { 'ceasn:isTopChildOf': frameworkUri }),
    ...(node.children.length ? { 'ceasn:hasChild': node.children.map((c) => uri(c.id)) } : {}),
  });
  return { '@context': CTDL_ASN_CONTEXT, '@graph': [framework, ...tree.nodes.map(competency)] };
}

/** The JSON-LD as text (two-space indent, final newline). */
export function toCtdlAsnText(value: unknown, options: ExportOptions = {}): string {
  return JSON.stringify(toCtdlAsn(value, options), null, 2) + '\n';
}
