/** Cited statements with their citation chips: the AI-fluency section and the durable skills. */
import { builtinCitation } from '../catalog/citations';
import { DURABLE_DOMAINS, DURABLE_LEVELS, LEVELS } from '../../../../common/catalog/levels';
import { escapeAttr, escapeHtml, safeHttpUrl } from '../../../../common/preview/escape';
import { listNumber } from './core';
import { asArray, asObject, asString, asStrings, valueAt, type AnchorCollector } from './values';

/** NSX's introductions to the two sections. */
export const AI_FLUENCY_INTRO =
  'How a worker at each mastery level uses, directs, and evaluates AI tools in this occupation. Each statement cites its evidence inline; click a citation chip to verify the source.';
export const DURABLE_INTRO =
  'Ten durable-skill domains mapped to four proficiency/role levels for each occupation. Each statement is aligned to the Pathsmith taxonomy, derived from trusted grounding data and mapped to occupation-specific O*NET tasks and skills.';

interface Citation {
  label: string;
  title: string;
  url?: string;
}

/** A citation by key: the file's own definition when it has one (it replaces the built-in), else the built-in. */
export function resolveCitation(value: unknown, key: string): Citation | undefined {
  const own = asObject(valueAt(value, ['citations', key]));
  if (own) {
    const label = asString(own.label) ?? key;
    return { label, title: asString(own.title) ?? label, url: safeHttpUrl(own.url) };
  }
  const builtin = builtinCitation(key);
  return builtin && { label: builtin.label, title: builtin.title, url: safeHttpUrl(builtin.url) };
}

/**
 * A citation chip: the label, with the title as tooltip and as text for screen readers. Only an http(s)
 * URL makes it a link (the preview asks the extension to open it in the browser); an unknown key shows the key.
 */
export function renderChip(value: unknown, key: string): string {
  const c = resolveCitation(value, key) ?? { label: key, title: `Unknown citation "${key}"` };
  const data = ` data-cite="${escapeAttr(key)}"`;
  if (c.url) {
    return (
      `<a class="chip" href="${escapeAttr(c.url)}" title="${escapeAttr(c.title)}"${data}>${escapeHtml(c.label)}` +
      `<span class="visually-hidden">${escapeHtml(c.title)}. Opens in new tab.</span></a>`
    );
  }
  return (
    `<span class="chip" title="${escapeAttr(c.title)}"${data}>${escapeHtml(c.label)}` +
    `<span class="visually-hidden">${escapeHtml(c.title)}.</span></span>`
  );
}

/** A cited statement: its text, then its chips, then the final period (as NSX places it) when the text has one. */
export function renderCitedStatement(value: unknown, statement: unknown, index: number, anchorAttr: string): string {
  const text = asString(asObject(statement)?.text);
  if (text === undefined) return '';
  const cites = asStrings(asObject(statement)?.cites);
  const period = cites.length > 0 && text.endsWith('.');
  const shown = period ? text.slice(0, -1) : text;
  const chips = cites.map((k) => ' ' + renderChip(value, k)).join('');
  return `<li class="stmt"${anchorAttr}>${listNumber(index)}${escapeHtml(shown)}${chips}${period ? '.' : ''}</li>`;
}

function renderCitedList(value: unknown, list: unknown, path: (string | number)[], anchors: AnchorCollector): string {
  const items = asArray(list)
    // Anchored on the text (not the whole object), so a click selects the statement itself.
    .map((s, i) => renderCitedStatement(value, s, i, anchors.attr([...path, i, 'text'])))
    .join('');
  return `<ol class="statements" role="list">${items}</ol>`;
}

/** The AI-fluency section: NSX's introduction, then each level present with its statements. */
export function renderAiFluency(value: unknown, anchors: AnchorCollector): string | undefined {
  const levels = asObject(valueAt(value, ['aiFluency', 'levels']));
  if (!asObject(valueAt(value, ['aiFluency']))) return undefined;
  const parts = [`<p class="intro"${anchors.attr(['aiFluency'])}>${escapeHtml(AI_FLUENCY_INTRO)}</p>`];
  for (const info of LEVELS) {
    if (!levels || !(info.key in levels)) continue;
    parts.push(
      `<h3${anchors.attr(['aiFluency', 'levels', info.key])}>${escapeHtml(info.label)}</h3>`,
      renderCitedList(value, levels[info.key], ['aiFluency', 'levels', info.key], anchors),
    );
  }
  return `<section class="ai-fluency" aria-label="AI fluency">${parts.join('')}</section>`;
}

/** NSX's introduction to the durable skills. */
export function renderDurableIntro(value: unknown, anchors: AnchorCollector): string | undefined {
  if (!Array.isArray(valueAt(value, ['durableSkills']))) return undefined;
  return `<section class="durable-intro" aria-label="Durable skills"><p class="intro"${anchors.attr(['durableSkills'])}>${escapeHtml(DURABLE_INTRO)}</p></section>`;
}

/** One durable-skill domain: its NSX number, name and statement count, then its levels. */
export function renderDurableDomain(value: unknown, index: number, anchors: AnchorCollector): string {
  const entry = asObject(valueAt(value, ['durableSkills', index]));
  const domain = asString(entry?.domain) ?? '';
  const levels = asObject(entry?.levels) ?? {};
  const nsxNumber = DURABLE_DOMAINS.indexOf(domain as (typeof DURABLE_DOMAINS)[number]) + 1 || index + 1;
  const count = DURABLE_LEVELS.reduce((n, l) => n + asArray(levels[l.key]).length, 0);
  const parts = [
    `<h3${anchors.attr(['durableSkills', index])}><span class="domain-num">${nsxNumber}</span>` +
      `<span class="domain">${escapeHtml(domain)}</span>` +
      `<span class="count">${count} ${count === 1 ? 'statement' : 'statements'}</span></h3>`,
  ];
  for (const info of DURABLE_LEVELS) {
    if (!(info.key in levels)) continue;
    const path = ['durableSkills', index, 'levels', info.key];
    parts.push(`<h4${anchors.attr(path)}>${escapeHtml(info.label)}</h4>`, renderCitedList(value, levels[info.key], path, anchors));
  }
  return `<section class="durable-domain">${parts.join('')}</section>`;
}
