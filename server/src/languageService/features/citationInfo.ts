/**
 * What the framework knows about a citation key: its chip label, title, URL and license, where it is
 * defined (built in, or this file — a file definition overrides the built-in) and how many statements cite it.
 * Shared by hover, completion and anything else that shows a citation to a person.
 */
import { BUILTIN_CITATIONS, builtinCitation } from '../catalog/citations';
import { collectCitationDefinitions, collectCitationUses, memoize, type CitationDefinition, type FrameworkDocument } from '../model';

/** Where a citation's details come from. */
export type CitationOrigin = 'builtin' | 'file' | 'unknown';

export interface CitationDetails {
  key: string;
  /** The chip text NSX shows; undefined for an unknown key or a file definition without one. */
  label?: string;
  title?: string;
  url?: string;
  license?: string;
  origin: CitationOrigin;
  /** True when the file defines a key that is also built in (the file's definition wins). */
  overridesBuiltin: boolean;
  /** The file's definition, when there is one. */
  definition?: CitationDefinition;
  /** How many statements of the file cite this key (a statement citing it twice counts once). */
  citedBy: number;
}

/** The details of one citation key as this document sees it. */
export function citationDetails(doc: FrameworkDocument, key: string): CitationDetails {
  const definition = collectCitationDefinitions(doc).get(key);
  const builtin = builtinCitation(key);
  const citedBy = citingCounts(doc).get(key) ?? 0;
  if (definition) {
    // A file definition replaces the built-in as a whole: NSX shows what the file says.
    const { label, title, url, license } = definition;
    return { key, label, title, url, license, origin: 'file', overridesBuiltin: !!builtin, definition, citedBy };
  }
  if (builtin) return { ...builtin, origin: 'builtin', overridesBuiltin: false, citedBy };
  return { key, origin: 'unknown', overridesBuiltin: false, citedBy };
}

/**
 * Every citation key the document may cite: the built-ins in catalog order (each replaced by the file's
 * definition when the file overrides it), then the keys only the file defines, in file order.
 */
export function knownCitations(doc: FrameworkDocument): CitationDetails[] {
  const defined = collectCitationDefinitions(doc);
  const keys = [...BUILTIN_CITATIONS.map((c) => c.key), ...[...defined.keys()].filter((k) => !builtinCitation(k))];
  return keys.map((key) => citationDetails(doc, key));
}

/** The citation's label for a list of chips: its label, or the key itself when it has none. */
export function citationChip(details: CitationDetails): string {
  return details.label ?? details.key;
}

const citingCounts = (doc: FrameworkDocument): Map<string, number> => memoize(doc, countCiting);

function countCiting(doc: FrameworkDocument): Map<string, number> {
  const statementsByKey = new Map<string, Set<unknown>>();
  for (const use of collectCitationUses(doc)) {
    let set = statementsByKey.get(use.key);
    if (!set) statementsByKey.set(use.key, (set = new Set()));
    set.add(use.statement.node);
  }
  return new Map([...statementsByKey].map(([key, set]) => [key, set.size]));
}
