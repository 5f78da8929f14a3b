import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver-types';
import { createLanguageService } from '../languageService';
import { renderBody, renderFramework } from '../languageService/render';
import { diagnostics, findings, frameworkText, parse, readFixture, span } from './util';
import { MD_URI, mdDiagnostics, mdFindings, mdFramework } from './markdownUtil';
import { fixAllText, quickFixes } from './actionsUtil';

const core = (level: string, ...statements: string[]) =>
  frameworkText({ framework: { levels: { [level]: { label: level[0].toUpperCase() + level.slice(1), statements } } } });

const SUBSTANCE = new Set(['level-progression', 'statement-vague-verb', 'statement-too-long', 'task-not-grounded']);

describe('diagnostics: statement-vague-verb', () => {
  it('reports a body opening with a vague verb, on the verb, offering observable verbs in the same form', () => {
    const text = core(
      'developing',
      'Budget rules — understand the budget cycle.',
      'Wiring codes — Fully understands the local wiring codes.',
      'Office policies — is aware of the office policies.',
    );
    assert.deepEqual(findings(text), [
      `${span(text, 'understand')} warning statement-vague-verb "understand" names no observable action: open with what a person can be seen doing, such as "explain", "describe" or "apply"`,
      `${span(text, 'understands')} warning statement-vague-verb "understands" names no observable action: open with what a person can be seen doing, such as "explains", "describes" or "applies"`,
      `${span(text, 'is aware of')} warning statement-vague-verb "is aware of" names no observable action: open with what a person can be seen doing, such as "identifies", "describes" or "follows"`,
    ]);
  });

  it('leaves observable openers alone, and a vague verb later in the body', () => {
    const text = core(
      'developing',
      'Budget drafts — compile and format budget drafts.',
      'Staff briefings — brief staff so that they understand the plan.',
      'Known issues — resolve known issues in the tracker.',
      'Learning plans — draft learning plans for new staff.',
    );
    assert.deepEqual(findings(text), []);
  });

  it('offers each observable verb as a quick fix, none preferred, none applied by "fix all"', () => {
    const text = core('developing', 'Budget rules — Understand the budget cycle.');
    const fixes = quickFixes(text, 'statement-vague-verb');
    assert.deepEqual(
      fixes.map((f) => [f.title, f.preferred, JSON.parse(f.result).framework.levels.developing.statements[0]]),
      [
        ['Replace "Understand" with "Explain"', false, 'Budget rules — Explain the budget cycle.'],
        ['Replace "Understand" with "Describe"', false, 'Budget rules — Describe the budget cycle.'],
        ['Replace "Understand" with "Apply"', false, 'Budget rules — Apply the budget cycle.'],
      ],
    );
    assert.equal(fixAllText(text), text);
  });

  it('reads the Markdown form the same way, and its fix edits the Markdown', () => {
    const text = mdFramework({
      framework: { levels: { developing: { label: 'Developing', statements: ['Budget rules — know the budget cycle.'] } } },
    });
    assert.deepEqual(mdFindings(text), [
      `${span(text, 'know', { after: 'Budget rules — ' })} warning statement-vague-verb "know" names no observable action: open with what a person can be seen doing, such as "identify", "state" or "describe"`,
    ]);
    const [first] = quickFixes(text, 'statement-vague-verb', 1, MD_URI);
    assert.match(first.result, /1\. Budget rules — identify the budget cycle\./);
  });

  it('takes extra vague verbs from its options, ignoring values of the wrong type', () => {
    const text = core('developing', 'Risk registers — realise the main risks.', 'Safety rules — Be mindful of the safety rules.');
    assert.deepEqual(findings(text), []);
    const ruleOptions = { 'statement-vague-verb': { verbs: ['realise', 'be mindful of', 3, ''] } };
    assert.deepEqual(findings(text, undefined, { ruleOptions: ruleOptions as never }), [
      `${span(text, 'realise')} warning statement-vague-verb "realise" names no observable action: open with what a person can be seen doing, such as "explain", "describe" or "apply"`,
      `${span(text, 'Be mindful of')} warning statement-vague-verb "Be mindful of" names no observable action: open with what a person can be seen doing, such as "Explain", "Describe" or "Apply"`,
    ]);
    assert.deepEqual(findings(text, undefined, { ruleOptions: { 'statement-vague-verb': { verbs: 'realise' } } }), []);
  });
});

