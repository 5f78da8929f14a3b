/**
 * A framework value → a 1EdTech CASE 1.1 CFPackage (JSON). Pure and reproducible: the same value and base URI give
 * the same bytes (identifiers are name-based UUIDs, dates come from `exportedAt`, keys are written in a fixed order).
 *
 * The statements are CFItems in standard form (`fullStatement` exactly as written, `abbreviatedStatement` the
 * headline, `humanCodingScheme`, citations in `notes`), tied together by `isChildOf` (with `sequenceNumber`) and
 * `precedes`; what CASE has no place for (and the framework's exact shape) is the CFDocument's
 * `extensions.nsxFramework`, the skeleton that `caseImport.ts` fills back from the items.
 */
import { buildTree, CC_BY_URL, exportDateTime, frameworkFacts, isCcBy, NODE_TYPE_NAMES, uriMaker, type ExportNode } from './tree';
import { uuidV5 } from './uuid';

/** The name of the extension property that holds the framework's skeleton, and its version. */
export const CASE_EXTENSION = 'nsxFramework';
export const CASE_EXTENSION_VERSION = 1;

export interface ExportOptions {
  /** Prefix of every exported URI (an identifier is appended); default `urn:uuid:`. */
  baseUri?: string;
}

type Json = Record<string, unknown>;

/** The CFPackage of a framework value (see the module comment). */
export function toCasePackage(value: unknown, options: ExportOptions = {}): Json {
  const tree = buildTree(value);
  const facts = frameworkFacts(value);
  const uri = uriMaker(options.baseUri);
  const changed = exportDateTime(facts.exportedAt);
  // One link object per node, shared by the associations that name it (they are written out as values).
  const documentLink = { title: tree.title, identifier: tree.id, uri: uri(tree.id) };
  const links = new Map<ExportNode, Json>();
  const link = (node: ExportNode | undefined): Json => {
    if (!node) return documentLink;
    let found = links.get(node);
    if (!found) links.set(node, (found = { title: node.headline ?? node.text, identifier: node.id, uri: uri(node.id) }));
    return found;
  };

  const subjectId = uuidV5(JSON.stringify(['subject', tree.soc]));
  const subject = { title: `${tree.soc} ${tree.title}`, identifier: subjectId, uri: uri(subjectId) };
  const licensed = isCcBy(facts.onetSource);
  const licenseId = uuidV5(JSON.stringify(['license', CC_BY_URL]));
  const license = { title: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', identifier: licenseId, uri: uri(licenseId) };
  const creator = facts.attribution?.replace(/^\s*(©|\(c\)|copyright)\s*/i, '').trim() || facts.generator || 'NSX Framework Editor';
  const description = [facts.description, facts.contextCovered].filter((s) => !!s).join('\n\n');

  const document: Json = {
    identifier: tree.id,
    uri: uri(tree.id),
    creator,
    title: tree.title,
    lastChangeDateTime: changed,
    ...(facts.generator ? { publisher: facts.generator } : {}),
    ...(description ? { description } : {}),
    subject: [subject.title],
    subjectURI: [subject],
    language: 'en',
    ...(facts.version ? { version: facts.version } : {}),
    ...(licensed ? { licenseURI: license } : {}),
    ...(facts.attribution || facts.onetSource ? { notes: sourcesNote(facts) } : {}),
    caseVersion: '1.1',
    extensions: { [CASE_EXTENSION]: { version: CASE_EXTENSION_VERSION, framework: tree.skeleton } },
  };

  // Built by assignment rather than spreads: a large framework has tens of thousands of items.
  const items = tree.nodes.map((node) => {
    const item: Json = { identifier: node.id, uri: uri(node.id), fullStatement: node.text };
    if (node.headline !== undefined) item.abbreviatedStatement = node.headline;
    item.humanCodingScheme = node.code;
    item.listEnumeration = String(node.sequence);
    item.CFItemType = NODE_TYPE_NAMES[node.kind];
    item.language = 'en';
    if (node.notes.length) item.notes = node.notes.join('\n');
    item.lastChangeDateTime = changed;
    return item;
  });

  const associations: Json[] = [];
  const associate = (type: string, origin: ExportNode, destination: Json, sequenceNumber?: number) => {
    const identifier = uuidV5(JSON.stringify(['association', type, origin.id, destination.identifier]));
    const association: Json = { identifier, associationType: type };
    if (sequenceNumber !== undefined) association.sequenceNumber = sequenceNumber;
    association.uri = uri(identifier);
    association.originNodeURI = link(origin);
    association.destinationNodeURI = destination;
    association.lastChangeDateTime = changed;
    associations.push(association);
  };
  for (const node of tree.nodes) associate('isChildOf', node, link(node.parent), node.sequence);
  for (const node of tree.nodes) if (node.next) associate('precedes', node, link(node.next));
  const related: Json[] = [];
  const relate = (title: string, identifier: string, target: string, type: string) => {
    const id = uuidV5(JSON.stringify(['association', 'isRelatedTo', tree.id, target]));
    related.push({
      identifier: id,
      associationType: 'isRelatedTo',
      uri: uri(id),
      originNodeURI: documentLink,
      destinationNodeURI: { title, identifier, uri: target, targetType: type },
      lastChangeDateTime: changed,
    });
  };
  if (/^\d{2}-\d{4}\.\d{2}$/.test(tree.soc))
    relate(`O*NET-SOC ${tree.soc} ${tree.title}`, tree.soc, `https://www.onetonline.org/link/summary/${tree.soc}`, 'ext:ONET-SOC');
  for (const cip of facts.cipCodes) {
    if (/^\d{2}\.\d{4}$/.test(cip))
      relate(`CIP ${cip}`, cip, `https://nces.ed.gov/ipeds/cipcode/cipdetail.aspx?y=56&cipid=${cip}`, 'ext:CIP');
  }

  const definitions: Json = {
    CFSubjects: [
      {
        identifier: subjectId,
        uri: subject.uri,
        title: subject.title,
        hierarchyCode: tree.soc,
        description: `O*NET-SOC occupation ${tree.soc}`,
        lastChangeDateTime: changed,
      },
    ],
    ...(licensed
      ? {
          CFLicenses: [
            {
              identifier: licenseId,
              uri: license.uri,
              title: license.title,
              description: CC_BY_URL,
              licenseText: `Includes information from the O*NET database (${facts.onetSource}) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the Creative Commons Attribution 4.0 International license: ${CC_BY_URL}`,
              lastChangeDateTime: changed,
            },
          ],
        }
      : {}),
  };
  return { CFDocument: document, CFItems: items, CFAssociations: [...associations, ...related], CFDefinitions: definitions };
}

/** The CFPackage as JSON text (two-space indent, final newline). */
export function toCaseText(value: unknown, options: ExportOptions = {}): string {
  return JSON.stringify(toCasePackage(value, options), null, 2) + '\n';
}

function sourcesNote(facts: ReturnType<typeof frameworkFacts>): string {
  return [
    facts.onetSource ? `O*NET ${facts.onetSource}` : '',
    facts.generator ? `generated by ${facts.generator}` : '',
    facts.attribution ?? '',
  ]
    .filter(Boolean)
    .join('; ');
}
