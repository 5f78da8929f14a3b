import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnostics, findings, frameworkText, readFixture, span } from './util';
import { mdDiagnostics, mdFindings, mdFramework, mdParse } from './markdownUtil';
import { createLanguageService } from '../languageService';
import { OTHER_OCCUPATIONS } from './ladderSamples';

const ESTABLISH =
  'Enterprise-wide policy and objective frameworks — establish and evolve to guide all organizational activities and ensure mission continuity at scale.';
const SUPERVISED =
  'Accounting software entries — input financial transaction data accurately under direct oversight within an established budget cycle.';
const ROUTINE =
  'Policy implementation plans — develop and communicate to staff with reduced oversight to ensure continuity of organizational operations.';

const core = (level: string, ...statements: string[]) =>
  frameworkText({ framework: { levels: { [level]: { label: level[0].toUpperCase() + level.slice(1), statements } } } });

const progression = (list: Diagnostic[]) => list.filter((d) => d.code === 'level-progression');

describe('diagnostics: level-progression', () => {
  it('reports Advanced wording in Emerging, on the words that suggest it, naming the strongest', () => {
    const text = core('emerging', ESTABLISH);
    assert.deepEqual(findings(text), [
      `${span(text, 'Enterprise-wide policy and objective frameworks — establish and evolve to guide all organizational activities and ensure mission continuity at scale')} ` +
        'warning level-progression This Emerging statement reads like Advanced ("establish", "enterprise-wide").',
    ]);
    assert.deepEqual(diagnostics(text)[0].data, { path: ['framework', 'levels', 'emerging', 'statements', 0], reads: 'advanced' });
  });

  it('reports supervised wording in Advanced', () => {
    const text = core('advanced', SUPERVISED);
    assert.deepEqual(findings(text), [
      `${span(text, 'input financial transaction data accurately under direct oversight within an established')} ` +
        'warning level-progression This Advanced statement reads like Emerging ("direct oversight", "input").',
    ]);
  });

  it('leaves wording one level away alone, and statements with too few cues', () => {
    // Developing wording ("reduced oversight") in Emerging and in Proficient: one level away.
    assert.deepEqual(findings(core('emerging', ROUTINE)), []);
    assert.deepEqual(findings(core('proficient', ROUTINE)), []);
    // One hint ("follow") is not enough to call a statement misplaced.
    assert.deepEqual(findings(core('advanced', 'Onboarding notes — follow them.')), []);
    // No cue at all.
    assert.deepEqual(findings(core('advanced', 'Budget drafts — compile them.')), []);
  });

  it('reports an AI-fluency statement, naming it so', () => {
    const text = frameworkText({
      aiFluency: {
        levels: {
          advanced: [
            { text: 'AI-drafted memos — uses AI tools to generate first-draft memos, then reviews each output for accuracy.', cites: [] },
          ],
        },
      },
    });
    assert.deepEqual(findings(text), [
      `${span(text, 'first-draft memos, then reviews each output for accuracy')} ` +
        'warning level-progression This AI-fluency Advanced statement reads like Emerging ("first-draft", "reviews each output").',
    ]);
  });

  it('does not read durable-skill statements, whose levels climb another ladder', () => {
    const text = frameworkText({
      durableSkills: [{ domain: 'Leadership', levels: { emerging: [{ text: `${ESTABLISH.slice(0, -1)}`, cites: [] }] } }],
    });
    assert.deepEqual(progression(diagnostics(text)), []);
  });

  it('underlines the same words in the Markdown form', () => {
    const text = mdFramework({ framework: { levels: { emerging: { label: 'Emerging', statements: [ESTABLISH] } } } });
    assert.deepEqual(mdFindings(text), [
      `${span(text, 'Enterprise-wide policy and objective frameworks — establish and evolve to guide all organizational activities and ensure mission continuity at scale')} ` +
        'warning level-progression This Emerging statement reads like Advanced ("establish", "enterprise-wide").',
    ]);
  });

  it('takes extra cue words per level from its options, ignoring values of the wrong type', () => {
    const text = core('advanced', 'Shift rosters — shadow the rota lead on quiet shifts.');
    assert.deepEqual(findings(text), []); // "shadow" alone (a hint) says too little
    const ruleOptions = {
      'level-progression': { cues: { emerging: ['quiet shifts', 'rota lead', 42], advanced: 'not a list', proficient: null } },
    };
    assert.deepEqual(findings(text, undefined, { ruleOptions: ruleOptions as never }), [
      `${span(text, 'shadow the rota lead on quiet shifts')} warning level-progression This Advanced statement reads like Emerging ("rota lead", "quiet shifts").`,
    ]);
    for (const bad of [
      { 'level-progression': { cues: 'x' } },
      { 'level-progression': 7 },
      { 'level-progression': { cues: { emerging: [null, {}] } } },
      [],
    ]) {
      assert.deepEqual(findings(text, undefined, { ruleOptions: bad as never }), []);
    }
  });

  it('takes thousands of extra cue words', () => {
    const many = Array.from({ length: 5000 }, (_, k) => `rotaword${k}`);
    const text = core('advanced', 'Shift rosters — keep rotaword17 and rotaword4999 on quiet shifts.');
    assert.deepEqual(findings(text, undefined, { ruleOptions: { 'level-progression': { cues: { emerging: many } } } }), [
      `${span(text, 'rotaword17 and rotaword4999')} warning level-progression This Advanced statement reads like Emerging ("rotaword17", "rotaword4999").`,
    ]);
  });

  it('compares the words themselves, not only their hashes', () => {
    // Each pair has the same 30-bit hash (the ladder looks words up by it): "ulbpgjxm" and "pnufyhwb", "ecxpcl" and "ekfrwt".
    const cue = core('advanced', 'Shift rosters — ulbpgjxm the ecxpcl rota.');
    const lookalike = core('advanced', 'Shift rosters — pnufyhwb the ekfrwt rota.');
    const reads = `${span(cue, 'ulbpgjxm the ecxpcl')} warning level-progression This Advanced statement reads like Emerging ("ulbpgjxm", "ecxpcl").`;
    const onlyEmerging = { 'level-progression': { cues: { emerging: ['ulbpgjxm', 'ecxpcl'] } } };
    assert.deepEqual(findings(cue, undefined, { ruleOptions: onlyEmerging }), [reads]);
    assert.deepEqual(findings(lookalike, undefined, { ruleOptions: onlyEmerging }), []);
    // Both words of each pair on the ladder, on different rungs: each is read as its own.
    const both = { 'level-progression': { cues: { emerging: ['ulbpgjxm', 'ecxpcl'], advanced: ['pnufyhwb', 'ekfrwt'] } } };
    assert.deepEqual(findings(cue, undefined, { ruleOptions: both }), [reads]);
    assert.deepEqual(findings(lookalike, undefined, { ruleOptions: both }), []);
    const advancedInEmerging = core('emerging', 'Shift rosters — pnufyhwb the ekfrwt rota.');
    assert.deepEqual(findings(advancedInEmerging, undefined, { ruleOptions: both }), [
      `${span(advancedInEmerging, 'pnufyhwb the ekfrwt')} warning level-progression This Emerging statement reads like Advanced ("pnufyhwb", "ekfrwt").`,
    ]);
  });
  it('shows the rung of the ladder on hovering a Markdown level heading', () => {
    const text = mdFramework({ aiFluency: { levels: { advanced: [{ text: 'AI policy — sets team standards for AI use.', cites: [] }] } } });
    const doc = mdParse(text);
    const hoverAt = (needle: string, occurrence: number) => {
      let at = -1;
      for (let i = 0; i < occurrence; i++) at = text.indexOf(needle, at + 1);
      const hover = createLanguageService().doHover(doc, doc.textDocument.positionAt(at + needle.length - 2));
      return (hover?.contents as { value: string } | undefined)?.value;
    };
    assert.equal(
      hoverAt('## Advanced', 1),
      '**Advanced** — Lead / Principal / Executive\n\nLadder: Sets direction: defines, establishes, leads and architects at the organizational, enterprise or executive level.',
    );
    // Under "## AI fluency", the AI-fluency rung.
    assert.equal(
      hoverAt('### Advanced', 1),
      '**Advanced** — Lead / Principal / Executive\n\nAI-fluency ladder: Sets team or organizational standards and governance for AI use and redesigns workflows around it.',
    );
  });

  it('follows the severity setting', () => {
    const text = core('emerging', ESTABLISH);
    assert.deepEqual(findings(text, undefined, { severity: { 'level-progression': 'off' } }), []);
    assert.match(findings(text, undefined, { severity: { 'level-progression': 'error' } })[0], / error level-progression /);
  });
});

