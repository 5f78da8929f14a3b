/**
 * The Markdown of each hover: short, built from the catalogs and the document, never raw JSON.
 * Every piece of user text goes through `escapeMarkdown`, so "O*NET" and "<b>" show as typed.
 */
import { BUILTIN_CITATIONS } from '../catalog/citations';
import { durableLevelInfo, DURABLE_LEVELS, JOB_ZONE_NAMES, levelInfo } from '../../../../common/catalog/levels';
import { ONET_CATEGORY_NAMES, ONET_CATEGORY_PLURALS, isOnetName, onetCategoryOf, onetNames, type OnetCategory } from '../catalog/onet';
import { rungOf } from '../catalog/ladder';
import { socParts } from '../../../../common/catalog/soc';
import { collectCitationDefinitions, type FrameworkDocument, type StatementRef } from '../model';
import { splitStatement } from '../statement';
import { closest } from '../util/didYouMean';
import { escapeMarkdown, inlineCode, markdownLink } from '../util/markdown';
import { citationChip, citationDetails } from './citationInfo';
import { describeStatement } from './diagnostics/statements';
import { Grounding } from '../grounding';
import { groundingOf, groundingStatementsOf } from './diagnostics/taskGrounding';

/** Paragraphs joined as Markdown. */
const paragraphs = (...parts: (string | undefined | false)[]): string => parts.filter((p): p is string => !!p).join('\n\n');

const citedBy = (n: number): string =>
  n === 0 ? 'not cited by any statement' : n === 1 ? 'cited by 1 statement' : `cited by ${n} statements`;

/** A citation key: chip label, title, URL, license, where it is defined and how many statements cite it. */
export function citationHover(doc: FrameworkDocument, key: string): string {
  const c = citationDetails(doc, key);
  if (c.origin === 'unknown') {
    const known = [...new Set([...BUILTIN_CITATIONS.map((b) => b.key), ...collectCitationDefinitions(doc).keys()])];
    const near = closest(key, known);
    return paragraphs(
      `**Unknown citation** ${inlineCode(key)}`,
      'Neither built in nor defined in `citations`.',
      near.length > 0 && `Closest known: ${near.map(inlineCode).join(' · ')}`,
    );
  }
  const where =
    c.origin === 'builtin'
      ? 'Built-in citation'
      : c.overridesBuiltin
        ? 'Defined in this file (overrides the built-in)'
        : 'Defined in this file';
  return paragraphs(
    `**${escapeMarkdown(citationChip(c))}** ${inlineCode(key)}`,
    c.title && escapeMarkdown(c.title),
    c.url && markdownLink(c.url),
    c.license && `License: ${escapeMarkdown(c.license)}`,
    `${where} · ${citedBy(c.citedBy)} in this file`,
  );
}

/** A cited statement: its headline in bold, its body, and the labels of its citations. */
export function statementHover(doc: FrameworkDocument, statement: StatementRef): string {
  const { headline, body } = splitStatement(statement.text);
  const keys = (statement.citesNode?.children ?? []).filter((n) => n.type === 'string').map((n) => String(n.value));
  const chips = keys.map((key) => {
    const c = citationDetails(doc, key);
    return c.origin === 'unknown' ? `${escapeMarkdown(key)} (unknown)` : escapeMarkdown(citationChip(c));
  });
  return paragraphs(
    headline.trim() ? `**${escapeMarkdown(headline.trim())}**` : undefined,
    body.trim() && escapeMarkdown(body.trim()),
    chips.length ? `Cites: ${chips.join(' · ')}` : 'No citations',
  );
}

/** An O*NET name in a list of `category`: its category, or what is wrong with it and the closest known names. */
export function onetHover(name: string, category: OnetCategory): string {
  const title = `**${escapeMarkdown(name)}**`;
  if (isOnetName(category, name)) return `${title} · ${escapeMarkdown(ONET_CATEGORY_NAMES[category])}`;
  const other = onetCategoryOf(name);
  const near = closest(name, onetNames(category));
  return paragraphs(
    other ? `${title} · ${escapeMarkdown(ONET_CATEGORY_NAMES[other])}` : title,
    `Not one of the O\\*NET 30 ${escapeMarkdown(ONET_CATEGORY_PLURALS[category])}.`,
    near.length > 0 && `Closest known: ${near.map(escapeMarkdown).join(' · ')}`,
  );
}

