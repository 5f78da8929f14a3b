/** The top of the page and the four proficiency levels, as NSX shows them. */
import { JOB_ZONE_NAMES, LEVELS } from '../../../../common/catalog/levels';
import { splitStatement } from '../statement';
import { escapeHtml } from '../../../../common/preview/escape';
import { asObject, asString, valueAt, type AnchorCollector } from './values';

/** The visible list number NSX shows ("  1. "); kept as text so copied and read-out text has it too. */
export function listNumber(index: number): string {
  return `<span class="num">  ${index + 1}. </span>`;
}

/** Title, "SOC …", Job Zone, the Sibling-inferred badge, the version, the description and Context covered. */
export function renderHeader(value: unknown, anchors: AnchorCollector): string {
  const title = asString(valueAt(value, ['occupation', 'title'])) ?? '';
  const soc = asString(valueAt(value, ['occupation', 'soc']));
  const zone = valueAt(value, ['occupation', 'jobZone']);
  const inferred = valueAt(value, ['occupation', 'jobZoneInferred']) === true;
  const version = asString(valueAt(value, ['framework', 'version']));
  const description = asString(valueAt(value, ['framework', 'description']));
  const context = asString(valueAt(value, ['framework', 'contextCovered']));

  const zoneName = typeof zone === 'number' ? JOB_ZONE_NAMES[zone] : undefined;
  const zoneText = typeof zone === 'number' ? `Job Zone ${zone}${zoneName ? ` · ${zoneName}` : ''}` : 'Job Zone —';
  const meta = [
    soc !== undefined ? `<span class="soc"${anchors.attr(['occupation', 'soc'])}>SOC ${escapeHtml(soc)}</span>` : '',
    `<span class="job-zone"${anchors.attr(['occupation', 'jobZone'])}>${escapeHtml(zoneText)}</span>`,
    inferred ? `<span class="badge"${anchors.attr(['occupation', 'jobZoneInferred'])}>Sibling-inferred</span>` : '',
    version !== undefined ? `<span class="version"${anchors.attr(['framework', 'version'])}>${escapeHtml(version)}</span>` : '',
  ].join('');

  return [
    `<h1${anchors.attr(['occupation', 'title'])}>${escapeHtml(title)}</h1>`,
    `<p class="meta">${meta}</p>`,
    description ? `<p class="description"${anchors.attr(['framework', 'description'])}>${escapeHtml(description)}</p>` : '',
    context !== undefined
      ? `<p class="context"${anchors.attr(['framework', 'contextCovered'])}><strong class="label">Context covered</strong>${escapeHtml(context)}</p>`
      : '',
  ].join('');
}

/** A core statement: its number, the headline in bold, then the body (the separator is drawn by CSS). */
export function renderCoreStatement(text: string, index: number, anchorAttr: string): string {
  const { separatorIndex, headline, body } = splitStatement(text);
  const inner =
    separatorIndex < 0
      ? escapeHtml(text)
      : `<strong class="headline">${escapeHtml(headline)}</strong><span class="body">${escapeHtml(body)}</span>`;
  return `<li class="stmt"${anchorAttr}>${listNumber(index)}${inner}</li>`;
}

/** The sections for the four levels, one per level present in the file, in NSX order. */
export function renderLevels(value: unknown, anchors: AnchorCollector): { key: string; html: string }[] {
  const levels = asObject(valueAt(value, ['framework', 'levels']));
  if (!levels) return [];
  const out: { key: string; html: string }[] = [];
  for (const info of LEVELS) {
    const level = asObject(levels[info.key]);
    if (!level) continue;
    const label = asString(level.label) ?? info.label;
    const statements = Array.isArray(level.statements) ? level.statements : [];
    const items = statements
      .map((s, i) =>
        typeof s === 'string' ? renderCoreStatement(s, i, anchors.attr(['framework', 'levels', info.key, 'statements', i])) : '',
      )
      .join('');
    out.push({
      key: `level:${info.key}`,
      html:
        `<section class="level" aria-labelledby="level-${info.key}">` +
        `<h2 id="level-${info.key}"${anchors.attr(['framework', 'levels', info.key])}>${escapeHtml(label)}</h2>` +
        `<div class="subtitle">${escapeHtml(info.subtitle ?? '')}</div>` +
        `<ol class="statements" role="list">${items}</ol></section>`,
    });
  }
  return out;
}