// A classifier's measurements, on the real frameworks: no finding where NSX put a statement, and the finding on
// statements moved two or three levels away.
describe('level-progression on the real frameworks', () => {
  const LEVEL_KEYS = ['emerging', 'developing', 'proficient', 'advanced'];
  const JSON_FIXTURES = ['example-full-11-9179.00.framework.json', 'export-11-9179.00.json', 'export-43-9199.00.json'];
  const RECALL = 0.8;

  it('finds nothing in the reference frameworks, JSON and Markdown', () => {
    for (const name of JSON_FIXTURES) assert.deepEqual(progression(diagnostics(readFixture(name), `file:///work/${name}`)), [], name);
    const md = 'example-full-11-9179.00.framework.md';
    assert.deepEqual(progression(mdDiagnostics(readFixture(md), `file:///work/${md}`)), [], md);
  });

  type Framework = {
    framework: { levels: Record<string, { statements: string[] }> };
    aiFluency?: { levels: Record<string, { text: string }[]> };
  };

  /** Moves statement `index` of `from` to the end of `to` and tells whether it gets the finding there. */
  const flaggedWhenMoved = (name: string, section: 'core' | 'ai', from: string, index: number, to: string): boolean => {
    const value = JSON.parse(readFixture(name)) as Framework;
    let path: (string | number)[];
    if (section === 'core') {
      const [moved] = value.framework.levels[from].statements.splice(index, 1);
      const target = value.framework.levels[to].statements;
      target.push(moved);
      path = ['framework', 'levels', to, 'statements', target.length - 1];
    } else {
      const levels = value.aiFluency!.levels;
      const [moved] = levels[from].splice(index, 1);
      levels[to].push(moved);
      path = ['aiFluency', 'levels', to, levels[to].length - 1, 'text'];
    }
    const found = progression(diagnostics(JSON.stringify(value, null, 2), `file:///work/${name}`));
    return found.some((d) => JSON.stringify((d.data as { path: unknown }).path) === JSON.stringify(path));
  };

  const recall = (name: string, section: 'core' | 'ai') => {
    const value = JSON.parse(readFixture(name)) as Framework;
    const count = (level: string) =>
      section === 'core' ? value.framework.levels[level].statements.length : (value.aiFluency?.levels[level]?.length ?? 0);
    let hits = 0;
    let total = 0;
    for (const [from, to] of [
      ['advanced', 'emerging'],
      ['emerging', 'advanced'],
    ]) {
      for (let i = 0; i < count(from); i++) {
        total++;
        if (flaggedWhenMoved(name, section, from, i, to)) hits++;
      }
    }
    return { hits, total };
  };

  for (const name of JSON_FIXTURES) {
    it(`${name}: at least ${RECALL * 100} % of the Advanced statements moved to Emerging and Emerging to Advanced get the finding`, () => {
      const { hits, total } = recall(name, 'core');
      console.log(`      recall ${hits}/${total} = ${((100 * hits) / total).toFixed(0)} % (threshold ${RECALL * 100} %)`);
      assert.ok(total >= 20 && hits / total >= RECALL, `${hits}/${total}`);
    });
  }

  it(`AI fluency of the full example: at least ${RECALL * 100} % of the moved statements get the finding`, () => {
    const { hits, total } = recall('example-full-11-9179.00.framework.json', 'ai');
    console.log(`      AI-fluency recall ${hits}/${total} = ${((100 * hits) / total).toFixed(0)} % (threshold ${RECALL * 100} %)`);
    assert.ok(total >= 5 && hits / total >= RECALL, `${hits}/${total}`);
  });

  it('statements written for other occupations: no finding in place, and most moved three levels get it', () => {
    const placed: string[] = [];
    let hits = 0;
    let total = 0;
    for (const [occupation, levels] of Object.entries(OTHER_OCCUPATIONS)) {
      levels.forEach((list, place) => {
        const own = LEVEL_KEYS[place];
        for (const s of list) if (progression(diagnostics(core(own, s))).length > 0) placed.push(`${occupation} ${own}: ${s}`);
        if (place === 0 || place === 3) {
          for (const s of list) {
            total++;
            if (progression(diagnostics(core(LEVEL_KEYS[3 - place], s))).length > 0) hits++;
          }
        }
      });
    }
    console.log(`      other occupations: recall ${hits}/${total} = ${((100 * hits) / total).toFixed(0)} % (threshold 70 %)`);
    assert.deepEqual(placed, []);
    assert.ok(hits / total >= 0.7, `${hits}/${total}`);
  });
});
