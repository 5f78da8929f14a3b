/**
 * A new framework to start from, in either form: every required field, the four levels with their labels and
 * one statement each. One generator serves the "Insert a framework skeleton" quick fix of an empty file (the
 * placeholders filled with their defaults) and the New Framework File command (a snippet whose tab stops are the
 * statements and the other fields the author has to write).
 */
import { JOB_ZONE_NAMES, LEVELS } from './catalog/levels';
import { SOC_MAJOR_GROUPS } from './catalog/soc';
import { SOC_PATTERN } from './patterns';

export type SkeletonForm = 'json' | 'markdown';

export interface SkeletonOptions {
  form: SkeletonForm;
  /** The O*NET-SOC code (`NN-NNNN.NN`); a placeholder when absent. */
  soc?: string;
  /** The occupation's title; a placeholder when absent. */
  title?: string;
  /** The Job Zone 1–5, or null (not known). */
  jobZone?: number | null;
  /** When the framework is written: its `exportedAt` and its version `v.YY.MM`. */
  now: Date;
  /** One level of indentation in the JSON form (two spaces by default). */
  indent?: string;
}

/** The placeholder SOC code of a skeleton that was given none: valid in form, plainly not a real occupation. */
export const PLACEHOLDER_SOC = '00-0000.00';

/** The O*NET-SOC code a file name starts with (`11-9179.00.framework.json`, as the New Framework File command names files). */
export function socOfFileName(uri: string): string | undefined {
  const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  const m = /^(\d{2}-\d{4}\.\d{2})(?:\.|$)/.exec(name);
  return m ? m[1] : undefined;
}

/** The occupation group NSX writes for an SOC code: its 2018 major group without "Occupations" ("Management"). */
export function occupationGroupOf(soc: string): string | undefined {
  const name = SOC_PATTERN.test(soc) ? SOC_MAJOR_GROUPS[soc.slice(0, 2)] : undefined;
  return name?.replace(/ Occupations$/, '');
}

/** Whether `text` is an O*NET-SOC code; otherwise why not, for a prompt that checks as the user types. */
export function checkSocCode(text: string): { ok: true; majorGroup?: string } | { ok: false; message: string } {
  const soc = text.trim();
  if (!SOC_PATTERN.test(soc)) return { ok: false, message: 'Write the O*NET-SOC code as NN-NNNN.NN, e.g. 11-9179.00' };
  return { ok: true, majorGroup: SOC_MAJOR_GROUPS[soc.slice(0, 2)] };
}

/** The Job Zones with their names, for a pick list ("4 · Considerable Preparation"). */
export function jobZoneChoices(): { zone: number; label: string }[] {
  return Object.entries(JOB_ZONE_NAMES).map(([zone, name]) => ({ zone: Number(zone), label: `${zone} · ${name}` }));
}

/** The skeleton as a snippet (tab stops `${n:default}`, `\` escaping `$`, `}` and `\`), for `editor.insertSnippet`. */
export function frameworkSkeletonSnippet(options: SkeletonOptions): string {
  return options.form === 'markdown' ? markdownSkeleton(options) : jsonSkeleton(options);
}

/** The skeleton as plain text: the snippet with every placeholder replaced by its default. */
export function frameworkSkeleton(options: SkeletonOptions): string {
  return fillSnippet(frameworkSkeletonSnippet(options));
}

/** Replaces each tab stop of a snippet by its default text (`${1:x}` → `x`, `$1` → nothing) and resolves escapes. */
export function fillSnippet(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length && '$}\\'.includes(snippet[i + 1])) {
      out += snippet[++i];
    } else if (c === '$') {
      const m = /^\$(?:(\d+)|\{(\d+)(?::|\}))/.exec(snippet.slice(i, i + 12));
      if (!m) {
        out += c;
      } else if (m[1] !== undefined || m[0].endsWith('}')) {
        i += m[0].length - 1; // `$1` or `${1}`: an empty stop
      } else {
        i += m[0].length - 1; // `${1:` — its default runs to the unescaped `}`, which is dropped
        let j = i + 1;
        for (; j < snippet.length && snippet[j] !== '}'; j++) {
          if (snippet[j] === '\\' && j + 1 < snippet.length && '$}\\'.includes(snippet[j + 1])) j++;
          out += snippet[j];
        }
        i = j;
      }
    } else {
      out += c;
    }
  }
  return out;
}

/** Escapes text for a snippet (outside or inside a placeholder). */
const esc = (text: string): string => text.replace(/[$}\\]/g, '\\$&');

interface Fields {
  soc: string;
  title: string;
  group: string;
  jobZone: string;
  exportedAt: string;
  version: string;
}