describe('diagnostics: statement-too-long', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

  it('reports a statement of more than 40 words on the whole statement, naming the count and the limit', () => {
    // "Long one —" is two words (the dash is none) and the body 39: 41 in all.
    const long = `Long one — ${words(39)}.`;
    const text = core('developing', long, `Short one — ${words(38)}.`);
    assert.deepEqual(findings(text), [
      `${span(text, long)} info statement-too-long This statement has 41 words, more than 40: say it in fewer words or split it`,
    ]);
  });

  it('counts words parted by white space other than a plain space (no-break spaces)', () => {
    const long = `Long one — ${Array.from({ length: 39 }, (_, i) => `word${i}`).join('\u00a0')}.`;
    const text = core('developing', long);
    assert.deepEqual(findings(text), [
      `${span(text, long)} info statement-too-long This statement has 41 words, more than 40: say it in fewer words or split it`,
    ]);
  });

  it('counts hyphenated words once and takes maxWords from its options (a whole number of at least 1)', () => {
    // Ten words; the other statements of the framework have eight.
    const statement = 'Decision-making — make well-founded, evidence-based calls daily on staffing and rosters.';
    const text = core('developing', statement);
    assert.deepEqual(findings(text, undefined, { ruleOptions: { 'statement-too-long': { maxWords: 10 } } }), []);
    assert.deepEqual(findings(text, undefined, { ruleOptions: { 'statement-too-long': { maxWords: 9 } } }), [
      `${span(text, statement)} info statement-too-long This statement has 10 words, more than 9: say it in fewer words or split it`,
    ]);
    for (const maxWords of [0, -3, 2.5, '5', null]) {
      assert.deepEqual(findings(text, undefined, { ruleOptions: { 'statement-too-long': { maxWords } } }), [], String(maxWords));
    }
  });

  it('reports durable-skill statements too, and the Markdown form', () => {
    const long = `Long one — ${words(45)}`;
    const json = frameworkText({ durableSkills: [{ domain: 'Leadership', levels: { applying: [{ text: long, cites: [] }] } }] });
    assert.deepEqual(findings(json), [
      `${span(json, long)} info statement-too-long This statement has 47 words, more than 40: say it in fewer words or split it`,
    ]);
    const md = mdFramework({ framework: { levels: { developing: { label: 'Developing', statements: [`${long}.`] } } } });
    assert.deepEqual(mdFindings(md), [
      `${span(md, `${long}.`)} info statement-too-long This statement has 47 words, more than 40: say it in fewer words or split it`,
    ]);
  });
});

