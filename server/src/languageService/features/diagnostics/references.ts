/** Checks of names that must exist: citation keys, O*NET names, durable-skill domains. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { makeDiagnostic } from '../../diagnostic';
import {
  childAt,
  collectCitationDefinitions,
  collectCitationUses,
  nodeAt,
  pathOf,
  type FrameworkDocument,
  type SourceNode,
} from '../../model';
import { BUILTIN_CITATIONS, builtinCitation } from '../../catalog/citations';
import { isOnetName, ONET_CATEGORY_PLURALS, ONET_LIST_CATEGORY, onetCategoryOf, onetNames, type OnetCategory } from '../../catalog/onet';
import { closestFinder } from '../../util/didYouMean';
import { didYouMean } from '../../schema/validate';

export function checkReferences(doc: FrameworkDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  checkCitations(doc, out);
  checkOnetNames(doc, out);
  checkDomains(doc, out);
  return out;
}

function checkCitations(doc: FrameworkDocument, out: Diagnostic[]): void {
  const defined = collectCitationDefinitions(doc);
  // The keys a suggestion may name, made at the first unknown key: most files have none.
  let suggest: Suggest | undefined;
  for (const use of collectCitationUses(doc)) {
    if (defined.has(use.key) || builtinCitation(use.key)) continue;
    suggest ??= closestFinder(citationKeys(defined));
    const suggestions = suggest(use.key);
    out.push(
      makeDiagnostic(
        doc.textDocument,
        use.node.offset,
        use.node.offset + use.node.length,
        'unknown-citation',
        `Unknown citation "${use.key}": it is neither built in nor defined in "citations"` + didYouMean(suggestions),
        DiagnosticSeverity.Error,
        { path: pathOf(use.node), key: use.key, suggestions },
      ),
    );
  }
}

type Suggest = (value: string) => string[];

/**
 * The keys a suggestion for an unknown citation may name: the built-in ones, then the file's, once each. Plain
 * loops rather than spreads, which cost the whole citation check its speed (bench/README.md, "Limits and engine notes").
 */
function citationKeys(defined: ReadonlyMap<string, unknown>): string[] {
  const keys = new Set<string>();
  for (let i = 0; i < BUILTIN_CITATIONS.length; i++) keys.add(BUILTIN_CITATIONS[i].key);
  defined.forEach((_, key) => keys.add(key));
  return Array.from(keys);
}

function checkOnetNames(doc: FrameworkDocument, out: Diagnostic[]): void {
  const finders = new Map<OnetCategory, Suggest>();
  const suggestFor = (category: OnetCategory): Suggest => {
    let finder = finders.get(category);
    if (!finder) finders.set(category, (finder = closestFinder(onetNames(category))));
    return finder;
  };
  for (const [list, category] of Object.entries(ONET_LIST_CATEGORY)) {
    const listNode = nodeAt(doc, ['onetEnrichment', list]);
    if (listNode?.type !== 'array') continue;
    for (const item of listNode.children ?? []) checkOnetName(doc, item, category, suggestFor(category), out);
  }
  const top = nodeAt(doc, ['evidencePack', 'safi', 'topSkill']);
  if (top) checkOnetName(doc, top, 'skill', suggestFor('skill'), out);
}

function checkOnetName(doc: FrameworkDocument, node: SourceNode, category: OnetCategory, suggest: Suggest, out: Diagnostic[]): void {
  if (node.type !== 'string') return;
  const name: string = node.value;
  if (isOnetName(category, name)) return;
  const other = onetCategoryOf(name);
  const plural = ONET_CATEGORY_PLURALS[category];
  const suggestions = suggest(name);
  const message = other
    ? `"${name}" is one of the O*NET ${ONET_CATEGORY_PLURALS[other]}, not of the ${plural}` + didYouMean(suggestions)
    : `"${name}" is not one of the O*NET 30 ${plural}` + didYouMean(suggestions);
  out.push(
    makeDiagnostic(doc.textDocument, node.offset, node.offset + node.length, 'unknown-onet-name', message, DiagnosticSeverity.Warning, {
      path: pathOf(node),
      category,
      suggestions,
    }),
  );
}

function checkDomains(doc: FrameworkDocument, out: Diagnostic[]): void {
  const list = nodeAt(doc, ['durableSkills']);
  if (list?.type !== 'array') return;
  const seen = new Set<string>();
  for (const entry of list.children ?? []) {
    const domain = childAt(entry, 'domain'); // the entry's own child: no path to work out
    if (domain?.type !== 'string') continue;
    if (seen.has(domain.value)) {
      out.push(
        makeDiagnostic(
          doc.textDocument,
          domain.offset,
          domain.offset + domain.length,
          'duplicate-domain',
          `The durable-skill domain "${domain.value}" is listed more than once`,
          DiagnosticSeverity.Warning,
          { path: pathOf(domain) },
        ),
      );
    }
    seen.add(domain.value);
  }
}