/** The fields both forms write, as snippet text: `quote` renders a known value, `stop` a placeholder (numbered in call order). */
function fieldsOf(options: SkeletonOptions, quote: (text: string) => string, stop: (text: string) => string): Fields {
  const soc = options.soc?.trim();
  const title = options.title?.trim();
  const group = soc ? occupationGroupOf(soc) : undefined;
  const now = options.now;
  const zone = options.jobZone;
  // The title's tab stop first: the Markdown form repeats it in its `# title`.
  const titleText = title ? quote(title) : stop('Occupation title');
  return {
    title: titleText,
    soc: soc && SOC_PATTERN.test(soc) ? quote(soc) : stop(PLACEHOLDER_SOC),
    group: group ? quote(group) : stop('Occupation group'),
    jobZone: typeof zone === 'number' && zone >= 1 && zone <= 5 ? String(Math.trunc(zone)) : 'null',
    exportedAt: now.toISOString(),
    version: `v.${String(now.getUTCFullYear() % 100).padStart(2, '0')}.${String(now.getUTCMonth() + 1).padStart(2, '0')}`,
  };
}

const statementDefault = (label: string): string => `${label} headline — what a practitioner at this level does, in one sentence.`;

function jsonSkeleton(options: SkeletonOptions): string {
  const i = options.indent ?? '  ';
  let n = 1;
  // Inside JSON quotes: the text JSON-escaped, then snippet-escaped.
  const inner = (text: string) => esc(JSON.stringify(text).slice(1, -1));
  const stop = (text: string) => `"\${${n++}:${inner(text)}}"`;
  const quote = (text: string) => `"${inner(text)}"`;
  const title = options.title?.trim();
  const context = stop(`This framework covers the practice of ${title ?? 'the occupation'} at four levels.`);
  const statements = LEVELS.map((level) => stop(statementDefault(level.label)));
  const f = fieldsOf(options, quote, stop);
  const levels = LEVELS.map(
    (level, k) =>
      `${i.repeat(3)}"${level.key}": {\n${i.repeat(4)}"label": "${level.label}",\n${i.repeat(4)}"statements": [\n${i.repeat(5)}${statements[k]}\n${i.repeat(4)}]\n${i.repeat(3)}}`,
  ).join(',\n');
  return [
    '{',
    `${i}"schemaVersion": "1.0",`,
    `${i}"exportedAt": "${f.exportedAt}",`,
    `${i}"occupation": {`,
    `${i}${i}"soc": ${f.soc},`,
    `${i}${i}"title": ${f.title},`,
    `${i}${i}"group": ${f.group},`,
    `${i}${i}"sector": ${stop('00')},`,
    `${i}${i}"jobZone": ${f.jobZone},`,
    `${i}${i}"jobZoneInferred": false`,
    `${i}},`,
    `${i}"framework": {`,
    `${i}${i}"version": "${f.version}",`,
    `${i}${i}"description": "",`,
    `${i}${i}"contextCovered": ${context},`,
    `${i}${i}"levels": {`,
    levels,
    `${i}${i}}`,
    `${i}},`,
    `${i}"sources": {`,
    `${i}${i}"onet": ${stop('v30.2 (CC BY 4.0)')},`,
    `${i}${i}"crosswalk": ${stop('https://skillscrosswalk.com')},`,
    `${i}${i}"generator": ${stop('Generator')}`,
    `${i}},`,
    `${i}"attribution": ${stop('Attribution')}$0`,
    '}',
    '',
  ].join('\n');
}

function markdownSkeleton(options: SkeletonOptions): string {
  let n = 1;
  // Front-matter values are YAML double-quoted scalars, which JSON's string syntax is a subset of.
  const stop = (text: string) => `"\${${n++}:${esc(JSON.stringify(text).slice(1, -1))}}"`;
  const quote = (text: string) => esc(JSON.stringify(text));
  const title = options.title?.trim();
  const context = `\${${n++}:${esc(`This framework covers the practice of ${title ?? 'the occupation'} at four levels.`)}}`;
  const statements = LEVELS.map((level) => `\${${n++}:${esc(statementDefault(level.label))}}`);
  // The `# title` repeats the front matter's title: the same tab stop, so typing one writes both.
  const titleStop = n;
  const f = fieldsOf(options, quote, stop);
  const heading = title ? esc(title) : `\${${titleStop}:Occupation title}`;
  return [
    '---',
    'schemaVersion: "1.0"',
    `exportedAt: "${f.exportedAt}"`,
    'occupation:',
    `  soc: ${f.soc}`,
    `  title: ${f.title}`,
    `  group: ${f.group}`,
    `  sector: ${stop('00')}`,
    `  jobZone: ${f.jobZone}`,
    '  jobZoneInferred: false',
    'framework:',
    `  version: ${f.version}`,
    '  description: ""',
    'sources:',
    `  onet: ${stop('v30.2 (CC BY 4.0)')}`,
    `  crosswalk: ${stop('https://skillscrosswalk.com')}`,
    `  generator: ${stop('Generator')}`,
    `attribution: ${stop('Attribution')}`,
    '---',
    '',
    `# ${heading}`,
    '',
    `Context covered: ${context}`,
    ...LEVELS.flatMap((level, k) => ['', `## ${level.label}`, `1. ${statements[k]}`]),
    '$0',
  ].join('\n');
}
