import { strict as assert } from 'node:assert';
import { diagnostics, findings, frameworkText, span } from './util';
import { rng } from './fuzz/mutate';

/** A framework whose Emerging statements are `statements`. */
const withEmerging = (...statements: string[]) => frameworkText({ framework: { levels: { emerging: { label: 'Emerging', statements } } } });
const aiEmerging = (...items: { text: string; cites: string[] }[]) => frameworkText({ aiFluency: { levels: { emerging: items } } });

describe('diagnostics: statements (docs/format.md#statements)', () => {
  it('accepts more em dashes in the body', () => {
    assert.deepEqual(findings(withEmerging('Workflow design — maps processes — including budget cycles — to embed AI.')), []);
  });

  it('reports a hyphen used as the separator, on the hyphen and its spaces', () => {
    const text = withEmerging('Budget drafts - compile under guidance.');
    const [d] = diagnostics(text);
    assert.deepEqual(findings(text), [
      `${span(text, ' - ')} warning statement-separator Separate the headline from the body with " — " (space, em dash, space), not " - " (a hyphen)`,
    ]);
    assert.deepEqual(d.data, { path: ['framework', 'levels', 'emerging', 'statements', 0], index: 13, length: 3, replacement: ' — ' });
  });

  it('reports an en dash and a badly spaced em dash', () => {
    const text = withEmerging('Budget drafts – compile under guidance.', 'Board letters—draft routine letters.');
    assert.deepEqual(findings(text), [
      `${span(text, ' – ')} warning statement-separator Separate the headline from the body with " — " (space, em dash, space), not " – " (an en dash)`,
      `${span(text, '—', { after: 'Board letters' })} warning statement-separator Separate the headline from the body with " — " (space, em dash, space), not "—" (an em dash without one space on each side)`,
    ]);
  });

  it('does not take a hyphen inside a word for a separator', () => {
    const text = withEmerging('Multi-year budgets drafted under guidance.');
    assert.deepEqual(findings(text), [
      `${span(text, '"Multi-year budgets drafted under guidance."')} warning statement-missing-separator This statement has no " — " (space, em dash, space) between a headline and a body`,
    ]);
  });

  // The shape checks read the statement in place; this is the same rule written with slices and expressions.
  it('decides empty, headline, body and final period as the plain way does, on random statements', () => {
    const plain = (text: string, kind: 'core' | 'durable'): string[] => {
      if (!/\S/.test(text)) return ['statement-missing-separator'];
      const out: string[] = [];
      const sep = text.indexOf(' — ');
      if (sep >= 0) {
        if (!/\S/.test(text.slice(0, sep))) out.push('statement-empty-headline');
        if (!/[^\s.]/.test(text.slice(sep + 3))) out.push('statement-empty-body');
      }
      const trimmed = text.trimEnd();
      if (kind === 'core' && !trimmed.endsWith('.')) out.push(`statement-final-period at ${trimmed.length}`);
      if (kind === 'durable' && trimmed.endsWith('.')) out.push(`statement-unexpected-period at ${trimmed.length - 1}`);
      return out;
    };
    const pieces = ['Budget', ' — ', ' ', '\u00a0', '\u2028', '\u3000', '\ufeff', '\t', '.', '..', 'drafts', 'é', '\n', ' — .'];
    const r = rng(5);
    for (let n = 0; n < 400; n++) {
      const text = Array.from({ length: 1 + Math.floor(r() * 6) }, () => pieces[Math.floor(r() * pieces.length)]).join('');
      const core = diagnostics(withEmerging(text)).filter(
        (d) =>
          /^statement-(?!separator|missing-separator$)/.test(String(d.code)) ||
          (d.code === 'statement-missing-separator' && !/\S/.test(text)),
      );
      const durable = diagnostics(
        frameworkText({ durableSkills: [{ domain: 'Communication', levels: { applying: [{ text, cites: [] }] } }] }),
      ).filter(
        (d) =>
          /^statement-(?!separator|missing-separator$)/.test(String(d.code)) ||
          (d.code === 'statement-missing-separator' && !/\S/.test(text)),
      );
      const described = (ds: typeof core) =>
        ds.map((d) => {
          const data = d.data as { insertAt?: number; index?: number };
          return `${d.code}${data.insertAt !== undefined ? ` at ${data.insertAt}` : data.index !== undefined ? ` at ${data.index}` : ''}`;
        });
      assert.deepEqual(described(core).sort(), plain(text, 'core').sort(), JSON.stringify(text));
      assert.deepEqual(described(durable).sort(), plain(text, 'durable').sort(), JSON.stringify(text));
    }
  });

  it('reports an empty headline and an empty body', () => {
    const text = withEmerging(' — compile under guidance.', 'Budget drafts — .');
    assert.deepEqual(findings(text), [
      `${span(text, ' — ', { after: '"' })} warning statement-empty-headline The headline before " — " is empty`,
      `${span(text, ' — .')} warning statement-empty-body The body after " — " is empty`,
    ]);
  });

  it('reports a missing final period on its last character, with where to insert it', () => {
    const text = withEmerging('Budget drafts — compile under guidance');
    const [d] = diagnostics(text);
    assert.deepEqual(findings(text), [
      `${span(text, 'e', { after: 'under guidanc' })} warning statement-final-period A level statement ends with a period`,
    ]);
    assert.equal((d.data as { insertAt: number }).insertAt, 'Budget drafts — compile under guidance'.length);
  });

  it('maps ranges through JSON escapes in the statement', () => {
    const text = withEmerging('Quoted \u201cdrafts\u201d \\ tabs - compile.').replace('\\u201c', '\\u201c');
    const escaped = JSON.stringify('Quoted \u201cdrafts\u201d \\ tabs - compile.');
    assert.ok(text.includes(escaped.slice(1, -1)));
    assert.deepEqual(
      findings(text).map((f) => f.split(' ')[0]),
      [span(text, ' - ')],
    );
    const unicodeEscaped = text.replace('Quoted', 'Qu\\u006fted');
    assert.deepEqual(
      findings(unicodeEscaped).map((f) => f.split(' ')[0]),
      [span(unicodeEscaped, ' - ')],
    );
  });

  it('checks AI-fluency statements like level statements', () => {
    const text = aiEmerging({ text: 'AI drafting - uses AI tools', cites: [] });
    assert.deepEqual(findings(text), [
      `${span(text, ' - ')} warning statement-separator Separate the headline from the body with " — " (space, em dash, space), not " - " (a hyphen)`,
      `${span(text, 's', { after: 'uses AI tool' })} warning statement-final-period An AI-fluency statement ends with a period`,
    ]);
  });

  it('wants durable-skill statements without a final period', () => {
    const text = frameworkText({
      durableSkills: [
        {
          domain: 'Communication',
          levels: {
            emerging: [
              { text: 'Client intake — gathers preferences', cites: [] },
              { text: 'Briefing — presents updates.', cites: [] },
            ],
          },
        },
      ],
    });
    assert.deepEqual(findings(text), [
      `${span(text, '.', { after: 'presents updates' })} warning statement-unexpected-period Durable-skill statements end without a period (NSX shows them without one)`,
    ]);
  });

  it('reports a repeated statement on the repeat, pointing at the first', () => {
    const repeated = 'Emerging headline one — body of emerging statement one.';
    const text = frameworkText({
      framework: { levels: { advanced: { label: 'Advanced', statements: ['Advanced one — something.', `  ${repeated.toUpperCase()}`] } } },
    });
    const ds = diagnostics(text);
    assert.deepEqual(findings(text), [
      `${span(text, `"  ${repeated.toUpperCase()}"`)} warning statement-duplicate This statement repeats Emerging statement 1`,
    ]);
    assert.equal(ds[0].relatedInformation?.[0].message, 'First stated here');
    assert.equal(ds[0].relatedInformation?.[0].location.range.start.line, Number(span(text, `"${repeated}"`).split(':')[0]) - 1);
  });
});

