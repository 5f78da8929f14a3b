/** The evidence pack, the O*NET enrichment lists and the sources line, worded as NSX words them. */
import { escapeAttr, escapeHtml, hostOf, safeHttpUrl } from '../../../../common/preview/escape';
import { listNumber } from './core';
import { asObject, asString, asStrings, valueAt, type AnchorCollector } from './values';

const fact = (term: string, definition: string): string => `<div><dt>${escapeHtml(term)}</dt> <dd>${escapeHtml(definition)}</dd></div>`;
const num = (v: unknown): string => (typeof v === 'number' || typeof v === 'string' ? String(v) : '—');

/** AEI usage, SAFI positioning and WEF cluster, each when present. */
export function renderEvidencePack(value: unknown, anchors: AnchorCollector): string | undefined {
  const pack = asObject(valueAt(value, ['evidencePack']));
  if (!pack) return undefined;
  const parts = [`<h2${anchors.attr(['evidencePack'])}>Evidence pack</h2>`];
  const aei = asObject(pack.aeiUsage);
  if (aei) {
    parts.push(
      `<h3${anchors.attr(['evidencePack', 'aeiUsage'])}>AEI usage</h3><dl class="facts">`,
      fact('Task observations:', num(aei.taskObservations)),
      fact('Augment share:', `${num(aei.augmentShare)}%`),
      fact('Time saved:', `${num(aei.timeSaved)}%`),
      fact('AI autonomy:', num(aei.aiAutonomy)),
      '</dl>',
    );
  }
  const safi = asObject(pack.safi);
  if (safi) {
    parts.push(
      `<h3${anchors.attr(['evidencePack', 'safi'])}>SAFI positioning</h3><dl class="facts">`,
      fact('Top skill:', asString(safi.topSkill) ?? '—'),
      fact('Score:', `${num(safi.score)} / 100`),
      fact('Quadrant:', asString(safi.quadrant) ?? '—'),
      fact('precision:', asString(safi.precision) ?? '—'),
      '</dl>',
    );
  }
  const wef = asObject(pack.wefCluster);
  if (wef) {
    parts.push(
      `<h3${anchors.attr(['evidencePack', 'wefCluster'])}>WEF cluster</h3>`,
      `<div class="wef-label">${escapeHtml(asString(wef.label) ?? '')}</div>`,
      `<div class="wef-id"><code>${escapeHtml(asString(wef.id) ?? '')}</code></div>`,
    );
  }
  return `<section class="evidence">${parts.join('')}</section>`;
}

/** How NSX shows a list: chips, numbered lines, or one line of text joined by " · ". */
type ListForm = 'tags' | 'numbered' | 'joined';

/** The enrichment lists in NSX order: [key, NSX heading, form]. */
const LISTS: readonly [string, string, ListForm][] = [
  // NSX writes the related titles as one line, "A · B · C": text that reads (and copies) as separate titles.
  ['relatedTitles', 'Related titles', 'joined'],
  ['rapidsApprenticeships', 'RAPIDS apprenticeships', 'tags'],
  ['skills', 'O*NET skills', 'tags'],
  ['knowledge', 'Knowledge domains', 'tags'],
  ['abilities', 'Abilities', 'tags'],
  ['workStyles', 'Work styles', 'tags'],
  ['technology', 'Technology', 'tags'],
  ['tasks', 'Tasks · seed anchors for statements', 'numbered'],
  ['cipCodes', 'CIP education codes', 'tags'],
];
/** The mark of a task no statement grounds: visible text, so every reader gets it. */
const UNGROUNDED = ' <span class="ungrounded">(not grounded in a statement)</span>';

/** The lists NSX counts as source anchors. */
const ANCHOR_LISTS = ['skills', 'knowledge', 'abilities', 'workStyles', 'technology', 'tasks'];

/**
 * The O*NET enrichment, under NSX's "Show O*NET source anchors" disclosure (open). A task that no statement
 * grounds (`isUngrounded`) says so after its text; the others show exactly as on NSX.
 */
