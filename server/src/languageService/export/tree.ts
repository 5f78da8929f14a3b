/**
 * The competency tree that the CASE and CTDL-ASN exports share: one node per level, section, durable-skill domain
 * and statement, each with a name-based UUID from the SOC code and its place, and the framework's *skeleton*: the
 * framework value with every statement's text replaced by its node's identifier (what a CASE import fills back in).
 *
 * Total on any JSON value: a part that is not shaped as the format says is kept in the skeleton as it is and gets
 * no node, so the round trip holds even for values the checks would reject.
 */
import { LEVELS, DURABLE_LEVELS } from '../../../../common/catalog/levels';
import { builtinCitation } from '../catalog/citations';
import { splitStatement } from '../statement';
import { uuidV5 } from './uuid';

export type Obj = Record<string, unknown>;
export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export type NodeKind = 'level' | 'section' | 'domain' | 'statement';

/** What each kind is called in the exports (CASE `CFItemType`, CTDL-ASN `competencyCategory`). */
export const NODE_TYPE_NAMES: Readonly<Record<NodeKind, string>> = {
  level: 'Proficiency Level',
  section: 'Framework Section',
  domain: 'Durable Skill Domain',
  statement: 'Competency',
};

export interface ExportNode {
  readonly id: string;
  readonly kind: NodeKind;
  /** The parent node; undefined for a child of the framework itself. */
  readonly parent: ExportNode | undefined;
  /** Exactly the text as written: the statement, the level label, the section or domain name. */
  readonly text: string;
  /** A statement's headline (before the first " — "); undefined when it has no separator. */
  readonly headline: string | undefined;
  /** e.g. `43-2099.00.E.3`, `11-9179.00.AI.D.1`, `11-9179.00.DS.COM.A.2`. */
  readonly code: string;
  /** 1-based place among its siblings. */
  readonly sequence: number;
  /** Readable notes: a level's subtitle, a statement's citations. */
  readonly notes: string[];
  /** The next level of the same set (CASE `precedes`). */
  next?: ExportNode;
  readonly children: ExportNode[];
}

export interface CitationText {
  label: string;
  title: string;
  url?: string;
}

export interface FrameworkTree {
  readonly soc: string;
  readonly title: string;
  /** The framework's own identifier (CASE CFDocument, CTDL-ASN CompetencyFramework). */
  readonly id: string;
  /** The framework's children, in order (the four levels, then AI fluency, then durable skills). */
  readonly top: ExportNode[];
  /** Every node, parents before children, in document order. */
  readonly nodes: ExportNode[];
  /** The framework value with each statement's text replaced by its node's identifier. */
  readonly skeleton: unknown;
}

/** A deep copy of a JSON value (own properties only, `__proto__` kept as a plain key). */
export function copyJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyJson);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyJson(v)]));
  return value;
}

/** Keys of `obj` with the known ones first in their NSX order, then the others in the object's order. */
function orderedKeys(obj: Obj, known: readonly string[]): string[] {
  const keys = Object.keys(obj);
  return [...known.filter((k) => keys.includes(k)), ...keys.filter((k) => !known.includes(k))];
}

const LEVEL_CODES: Readonly<Record<string, string>> = {
  emerging: 'E',
  developing: 'D',
  proficient: 'P',
  advanced: 'A',
  applying: 'AP',
  exceeding: 'EX',
};
const levelCode = (key: string): string => LEVEL_CODES[key] ?? key.toUpperCase();
/** A durable-skill domain's code: the first three letters of its name (unique among the ten NSX domains). */
const domainCode = (name: string): string =>
  name
    .replace(/[^A-Za-z]/g, '')
    .slice(0, 3)
    .toUpperCase() || 'DOM';