describe('diagnostics: framework rules', () => {
  it('reports a level label that does not match its key', () => {
    const text = frameworkText({ framework: { levels: { proficient: { label: 'Expert' } } } });
    const [d] = diagnostics(text);
    assert.deepEqual(findings(text), [
      `${span(text, '"Expert"')} error level-label The proficient level's label must be "Proficient"; found "Expert"`,
    ]);
    assert.equal((d.data as { expected: string }).expected, 'Proficient');
  });

  it('reports jobZoneInferred true with jobZone null', () => {
    const text = frameworkText({ occupation: { jobZone: null, jobZoneInferred: true }, framework: { contextCovered: 'Office work.' } });
    assert.deepEqual(findings(text), [
      `${span(text, 'true')} error job-zone-inferred-without-zone jobZoneInferred is true ("Sibling-inferred"), but there is no Job Zone to infer: jobZone is null`,
    ]);
  });

  it('warns when Context covered names another Job Zone', () => {
    const text = frameworkText({ framework: { contextCovered: 'Covers job zone 3 settings and Job Zone 4 teams.' } });
    assert.deepEqual(findings(text), [
      `${span(text, 'job zone 3')} warning context-job-zone Context covered says "job zone 3", but the occupation's Job Zone is 4`,
    ]);
  });
});