export function renderEnrichment(
  value: unknown,
  anchors: AnchorCollector,
  isUngrounded: (task: string) => boolean = () => false,
): string | undefined {
  const enrichment = asObject(valueAt(value, ['onetEnrichment']));
  if (!enrichment) return undefined;
  const host = hostOf(valueAt(value, ['sources', 'crosswalk']));
  const via = host ? ` · ${escapeHtml(host)}` : '';
  const count = ANCHOR_LISTS.reduce((n, k) => n + asStrings(enrichment[k]).length, 0);
  const parts: string[] = [];
  for (const [key, heading, form] of LISTS) {
    if (!(key in enrichment)) continue;
    const items = asStrings(enrichment[key]);
    const path = ['onetEnrichment', key];
    parts.push(`<h3${anchors.attr(path)}>${escapeHtml(heading)}</h3>`);
    parts.push(
      form === 'numbered'
        ? `<ol class="tasks" role="list">${items.map((t, i) => `<li${anchors.attr([...path, i])}>${listNumber(i)}${escapeHtml(t)}${key === 'tasks' && isUngrounded(t) ? UNGROUNDED : ''}</li>`).join('')}</ol>`
        : form === 'joined'
          ? `<div class="joined">${items.map(escapeHtml).join(' · ')}</div>`
          : `<ul class="tags" role="list">${items.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>`,
    );
  }
  return (
    `<details class="enrichment" open><summary${anchors.attr(['onetEnrichment'])}>Show O*NET source anchors` +
    `<span class="count">${count} anchors${via}</span></summary>` +
    `<p class="heading" role="heading" aria-level="2">O*NET enrichment${via}</p>` +
    `<p class="intro">Source anchors that ground each statement</p>${parts.join('')}</details>`
  );
}

/** Well-known source sites, written as NSX writes them. */
const SITE_NAMES: Record<string, string> = { 'skillscrosswalk.com': 'SkillsCrosswalk.com' };

/** NSX's sources line and the attribution (with the export's year, as NSX prints it: "© 2026 EBSCOed."). */
export function renderSources(value: unknown, anchors: AnchorCollector): string {
  const onet = asString(valueAt(value, ['sources', 'onet']));
  const crosswalk = asString(valueAt(value, ['sources', 'crosswalk']));
  const generator = asString(valueAt(value, ['sources', 'generator']));
  const names: string[] = [];
  if (onet) names.push(escapeHtml(`O*NET ${onet}`));
  if (crosswalk) {
    const host = hostOf(crosswalk);
    const url = safeHttpUrl(crosswalk);
    const name = escapeHtml(host ? (SITE_NAMES[host] ?? host) : crosswalk);
    names.push(url ? `<a href="${escapeAttr(url)}">${name}</a>` : name);
  }
  if (generator) names.push(escapeHtml(generator));
  // The evidence behind every NSX framework, named on every NSX page.
  names.push(
    'Anthropic Economic Index',
    'SAFI (Jadhav &amp; Danve, 2026)',
    'WEF Skills Taxonomy 2021',
    'Pathsmith Durable Skills Framework',
  );
  const attribution = asString(valueAt(value, ['attribution']));
  const year = /^(\d{4})-/.exec(asString(valueAt(value, ['exportedAt'])) ?? '')?.[1];
  let credit = attribution ?? '';
  if (year && /^©\s*/.test(credit) && !/\b\d{4}\b/.test(credit)) credit = credit.replace(/^©\s*/, `© ${year} `);
  if (credit && !/[.!?]$/.test(credit)) credit += '.';
  return (
    `<footer class="sources"><p${anchors.attr(['sources'])}>Sources: ${names.join(', ')}.` +
    (credit ? ` <span class="attribution"${anchors.attr(['attribution'])}>${escapeHtml(credit)}</span>` : '') +
    `</p></footer>`
  );
}
