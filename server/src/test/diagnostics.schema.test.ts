import { strict as assert } from 'node:assert';
import { diagnostics, findings, frameworkText, span } from './util';

describe('diagnostics: schema (docs/format.md#the-json-form)', () => {
  it('finds nothing in a valid framework', () => {
    assert.deepEqual(findings(frameworkText()), []);
  });

  it('reports a missing required property on the owning property key', () => {
    const text = frameworkText({ occupation: { title: undefined } });
    assert.deepEqual(findings(text), [
      `${span(text, '"occupation"')} error missing-property Missing required property "title" in Occupation (non-empty text)`,
    ]);
  });

  it('reports a missing top-level property on the opening brace', () => {
    const text = frameworkText({ attribution: undefined });
    assert.deepEqual(findings(text), [
      '1:1-1:2 error missing-property Missing required property "attribution" in the framework (non-empty text)',
    ]);
  });

  it('reports a missing level on the "levels" key', () => {
    const text = frameworkText({ framework: { levels: { advanced: undefined } } });
    assert.deepEqual(findings(text), [
      `${span(text, '"levels"')} error missing-property Missing required property "advanced" in Levels (an object with "label" and "statements")`,
    ]);
  });

  it('carries data a quick fix can use', () => {
    const [d] = diagnostics(frameworkText({ occupation: { group: undefined } }));
    assert.deepEqual(d.data, { path: ['occupation'], key: 'group' });
    assert.equal(d.source, 'nsx-framework');
  });

  it('reports wrong types on the value', () => {
    const text = frameworkText({ occupation: { jobZone: '4', jobZoneInferred: 'yes', sector: 92 } });
    assert.deepEqual(findings(text), [
      `${span(text, '92')} error wrong-type Sector must be digits in quotes, e.g. "92"; found 92`,
      `${span(text, '"4"')} error wrong-type Job Zone must be 1–5 or null; found "4"`,
      `${span(text, '"yes"')} error wrong-type jobZoneInferred must be true or false; found "yes"`,
    ]);
  });

  it('reports a Job Zone out of range and a fractional one', () => {
    let text = frameworkText({ occupation: { jobZone: 7 } });
    assert.deepEqual(findings(text), [
      `${span(text, '7', { after: '"jobZone": ' })} error out-of-range Job Zone must be 1–5 or null; found 7`,
    ]);
    text = frameworkText({ occupation: { jobZone: 0 } });
    assert.deepEqual(findings(text), [
      `${span(text, '0', { after: '"jobZone": ' })} error out-of-range Job Zone must be 1–5 or null; found 0`,
    ]);
    text = frameworkText({ occupation: { jobZone: 2.5 } });
    assert.deepEqual(findings(text), [`${span(text, '2.5')} error wrong-type Job Zone must be 1–5 or null; found 2.5`]);
  });

  it('accepts a null Job Zone', () => {
    const text = frameworkText({
      occupation: { jobZone: null, jobZoneInferred: false },
      framework: { contextCovered: 'Office settings.' },
    });
    assert.deepEqual(findings(text), []);
  });

  it('reports a SOC code in the wrong format, with the normalized code for a fix', () => {
    const text = frameworkText({ occupation: { soc: '11-9179' } });
    const [d] = diagnostics(text);
    assert.deepEqual(findings(text), [
      `${span(text, '"11-9179"')} error soc-format SOC code must be an O*NET-SOC code like "11-9179.00"; found "11-9179"`,
    ]);
    assert.equal(d.data && (d.data as { normalized?: string }).normalized, '11-9179.00');
    const [bad] = diagnostics(frameworkText({ occupation: { soc: 'manager' } }));
    assert.equal((bad.data as { normalized?: string }).normalized, undefined);
  });

  it('reports wrong formats: version, date-time, schemaVersion, URL, CIP code, sector', () => {
    const text = frameworkText({
      schemaVersion: '1.1',
      exportedAt: '15/05/2026',
      occupation: { sector: 'ninety' },
      framework: { version: '26.05' },
      sources: { crosswalk: 'javascript:alert(1)' },
      onetEnrichment: { cipCodes: ['52.0201', '52-0201'] },
    });
    assert.deepEqual(findings(text), [
      `${span(text, '"1.1"')} error invalid-value schemaVersion must be "1.0"; found "1.1"`,
      `${span(text, '"15/05/2026"')} error invalid-format exportedAt must be an ISO 8601 date-time such as "2026-05-15T11:22:18.285Z"; found "15/05/2026"`,
      `${span(text, '"ninety"')} error invalid-format Sector must be digits in quotes, e.g. "92"; found "ninety"`,
      `${span(text, '"26.05"')} error invalid-format Framework version must be v.YY.MM, e.g. "v.26.05"; found "26.05"`,
      `${span(text, '"javascript:alert(1)"')} error invalid-format Crosswalk source must be an http or https address; found "javascript:alert(1)"`,
      `${span(text, '"52-0201"')} error invalid-format CIP code must be a CIP code like "52.0201"; found "52-0201"`,
    ]);
  });

  it('reports an empty required text', () => {
    const text = frameworkText({ framework: { contextCovered: '' } });
    assert.deepEqual(findings(text), [
      `${span(text, '""', { after: '"contextCovered": ' })} error empty-value Context covered must not be empty`,
    ]);
  });

  it('checks percentages and scores in the evidence pack', () => {
    const text = frameworkText({
      evidencePack: {
        aeiUsage: { taskObservations: 12, augmentShare: 140, timeSaved: -5, aiAutonomy: 0.4 },
        safi: { topSkill: 'Speaking', score: 101, quadrant: 'Q2_ai_augmented', precision: 'exact' },
        wefCluster: { label: 'Human-Technology Interaction', id: 'Human Tech' },
      },
    });
    assert.deepEqual(findings(text), [
      `${span(text, '140')} error out-of-range AEI augment share must be a percent from 0 to 100; found 140`,
      `${span(text, '-5')} error out-of-range AEI time saved must be a percent from 0 to 100; found -5`,
      `${span(text, '101')} error out-of-range SAFI score must be a number from 0 to 100; found 101`,
      `${span(text, '"Human Tech"')} error invalid-format WEF cluster id must be snake_case, e.g. "human_technology_interaction"; found "Human Tech"`,
    ]);
  });

  it('warns about an unknown top-level key with a did-you-mean', () => {
    const text = frameworkText({ citation: {} });
    const [d] = diagnostics(text);
    assert.deepEqual(findings(text), [
      `${span(text, '"citation"')} warning unknown-key Unknown top-level property "citation". Did you mean "citations"?`,
    ]);
    assert.deepEqual((d.data as { suggestions: string[] }).suggestions, ['citations']);
  });

  it('warns about an unknown nested key', () => {
    const text = frameworkText({ occupation: { jobzone: 4 } });
    assert.deepEqual(findings(text), [`${span(text, '"jobzone"')} warning unknown-key Unknown property "jobzone" in Occupation`]);
  });

  it('reports a level key other than the four as an error', () => {
    const text = frameworkText({ framework: { levels: { expert: { label: 'Expert', statements: [] } } } });
    assert.deepEqual(findings(text), [
      `${span(text, '"expert"')} error unknown-level Unknown level "expert": levels are exactly emerging, developing, proficient and advanced`,
    ]);
  });

  it('reports a citation key that is not lowercase, and a citation without its title', () => {
    const text = frameworkText({ citations: { 'Safi 2026': { label: 'x', title: 'y' }, ok: { label: 'OK' } } });
    assert.deepEqual(findings(text), [
      `${span(text, '"Safi 2026"')} error invalid-format Citation key must be lowercase letters, digits, dots and hyphens, starting with a letter or digit; found "Safi 2026"`,
      `${span(text, '"ok"')} error missing-property Missing required property "title" in Citation (non-empty text)`,
    ]);
  });

  it('reports a durable-skill domain that is not one of the ten, with a did-you-mean', () => {
    const text = frameworkText({ durableSkills: [{ domain: 'Comunication', levels: {} }] });
    assert.deepEqual(findings(text), [
      `${span(text, '"Comunication"')} error invalid-value Durable-skill domain must be one of Communication, Leadership, Metacognition, Critical Thinking, Collaboration, Character, Creativity, Growth Mindset, Mindfulness, Fortitude; found "Comunication". Did you mean "Communication"?`,
    ]);
  });

  it('reports a cited statement of the wrong shape', () => {
    const text = frameworkText({ aiFluency: { levels: { emerging: ['Plain — text.', { text: 'A — b.' }] } } });
    assert.deepEqual(findings(text), [
      `${span(text, '"Plain — text."')} error wrong-type Cited statement must be an object { "text": …, "cites": [ … ] }; found "Plain — text."`,
      `${span(text, '{', { after: '"Plain — text.",' })} error missing-property Missing required property "cites" in Cited statement (a list of citation keys, possibly empty)`,
    ]);
  });

  it('does not cascade missing properties after a syntax error', () => {
    const text = frameworkText().replace('"occupation": {', '"occupation": {{');
    assert.ok(findings(text).every((f) => !f.includes('missing-property')));
  });
});
