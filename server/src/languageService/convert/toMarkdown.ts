/**
 * A framework's JSON value → its Markdown form, in the canonical layout (docs/format.md#the-markdown-form). Pure.
 *
 * Lossless: a section the body cannot spell exactly (a level whose label differs from its key's, a
 * statement with a line break, a cited statement with an extra property, …) stays in the front matter
 * as it is, and the Markdown reader takes it from there, so reading the result gives the same value.
 */
import { DURABLE_LEVELS, LEVELS, levelInfo, type LevelInfo } from '../../../../common/catalog/levels';
import { AI_FLUENCY_HEADING, CONTEXT_PREFIX, DURABLE_HEADING } from '../parse/markdownBody';
import { yamlMapping } from './yaml';

type Obj = Record<string, unknown>;

export class ConversionError extends Error {}

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasExactly = (v: Obj, keys: string[]) => Object.keys(v).length === keys.length && keys.every((k) => k in v);
const trailingCitation = /\[@[^\]\s]*\][ \t]*$/;

/** Text the body can hold on one line exactly: no line break, no leading or trailing space or tab. */
const lineOk = (s: unknown): s is string => typeof s === 'string' && !/[\r\n]/.test(s) && !/^[ \t]|[ \t]$/.test(s);
const citedOk = (s: unknown): s is { text: string; cites: string[] } =>
  isObject(s) &&
  hasExactly(s, ['text', 'cites']) &&
  lineOk(s.text) &&
  !trailingCitation.test(s.text) &&
  Array.isArray(s.cites) &&
  s.cites.every((c) => typeof c === 'string' && /^[^\]\s[]*$/.test(c));
const levelKeysOk = (v: Obj, known: readonly LevelInfo[]) => Object.keys(v).every((k) => known.some((l) => l.key === k));
const citedLevelsOk = (v: unknown, known: readonly LevelInfo[]): v is Record<string, unknown[]> =>
  isObject(v) && levelKeysOk(v, known) && Object.values(v).every((list) => Array.isArray(list) && list.every(citedOk));

const levelsOk = (v: unknown): v is Record<string, { label: string; statements: string[] }> =>
  isObject(v) &&
  levelKeysOk(v, LEVELS) &&
  Object.entries(v).every(
    ([key, level]) =>
      isObject(level) &&
      hasExactly(level, ['label', 'statements']) &&
      level.label === levelInfo(key)?.label &&
      Array.isArray(level.statements) &&
      level.statements.every(lineOk),
  );
const aiOk = (v: unknown): v is { levels: Record<string, unknown[]> } =>
  isObject(v) && hasExactly(v, ['levels']) && citedLevelsOk(v.levels, LEVELS);
const durableOk = (v: unknown): v is { domain: string; levels: Record<string, unknown[]> }[] =>
  Array.isArray(v) &&
  v.every(
    (d) =>
      isObject(d) &&
      hasExactly(d, ['domain', 'levels']) &&
      lineOk(d.domain) &&
      d.domain !== '' &&
      !/(^|\s)#+$/.test(d.domain) &&
      citedLevelsOk(d.levels, DURABLE_LEVELS),
  );

/** The Markdown form of a framework value. Throws {@link ConversionError} when the value is not an object. */
export function toMarkdown(value: unknown): string {
  if (!isObject(value)) throw new ConversionError('The file holds no framework object to convert');
  const front: Obj = { ...value };
  const body: string[] = [];

  const occupation = value.occupation;
  if (isObject(occupation) && typeof occupation.title === 'string')
    body.push(`# ${occupation.title.replace(/\s+/g, ' ').trim()}`.trimEnd(), '');

  const fw = value.framework;
  if (isObject(fw)) {
    const rest: Obj = { ...fw };
    let moved = false;
    if (lineOk(fw.contextCovered)) {
      body.push(`${CONTEXT_PREFIX} ${fw.contextCovered}`.trimEnd(), '');
      delete rest.contextCovered;
      moved = true;
    }
    if (levelsOk(fw.levels)) {
      for (const [key, level] of Object.entries(fw.levels)) {
        body.push(`## ${levelInfo(key)!.label}`, ...level.statements.map((s, i) => item(i, s, [])), '');
      }
      delete rest.levels;
      moved = true;
    }
    if (moved && Object.keys(rest).length === 0) delete front.framework;
    else front.framework = rest;
  }

  if (aiOk(value.aiFluency)) {
    body.push(`## ${AI_FLUENCY_HEADING}`, '');
    pushCitedLevels(body, value.aiFluency.levels, LEVELS, '###');
    delete front.aiFluency;
  }

  if (durableOk(value.durableSkills)) {
    body.push(`## ${DURABLE_HEADING}`, '');
    for (const d of value.durableSkills) {
      body.push(`### ${d.domain}`, '');
      pushCitedLevels(body, d.levels, DURABLE_LEVELS, '####');
    }
    delete front.durableSkills;
  }

  while (body.length && body[body.length - 1] === '') body.pop();
  return ['---', ...yamlMapping(front), '---', '', ...body, ''].join('\n');
}

function pushCitedLevels(body: string[], levels: Record<string, unknown[]>, known: readonly LevelInfo[], marks: string): void {
  for (const [key, list] of Object.entries(levels)) {
    const label = known.find((l) => l.key === key)!.label;
    body.push(`${marks} ${label}`, ...(list as { text: string; cites: string[] }[]).map((s, i) => item(i, s.text, s.cites)), '');
  }
}

/** `1. text [@a] [@b]`; an empty statement is a bare `1.`. */
function item(index: number, text: string, cites: string[]): string {
  return [`${index + 1}.`, text, ...cites.map((c) => `[@${c}]`)].filter((p) => p !== '').join(' ');
}