/** `occupation.jobZone` as NSX shows it: "Job Zone 4 · Considerable Preparation", and the inferred badge. */
export function jobZoneHover(jobZone: unknown, inferred: unknown): string {
  const name = typeof jobZone === 'number' ? JOB_ZONE_NAMES[jobZone] : undefined;
  const heading =
    jobZone === null
      ? '**Job Zone —** (not set)'
      : name
        ? `**Job Zone ${jobZone} · ${name}**`
        : `**Job Zone ${escapeMarkdown(String(jobZone))}** · Job Zones run from 1 to 5`;
  return paragraphs(heading, inferred === true && 'Sibling-inferred');
}

/**
 * A proficiency level key or label: "Emerging — Entry / Apprentice", and its rung of the level ladder (the
 * AI-fluency rung for an AI-fluency level), which the `level-progression` check reads statements against.
 */
export function levelHover(key: string, section: 'core' | 'aiFluency' = 'core'): string | undefined {
  const level = levelInfo(key);
  const rung = rungOf(key);
  if (!level) return undefined;
  return paragraphs(
    `**${level.label}** — ${level.subtitle}`,
    rung && (section === 'core' ? `Ladder: ${rung.summary}` : `AI-fluency ladder: ${rung.ai}`),
  );
}

/** Statements listed in a task's hover at most; the rest are counted. */
const LISTED_GROUNDS = 8;

/** An O*NET task: the statements that ground it (sharing two content words), or that none does. */
export function taskHover(doc: FrameworkDocument, task: string): string {
  const title = '**O\\*NET task**';
  if (!Grounding.judges(task)) return paragraphs(title, 'Too few content words to tell which statements it grounds.');
  const found = groundingOf(doc).statementsGrounding(task);
  if (found.length === 0)
    return paragraphs(`${title} · not grounded in a statement`, 'No core or AI-fluency statement shares two content words with it.');
  const statements = groundingStatementsOf(doc);
  const lines = found.slice(0, LISTED_GROUNDS).map((i) => {
    const s = statements[i];
    const headline = splitStatement(s.text).headline.trim();
    return `- ${describeStatement(s)}${headline ? `: ${escapeMarkdown(headline)}` : ''}`;
  });
  if (found.length > LISTED_GROUNDS) lines.push(`- and ${found.length - LISTED_GROUNDS} more`);
  return paragraphs(`${title} · grounded in ${found.length === 1 ? '1 statement' : `${found.length} statements`}`, lines.join('\n'));
}

/** A durable-skill level key: its label and place among the four. */
export function durableLevelHover(key: string): string | undefined {
  const level = durableLevelInfo(key);
  if (!level) return undefined;
  return `**${level.label}** · durable-skill level ${DURABLE_LEVELS.indexOf(level) + 1} of ${DURABLE_LEVELS.length}`;
}

/** An O*NET-SOC code's parts: major group (with its name), minor group, broad and detailed occupation. */
export function socHover(code: string): string | undefined {
  const parts = socParts(code);
  if (!parts) return undefined;
  const suffix = parts.onetSuffix === '00' ? 'the SOC occupation itself' : 'an O\\*NET-specific occupation';
  return paragraphs(
    `**O\\*NET-SOC ${code}**`,
    `Major group ${parts.majorGroup}${parts.majorGroupName ? ` · ${parts.majorGroupName}` : ''}`,
    `Minor group ${parts.minorGroup} · Broad occupation ${parts.broadOccupation} · Detailed occupation ${parts.detailedOccupation}`,
    `O\\*NET suffix .${parts.onetSuffix} · ${suffix}`,
  );
}