describe('diagnostics: task-not-grounded', () => {
  const withTasks = (tasks: string[], statements = ['Budgets — prepare budgets and submit them for approval.']) =>
    frameworkText({ onetEnrichment: { tasks }, framework: { levels: { developing: { label: 'Developing', statements } } } });

  it('reports a task no core or AI-fluency statement shares two content words with', () => {
    const text = withTasks(['Prepare budgets for approval, including program funding.', 'Inspect aircraft engines for cracks.']);
    assert.deepEqual(findings(text), [
      `${span(text, '"Inspect aircraft engines for cracks."')} info task-not-grounded No statement grounds this task: none shares two content words with it`,
    ]);
  });

  it('compares words by a light stem, leaves out stop words, and does not judge a task of one content word', () => {
    // "budgeting" and "budgets", "approved" and "approval" meet; "for", "the" and "activities" do not count.
    assert.deepEqual(findings(withTasks(['Approved budgeting.'])), []);
    const stopWords = withTasks(['Submit the activities for them to the board.'], ['Reports — submit the activities for review.']);
    assert.deepEqual(
      findings(stopWords).map((f) => f.split(' ')[2]),
      ['task-not-grounded'],
    );
    assert.deepEqual(findings(withTasks(['Welding.'])), []);
  });

  it('does not count durable-skill statements as grounding', () => {
    const text = frameworkText({
      onetEnrichment: { tasks: ['Weld steel beams on site.'] },
      durableSkills: [{ domain: 'Character', levels: { applying: [{ text: 'Steel beams — welds steel beams with care', cites: [] }] } }],
    });
    assert.deepEqual(
      findings(text).map((f) => f.split(' ')[2]),
      ['task-not-grounded'],
    );
  });

  it('reports on the task in the Markdown front matter', () => {
    const md = mdFramework({ onetEnrichment: { tasks: ['Inspect aircraft engines for cracks.'] } });
    assert.deepEqual(mdFindings(md), [
      `${span(md, 'Inspect aircraft engines for cracks.')} info task-not-grounded No statement grounds this task: none shares two content words with it`,
    ]);
  });

  it('lists the statements that ground a task in its hover, and says when none does', () => {
    const text = withTasks(
      ['Prepare budgets for approval.', 'Inspect aircraft engines for cracks.', 'Fly.'],
      ['Budgets — prepare budgets and submit them for approval.', 'Budget reviews — review prepared budgets with the board.'],
    );
    const service = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'] }));
    const doc = service.parse(TextDocument.create('file:///work/test.framework.json', 'json', 1, text));
    const hoverAt = (needle: string) =>
      (service.doHover(doc, doc.textDocument.positionAt(text.indexOf(needle) + 2))?.contents as MarkupContent).value;
    assert.equal(
      hoverAt('"Prepare budgets for approval."'),
      '**O\\*NET task** · grounded in 2 statements\n\n- Developing statement 1: Budgets\n- Developing statement 2: Budget reviews',
    );
    assert.equal(
      hoverAt('"Inspect aircraft'),
      '**O\\*NET task** · not grounded in a statement\n\nNo core or AI-fluency statement shares two content words with it.',
    );
    assert.equal(hoverAt('"Fly."'), '**O\\*NET task**\n\nToo few content words to tell which statements it grounds.');
  });

  it('marks an ungrounded task in the preview, and renders a grounded one as before', () => {
    const text = withTasks(['Prepare budgets for approval.', 'Inspect aircraft engines for cracks.']);
    const html = renderBody(renderFramework(parse(text)));
    assert.match(html, /Prepare budgets for approval\.<\/li>/);
    assert.match(html, /Inspect aircraft engines for cracks\. <span class="ungrounded">\(not grounded in a statement\)<\/span><\/li>/);
  });
});

describe('rules of substance on the real frameworks', () => {
  it('find nothing in any reference framework, JSON or Markdown', () => {
    for (const name of ['example-full-11-9179.00.framework.json', 'export-11-9179.00.json', 'export-43-9199.00.json']) {
      assert.deepEqual(
        diagnostics(readFixture(name), `file:///work/${name}`).filter((d) => SUBSTANCE.has(String(d.code))),
        [],
        name,
      );
    }
    const md = 'example-full-11-9179.00.framework.md';
    assert.deepEqual(
      mdDiagnostics(readFixture(md), `file:///work/${md}`).filter((d) => SUBSTANCE.has(String(d.code))),
      [],
    );
  });

  it('ground every task of the full example, as its hover shows', () => {
    const text = readFixture('example-full-11-9179.00.framework.json');
    const value = JSON.parse(text) as { onetEnrichment: { tasks: string[] } };
    assert.ok(value.onetEnrichment.tasks.length >= 4);
    const html = renderBody(renderFramework(parse(text, 'file:///work/example-full-11-9179.00.framework.json')));
    assert.doesNotMatch(html, /ungrounded/);
  });
});

describe("the README's examples of the rules", () => {
  it('give the findings the README shows, and the good ones none', () => {
    const readme = readFileSync(path.join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    const rules = readme.slice(readme.indexOf('\n## Rules\n'), readme.indexOf('\n## Hover and completion\n'));
    let checked = 0;
    for (const section of rules.split('\n### ').slice(1)) {
      const code = /^`([a-z-]+)`/.exec(section)![1];
      for (const m of section.matchAll(/^- (Bad|Good)(?: \(in (\w+)\))?: `([^`]+ — [^`]+)`(?:\s+→ `([^`]+)`)?/gm)) {
        const [, kind, level = 'Developing', statement, message] = m;
        const found = diagnostics(core(level.toLowerCase(), statement))
          .filter((d) => d.code === code)
          .map((d) => d.message);
        assert.deepEqual(found, kind === 'Bad' ? [message] : [], `${code}: ${statement}`);
        checked++;
      }
    }
    assert.ok(checked >= 5, `${checked} examples`);
  });
});