/** Builds the tree and skeleton of a framework value (see the module comment). */
export function buildTree(value: unknown): FrameworkTree {
  const skeleton = copyJson(value);
  const root = isObject(skeleton) ? skeleton : {};
  const occupation = isObject(root.occupation) ? root.occupation : {};
  const soc = str(occupation.soc) ?? JSON.stringify(occupation.soc ?? null);
  const title = str(occupation.title) ?? soc;
  const idOf = (place: unknown[]): string => uuidV5(JSON.stringify(['nsx-framework', soc, ...place]));
  const citations = citationResolver(root.citations);
  const nodes: ExportNode[] = [];
  const top: ExportNode[] = [];

  const add = (
    kind: NodeKind,
    parent: ExportNode | undefined,
    place: unknown[] | string,
    text: string,
    code: string,
    sequence: number,
    notes: string[] = [],
  ): ExportNode => {
    const node: ExportNode = {
      id: typeof place === 'string' ? place : idOf(place),
      kind,
      parent,
      text,
      headline: kind === 'statement' ? headlineOf(text) : undefined,
      code,
      sequence,
      notes,
      children: [],
    };
    (parent ? parent.children : top).push(node);
    nodes.push(node);
    return node;
  };

  // A set of levels (`{ key: statements }` or `{ key: { label, statements } }`) under `parent`; `read` gives a
  // level's label and list, `textAt` reads one entry's text and puts the identifier in its place.
  const levelSet = (
    levels: Obj,
    known: typeof LEVELS,
    parent: ExportNode | undefined,
    place: unknown[],
    codePrefix: string,
    read: (level: unknown) => { label?: string; list: unknown[] | undefined },
    textAt: (list: unknown[], i: number, id: string) => { text: string; cites: string[] } | undefined,
  ): void => {
    let previous: ExportNode | undefined;
    orderedKeys(
      levels,
      known.map((l) => l.key),
    ).forEach((key, index) => {
      const info = known.find((l) => l.key === key);
      const { label, list } = read(levels[key]);
      const code = `${codePrefix}.${levelCode(key)}`;
      const level = add(
        'level',
        parent,
        [...place, key],
        label ?? info?.label ?? key,
        code,
        index + 1,
        info?.subtitle ? [info.subtitle] : [],
      );
      if (previous) previous.next = level;
      previous = level;
      if (!list) return;
      for (let i = 0; i < list.length; i++) {
        const id = idOf([...place, key, i]);
        const entry = textAt(list, i, id);
        if (!entry) continue;
        const notes = entry.cites.length ? [`Cites: ${entry.cites.map(citations).join('; ')}`] : [];
        add('statement', level, id, entry.text, `${code}.${i + 1}`, i + 1, notes);
      }
    });
  };

  // A plain statement string at list[i]: replaced by the identifier.
  const plainText = (list: unknown[], i: number, id: string) => {
    const text = list[i];
    if (typeof text !== 'string') return undefined;
    list[i] = id;
    return { text, cites: [] };
  };
  // A cited statement `{ text, cites }` at list[i]: its text replaced by the identifier.
  const citedText = (list: unknown[], i: number, id: string) => {
    const entry = list[i];
    if (!isObject(entry) || typeof entry.text !== 'string') return undefined;
    const text = entry.text;
    entry.text = id;
    const cites = Array.isArray(entry.cites) ? entry.cites.filter((c): c is string => typeof c === 'string') : [];
    return { text, cites };
  };
  const asList = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);

  const framework = isObject(root.framework) ? root.framework : undefined;
  if (framework && isObject(framework.levels)) {
    levelSet(
      framework.levels,
      LEVELS,
      undefined,
      ['level'],
      soc,
      (level) => ({
        label: isObject(level) ? str(level.label) : undefined,
        list: isObject(level) ? asList(level.statements) : undefined,
      }),
      plainText,
    );
  }
  const ai = isObject(root.aiFluency) ? root.aiFluency : undefined;
  if (ai && isObject(ai.levels)) {
    const section = add('section', undefined, ['ai-fluency'], 'AI fluency', `${soc}.AI`, top.length + 1);
    levelSet(ai.levels, LEVELS, section, ['ai-fluency'], section.code, (level) => ({ list: asList(level) }), citedText);
  }
  if (Array.isArray(root.durableSkills)) {
    const section = add('section', undefined, ['durable-skills'], 'Durable skills', `${soc}.DS`, top.length + 1);
    const seen = new Map<string, number>();
    root.durableSkills.forEach((entry, index) => {
      if (!isObject(entry)) return;
      const name = str(entry.domain) ?? `Domain ${index + 1}`;
      // Named by the domain, not its index, so that reordering domains keeps their identifiers; a repeated name counts.
      const occurrence = (seen.get(name) ?? 0) + 1;
      seen.set(name, occurrence);
      const place = ['durable-skills', name, occurrence];
      const code = `${section.code}.${domainCode(name)}${occurrence > 1 ? occurrence : ''}`;
      const domain = add('domain', section, place, name, code, index + 1);
      if (isObject(entry.levels))
        levelSet(entry.levels, DURABLE_LEVELS, domain, place, code, (level) => ({ list: asList(level) }), citedText);
    });
  }
  return { soc, title, id: idOf([]), top, nodes, skeleton };
}

