/**
 * The framework schema (docs/format.md#the-json-form): the single source of truth for types, required
 * properties, ranges and formats. `schemas/framework.schema.json` is generated from it.
 *
 * Each field carries `title` (how a person names it) and `expect` (what it must be), from which the
 * diagnostics build messages such as "Job Zone must be 1–5 or null; found 7".
 * Shape checks of statements and cross-field rules are domain checks (features/diagnostics), not here.
 */
import * as z from 'zod';
import { CITATION_KEY_PATTERN } from '../catalog/citations';
import { DURABLE_DOMAINS } from '../../../../common/catalog/levels';
import { CIP_PATTERN, SNAKE_CASE_PATTERN, SOC_PATTERN, VERSION_PATTERN } from '../../../../common/patterns';

export interface FieldMeta {
  title: string;
  expect: string;
  description?: string;
}

// The schema itself gets the metadata (`meta()` would register a copy of it): each field's schema is made for
// it alone, and building the framework schema took about twice as long with a copy per field.
function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  z.globalRegistry.add(schema, { ...meta });
  return schema;
}

const nonEmpty = (title: string, description?: string) => field(z.string().min(1), { title, expect: 'non-empty text', description });
const text = (title: string, description?: string) => field(z.string(), { title, expect: 'text', description });
const percent = (title: string) => field(z.number().min(0).max(100), { title, expect: 'a percent from 0 to 100' });
const httpUrl = (title: string) => field(z.url({ protocol: /^https?$/ }), { title, expect: 'an http or https address' });

const statement = field(z.string(), { title: 'Statement', expect: 'text in the form "Headline — body"' });

const level = (name: string) =>
  field(
    z.strictObject({
      label: field(z.string(), { title: 'Level label', expect: `text ("${name}")` }),
      statements: field(z.array(statement), { title: `${name} statements`, expect: 'a list of statements' }),
    }),
    { title: `The ${name} level`, expect: 'an object with "label" and "statements"' },
  );

const citationKey = field(z.string(), { title: 'Citation key', expect: 'a citation key such as "onet-30.2"' });

export const citedStatementSchema = field(
  z.strictObject({
    text: statement,
    cites: field(z.array(citationKey), { title: 'Citations', expect: 'a list of citation keys, possibly empty' }),
  }),
  { title: 'Cited statement', expect: 'an object { "text": …, "cites": [ … ] }' },
);

const citedList = (title: string) => field(z.array(citedStatementSchema), { title, expect: 'a list of cited statements' }).optional();

const onetList = (title: string, kind: string) =>
  field(z.array(field(z.string(), { title: `${kind} name`, expect: `an O*NET ${kind.toLowerCase()} name` })), {
    title,
    expect: 'a list of names',
  }).optional();

const textList = (title: string) => field(z.array(text(`${title} entry`)), { title, expect: 'a list of text' }).optional();