describe('diagnostics: citations, O*NET names, domains', () => {
  it('accepts built-in and file-defined citation keys', () => {
    const text = frameworkText({
      citations: { 'my-source': { label: 'Mine', title: 'My source' } },
      aiFluency: { levels: { emerging: [{ text: 'AI drafting — uses AI tools.', cites: ['safi-2026', 'my-source', 'aei-2026-03-24'] }] } },
    });
    assert.deepEqual(findings(text), []);
  });

  it('reports an unknown citation key in every position of the list', () => {
    const text = aiEmerging({ text: 'AI drafting — uses AI tools.', cites: ['safi-2026', 'wef-2012', 'nobody'] });
    const ds = diagnostics(text);
    assert.deepEqual(findings(text), [
      `${span(text, '"wef-2012"')} error unknown-citation Unknown citation "wef-2012": it is neither built in nor defined in "citations". Did you mean "wef-2021"?`,
      `${span(text, '"nobody"')} error unknown-citation Unknown citation "nobody": it is neither built in nor defined in "citations"`,
    ]);
    assert.deepEqual(ds[0].data, { path: ['aiFluency', 'levels', 'emerging', 0, 'cites', 1], key: 'wef-2012', suggestions: ['wef-2021'] });
  });

  it('reports O*NET names not in the catalog of their list', () => {
    const text = frameworkText({
      onetEnrichment: {
        skills: ['Speaking', 'Speeking', 'Oral Expression'],
        knowledge: ['Mathematics'],
        workStyles: ['Integrity', 'Honesty'],
      },
      evidencePack: { safi: { topSkill: 'Writting', score: 10, quadrant: 'Q1', precision: 'exact' } },
    });
    assert.deepEqual(findings(text), [
      `${span(text, '"Speeking"')} warning unknown-onet-name "Speeking" is not one of the O*NET 30 Skills. Did you mean "Speaking"?`,
      `${span(text, '"Oral Expression"')} warning unknown-onet-name "Oral Expression" is one of the O*NET Abilities, not of the Skills`,
      `${span(text, '"Honesty"')} warning unknown-onet-name "Honesty" is not one of the O*NET 30 Work Styles`,
      `${span(text, '"Writting"')} warning unknown-onet-name "Writting" is not one of the O*NET 30 Skills. Did you mean "Writing"?`,
    ]);
  });

  it('warns about a durable-skill domain listed twice', () => {
    const text = frameworkText({
      durableSkills: [
        { domain: 'Character', levels: {} },
        { domain: 'Character', levels: {} },
      ],
    });
    assert.deepEqual(findings(text), [
      `${span(text, '"Character"', { occurrence: 2 })} warning duplicate-domain The durable-skill domain "Character" is listed more than once`,
    ]);
  });
});

describe('diagnostics: settings', () => {
  it('applies severity overrides and turns codes off', () => {
    const text = withEmerging('Budget drafts - compile under guidance');
    const settings = { severity: { 'statement-separator': 'error', 'statement-final-period': 'off' } as const };
    assert.deepEqual(findings(text, undefined, settings), [
      `${span(text, ' - ')} error statement-separator Separate the headline from the body with " — " (space, em dash, space), not " - " (a hyphen)`,
    ]);
  });
});