function headlineOf(text: string): string | undefined {
  const parts = splitStatement(text);
  return parts.separatorIndex < 0 ? undefined : parts.headline;
}

/** Citation key → "label: title <url>", from the file's `citations`, else the built-ins, else the key itself. */
function citationResolver(defined: unknown): (key: string) => string {
  const cache = new Map<string, string>();
  return (key) => {
    let text = cache.get(key);
    if (text === undefined) {
      const own =
        isObject(defined) && Object.prototype.hasOwnProperty.call(defined, key) && isObject(defined[key])
          ? (defined[key] as Obj)
          : undefined;
      const builtin = builtinCitation(key);
      const label = str(own?.label) ?? (own ? undefined : builtin?.label);
      const title = str(own?.title) ?? (own ? undefined : builtin?.title);
      const url = str(own?.url) ?? (own ? undefined : builtin?.url);
      text = [label && title ? `${label}: ${title}` : (label ?? title ?? key), url ? `<${url}>` : ''].filter(Boolean).join(' ');
      cache.set(key, text);
    }
    return text;
  };
}

/** Common framework fields the exports read (all optional: the value may be anything). */
export function frameworkFacts(value: unknown): {
  version?: string;
  description?: string;
  contextCovered?: string;
  exportedAt?: string;
  generator?: string;
  onetSource?: string;
  attribution?: string;
  cipCodes: string[];
} {
  const root = isObject(value) ? value : {};
  const fw = isObject(root.framework) ? root.framework : {};
  const sources = isObject(root.sources) ? root.sources : {};
  const enrichment = isObject(root.onetEnrichment) ? root.onetEnrichment : {};
  return {
    version: str(fw.version),
    description: str(fw.description),
    contextCovered: str(fw.contextCovered),
    exportedAt: str(root.exportedAt),
    generator: str(sources.generator),
    onetSource: str(sources.onet),
    attribution: str(root.attribution),
    cipCodes: Array.isArray(enrichment.cipCodes) ? enrichment.cipCodes.filter((c): c is string => typeof c === 'string') : [],
  };
}

/**
 * The export's date-time: `exportedAt` when it is an RFC 3339 date-time, else its instant in UTC, else the epoch.
 * Never the clock, so that the same framework always gives the same bytes.
 */
export function exportDateTime(exportedAt: string | undefined): string {
  if (exportedAt === undefined) return '1970-01-01T00:00:00Z';
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
  const time = Date.parse(exportedAt);
  if (Number.isNaN(time)) return '1970-01-01T00:00:00Z';
  // Date.parse rolls an impossible day over (30 February): such a text is replaced by its instant.
  return rfc3339.test(exportedAt) && isRealDate(exportedAt) ? exportedAt : new Date(time).toISOString();
}

function isRealDate(text: string): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** O*NET's CC BY 4.0 licence applies when `sources.onet` names it. */
export const isCcBy = (onetSource: string | undefined): boolean => !!onetSource && /CC[ -]?BY[ -]?4\.0/i.test(onetSource);
export const CC_BY_URL = 'https://creativecommons.org/licenses/by/4.0/';

/** An exported node's URI: `base` followed by its identifier, or `urn:uuid:<id>` without a base. */
export function uriMaker(base: string | undefined): (id: string) => string {
  if (!base) return (id) => `urn:uuid:${id}`;
  const prefix = /[/#:=]$/.test(base) ? base : `${base}/`;
  return (id) => prefix + id;
}