export const frameworkSchema = field(
  z.strictObject({
    schemaVersion: field(z.literal('1.0'), { title: 'schemaVersion', expect: '"1.0"' }),
    exportedAt: field(z.iso.datetime({ offset: true }), {
      title: 'exportedAt',
      expect: 'an ISO 8601 date-time such as "2026-05-15T11:22:18.285Z"',
    }),
    occupation: field(
      z.strictObject({
        soc: field(z.string().regex(SOC_PATTERN), {
          title: 'SOC code',
          expect: 'an O*NET-SOC code like "11-9179.00"',
        }),
        title: nonEmpty('Occupation title'),
        group: nonEmpty('Occupation group'),
        sector: field(z.string().regex(/^\d+$/), { title: 'Sector', expect: 'digits in quotes, e.g. "92"' }),
        jobZone: field(z.number().int().min(1).max(5).nullable(), { title: 'Job Zone', expect: '1–5 or null' }),
        jobZoneInferred: field(z.boolean(), { title: 'jobZoneInferred', expect: 'true or false' }),
      }),
      { title: 'Occupation', expect: 'an object with soc, title, group, sector, jobZone and jobZoneInferred' },
    ),
    framework: field(
      z.strictObject({
        version: field(z.string().regex(VERSION_PATTERN), {
          title: 'Framework version',
          expect: 'v.YY.MM, e.g. "v.26.05"',
        }),
        description: text('Framework description', 'May be empty.'),
        contextCovered: nonEmpty('Context covered'),
        levels: field(
          z.strictObject({
            emerging: level('Emerging'),
            developing: level('Developing'),
            proficient: level('Proficient'),
            advanced: level('Advanced'),
          }),
          { title: 'Levels', expect: 'an object with emerging, developing, proficient and advanced' },
        ),
      }),
      { title: 'Framework', expect: 'an object with version, description, contextCovered and levels' },
    ),
    sources: field(
      z.strictObject({
        onet: nonEmpty('O*NET source', 'e.g. "v30.2 (CC BY 4.0)"'),
        crosswalk: httpUrl('Crosswalk source'),
        generator: nonEmpty('Generator', 'e.g. "LER.me"'),
      }),
      { title: 'Sources', expect: 'an object with onet, crosswalk and generator' },
    ),
    attribution: nonEmpty('Attribution', 'e.g. "© EBSCOed"'),

    citations: field(
      z.record(
        field(z.string().regex(CITATION_KEY_PATTERN), {
          title: 'Citation key',
          expect: 'lowercase letters, digits, dots and hyphens, starting with a letter or digit',
        }),
        field(
          z.strictObject({
            label: nonEmpty('Citation label'),
            title: nonEmpty('Citation title'),
            url: httpUrl('Citation URL').optional(),
            license: text('Citation license').optional(),
          }),
          { title: 'Citation', expect: 'an object with label, title and optionally url and license' },
        ),
      ),
      { title: 'Citations', expect: 'an object of citation key → { label, title, url?, license? }' },
    ).optional(),
    aiFluency: field(
      z.strictObject({
        levels: field(
          z.strictObject({
            emerging: citedList('Emerging AI-fluency statements'),
            developing: citedList('Developing AI-fluency statements'),
            proficient: citedList('Proficient AI-fluency statements'),
            advanced: citedList('Advanced AI-fluency statements'),
          }),
          { title: 'AI-fluency levels', expect: 'an object with emerging, developing, proficient and advanced' },
        ),
      }),
      { title: 'AI fluency', expect: 'an object with "levels"' },
    ).optional(),
    evidencePack: field(
      z.strictObject({
        aeiUsage: field(
          z.strictObject({
            taskObservations: field(z.number().int().min(0), {
              title: 'AEI task observations',
              expect: 'a whole number of 0 or more',
            }),
            augmentShare: percent('AEI augment share'),
            timeSaved: percent('AEI time saved'),
            aiAutonomy: field(z.number(), { title: 'AEI AI autonomy', expect: 'a number' }),
          }),
          { title: 'AEI usage', expect: 'an object with taskObservations, augmentShare, timeSaved and aiAutonomy' },
        ).optional(),
        safi: field(
          z.strictObject({
            topSkill: field(z.string(), { title: 'SAFI top skill', expect: 'an O*NET skill name' }),
            score: field(z.number().min(0).max(100), { title: 'SAFI score', expect: 'a number from 0 to 100' }),
            quadrant: nonEmpty('SAFI quadrant'),
            precision: nonEmpty('SAFI precision'),
          }),
          { title: 'SAFI positioning', expect: 'an object with topSkill, score, quadrant and precision' },
        ).optional(),
        wefCluster: field(
          z.strictObject({
            label: nonEmpty('WEF cluster label'),
            id: field(z.string().regex(SNAKE_CASE_PATTERN), {
              title: 'WEF cluster id',
              expect: 'snake_case, e.g. "human_technology_interaction"',
            }),
          }),
          { title: 'WEF cluster', expect: 'an object with label and id' },
        ).optional(),
      }),
      { title: 'Evidence pack', expect: 'an object with aeiUsage, safi and wefCluster (each optional)' },
    ).optional(),
    durableSkills: field(
      z.array(
        field(
          z.strictObject({
            domain: field(z.enum(DURABLE_DOMAINS), {
              title: 'Durable-skill domain',
              expect: `one of ${DURABLE_DOMAINS.join(', ')}`,
            }),
            levels: field(
              z.strictObject({
                emerging: citedList('Emerging durable-skill statements'),
                developing: citedList('Developing durable-skill statements'),
                applying: citedList('Applying durable-skill statements'),
                exceeding: citedList('Exceeding durable-skill statements'),
              }),
              { title: 'Durable-skill levels', expect: 'an object with emerging, developing, applying and exceeding' },
            ),
          }),
          { title: 'Durable-skill domain entry', expect: 'an object { "domain": …, "levels": { … } }' },
        ),
      ),
      { title: 'Durable skills', expect: 'a list of domains' },
    ).optional(),
    onetEnrichment: field(
      z.strictObject({
        relatedTitles: textList('Related titles'),
        rapidsApprenticeships: textList('RAPIDS apprenticeships'),
        skills: onetList('Skills', 'Skill'),
        knowledge: onetList('Knowledge', 'Knowledge area'),
        abilities: onetList('Abilities', 'Ability'),
        workStyles: onetList('Work styles', 'Work style'),
        technology: textList('Technology'),
        tasks: textList('Tasks'),
        cipCodes: field(z.array(field(z.string().regex(CIP_PATTERN), { title: 'CIP code', expect: 'a CIP code like "52.0201"' })), {
          title: 'CIP codes',
          expect: 'a list of CIP codes',
        }).optional(),
      }),
      { title: 'O*NET enrichment', expect: 'an object of lists' },
    ).optional(),
  }),
  { title: 'NSX framework', expect: 'an object' },
);

export type Framework = z.infer<typeof frameworkSchema>;
