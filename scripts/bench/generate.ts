/**
 * Deterministic generator of framework files for the benchmark and for tests: the same options always give
 * the same text. A framework has every section (levels, AI fluency, evidence pack, durable skills, O*NET
 * enrichment, citations); with `faultRate > 0` a share of its statements and names carry the mistakes
 * authors make (wrong separators, missing periods, repeats, unknown citation keys and O*NET names), so
 * the checks that cost the most (did-you-mean, duplicates) have work to do.
 */
import { ONET_ELEMENTS } from '../../server/src/languageService/catalog/onetData';
import { DURABLE_DOMAINS, DURABLE_LEVEL_KEYS, LEVEL_KEYS, LEVELS } from '../../common/catalog/levels';
import { BUILTIN_CITATIONS } from '../../server/src/languageService/catalog/citations';
// The fuzzer's seeded generator: the same seed gives the same file on every platform.
import { rng } from '../../server/src/test/fuzz/mutate';
import { sampleExport } from '../../server/src/test/sampleExport';

export interface GenerateOptions {
  /** Seed of the pseudo-random sequence (same seed, same file). */
  seed?: number;
  /** Number of competency statements over all sections (core 40 %, AI fluency 20 %, durable 40 %). */
  statements?: number;
  /** Share (0–1) of statements and names written with a mistake; 0 gives a file without findings. */
  faultRate?: number;
  /** Extra citations the file defines (besides the built-in ones). */
  citations?: number;
}

// Words that say nothing of a level ("audit", "lead", "strategy", "training staff" would read as Proficient or Advanced to the
// level-progression check), so a file without mistakes has no finding. Each replaced an earlier word of the
// same length, which keeps every generated file the same length with its findings at the same places.
const WORDS = (
  'budget policy staff schedule client service quality report vendor contract forms printing safety compliance ' +
  'records inventory customer feedback process workflow standards review team meeting agenda analysis forecast ' +
  'planning resources facility community stakeholder program outcome metric survey catalogs reporting guidance ' +
  'documentation procurement evaluation improvement risk incident escalation purchasing calendar logistics'
).split(' ');
const VERBS = 'compile review draft categorize collate arrange prepare record tabulate list format catalogue align assess'.split(' ');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The framework value (a plain object, ready for JSON.stringify). */
export function generateFramework(options: GenerateOptions = {}): { [key: string]: Json } {
  const rand = rng(options.seed ?? 1);
  const total = options.statements ?? 200;
  const faultRate = options.faultRate ?? 0;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const fault = () => faultRate > 0 && rand() < faultRate;
  const citationKeys = Array.from({ length: options.citations ?? 20 }, (_, i) => `src-${i}.${Math.floor(rand() * 100)}`);
  const allKeys = [...BUILTIN_CITATIONS.map((c) => c.key), ...citationKeys];
  const texts: string[] = [];
  let serial = 0;

  /** A unique statement (the serial number keeps it unique), sometimes with a mistake. */
  const statement = (withPeriod: boolean): string => {
    serial++;
    const headline = `${cap(words(2 + Math.floor(rand() * 3)))} ${serial}`;
    const body = `${pick(VERBS)} ${words(11 + Math.floor(rand() * 8))} across cycle ${serial}`;
    let text = `${headline} — ${body}${withPeriod ? '.' : ''}`;
    if (fault()) {
      const kind = Math.floor(rand() * 4);
      if (kind === 0) text = text.replace(' — ', pick([' - ', ' – ', ' -- ', '— ']));
      else if (kind === 1) text = withPeriod ? text.slice(0, -1) : text + '.';
      else if (kind === 2 && texts.length) text = pick(texts);
      else text = `${headline} ${body}${withPeriod ? '.' : ''}`;
    }
    texts.push(text);
    return text;
  };
  const cites = (): Json[] => {
    const n = Math.floor(rand() * 3);
    return Array.from({ length: n }, () => {
      const key = pick(allKeys);
      return fault() ? key.slice(0, -1) + 'x' : key;
    });
  };
  const cited = (withPeriod: boolean) => ({ text: statement(withPeriod), cites: cites() });
  const names = (list: readonly string[], n: number): string[] =>
    Array.from({ length: n }, () => {
      const name = pick(list);
      return fault() ? name.slice(0, -2) + 'q' : name;
    });

  const core = Math.round(total * 0.4);
  const ai = Math.round(total * 0.2);
  const durable = total - core - ai;
  const split = (n: number, parts: number, i: number) => Math.floor(n / parts) + (i < n % parts ? 1 : 0);

  const levels: { [key: string]: Json } = {};
  LEVELS.forEach((l, i) => {
    levels[l.key] = { label: l.label, statements: Array.from({ length: split(core, 4, i) }, () => statement(true)) };
  });
  const aiLevels: { [key: string]: Json } = {};
  LEVEL_KEYS.forEach((k, i) => {
    aiLevels[k] = Array.from({ length: split(ai, 4, i) }, () => cited(true));
  });
  const durableSkills: Json[] = DURABLE_DOMAINS.map((domain, d) => {
    const lv: { [key: string]: Json } = {};
    DURABLE_LEVEL_KEYS.forEach((k, i) => {
      lv[k] = Array.from({ length: split(split(durable, DURABLE_DOMAINS.length, d), 4, i) }, () => cited(false));
    });
    return { domain, levels: lv };
  });
  const citations: { [key: string]: Json } = {};
  for (const key of citationKeys) {
    citations[key] = { label: cap(words(2)), title: cap(words(8)), url: `https://example.org/${key}`, license: 'CC BY 4.0' };
  }
  const enrichmentSize = Math.max(3, Math.round(total / 40));
  return {
    ...sampleExport({
      version: 'v.26.05',
      description: 'Generated for benchmarking.',
      contextCovered: 'This framework covers personal service management within Job Zone 4 settings.',
      levels,
    }),
    citations,
    aiFluency: { levels: aiLevels },
    evidencePack: {
      aeiUsage: { taskObservations: 1234, augmentShare: 61.5, timeSaved: 38.2, aiAutonomy: 2.7 },
      safi: { topSkill: fault() ? 'Critcal Thinking' : 'Critical Thinking', score: 57, quadrant: 'Augment', precision: 'High' },
      wefCluster: { label: 'Human–technology interaction', id: 'human_technology_interaction' },
    },
    durableSkills,
    onetEnrichment: {
      relatedTitles: Array.from({ length: enrichmentSize }, () => cap(words(3))),
      rapidsApprenticeships: Array.from({ length: 3 }, () => cap(words(2))),
      skills: names(ONET_ELEMENTS.skill, enrichmentSize),
      knowledge: names(ONET_ELEMENTS.knowledge, enrichmentSize),
      abilities: names(ONET_ELEMENTS.ability, enrichmentSize),
      workStyles: names(ONET_ELEMENTS.workStyle, enrichmentSize),
      technology: Array.from({ length: enrichmentSize }, () => cap(words(2)) + ' software'),
      tasks: Array.from({ length: enrichmentSize }, () => cap(words(12)) + '.'),
      cipCodes: ['52.0201', '52.0101', '44.0401'],
    },
  };
}

/** The framework as JSON text, pretty-printed with 2 spaces (as the exports and editors write it). */
export function generateFrameworkText(options: GenerateOptions = {}): string {
  return JSON.stringify(generateFramework(options), null, 2) + '\n';
}

/** Options that give a file of about `bytes` bytes (about 250 bytes per statement, pretty-printed). */
export function optionsForSize(bytes: number, seed = 1, faultRate = 0): GenerateOptions {
  return { seed, statements: Math.max(8, Math.round(bytes / 250)), faultRate, citations: 40 };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
