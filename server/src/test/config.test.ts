import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { config as configCore, createLanguageService, type LanguageServiceSettings } from '../languageService';
import { RULE_OPTIONS, configSchema } from '../languageService/config/schema';
import { frameworkText, span } from './util';

const { parseConfig, resolveRules, turnOffEdit } = configCore;
const CONFIG_URI = 'file:///work/project/.nsxframework.json';

/** The findings of a configuration text as `L:C-L:C code message`. */
function configFindings(text: string): string[] {
  return parseConfig(TextDocument.create(CONFIG_URI, 'jsonc', 1, text)).diagnostics.map(
    (d) =>
      `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.code} ${d.message}`,
  );
}
const parsed = (text: string) => parseConfig(TextDocument.create(CONFIG_URI, 'jsonc', 1, text));

/** A framework whose first Emerging statement lacks its final period (one `statement-final-period` warning). */
const NO_PERIOD = frameworkText({
  framework: { levels: { emerging: { statements: ['Emerging headline one — body of it', 'Emerging headline two — body of two.'] } } },
});

function findingsWith(text: string, uri: string, settings: LanguageServiceSettings): string[] {
  const service = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'], ...settings }));
  return service.computeDiagnostics(service.parse(TextDocument.create(uri, 'json', 1, text))).map((d) => `${d.code} ${d.severity}`);
}

describe('config: .nsxframework.json findings', () => {
  it('accepts comments, trailing commas, every severity and a rule object with options', () => {
    const text = `{
  // turned off for the drafts
  "$schema": "./x.json",
  "rules": {
    "statement-final-period": "off",
    "duplicate-soc": "hint",
    "statement-too-long": { "severity": "information", "maxWords": 50 },
    "level-progression": { "cues": { "advanced": ["enterprise roadmap"] } },
    "statement-vague-verb": { "verbs": ["grok"] },
  },
  "overrides": [{ "files": ["drafts/**"], "rules": { "unknown-key": "error" } }],
}`;
    assert.deepEqual(configFindings(text), []);
    const config = parsed(text);
    assert.deepEqual(config.rules['statement-too-long'], { severity: 'information', options: { maxWords: 50 } });
    assert.deepEqual(config.overrides, [{ index: 0, files: ['drafts/**'], rules: { 'unknown-key': { severity: 'error', options: {} } } }]);
  });

  it('names an unknown code with a did-you-mean, on the key', () => {
    const text = '{ "rules": { "statement-final-perod": "off", "no-such-rule": "off" } }';
    assert.deepEqual(configFindings(text), [
      `${span(text, '"statement-final-perod"')} config-unknown-rule Unknown rule "statement-final-perod" (did you mean "statement-final-period"?)`,
      `${span(text, '"no-such-rule"')} config-unknown-rule Unknown rule "no-such-rule"`,
    ]);
  });

  it('names a bad severity, a bad setting and a bad option, on the value', () => {
    const text =
      '{ "rules": { "statement-final-period": "warn", "duplicate-key": 2, "statement-too-long": { "maxWords": 0, "max": 3 }, "unknown-key": { "severity": "loud", "verbs": [] } } }';
    assert.deepEqual(configFindings(text), [
      `${span(text, '"warn"')} config-invalid The severity of "statement-final-period" must be "off", "error", "warning", "information" or "hint"; found "warn" (did you mean "warning"?)`,
      `${span(text, '2')} config-invalid The setting of "duplicate-key" must be a severity ("off", "error", "warning", "information" or "hint") or an object with "severity"; found 2`,
      `${span(text, '0')} config-invalid "maxWords" of "statement-too-long" must be a whole number of 1 or more; found 0`,
      `${span(text, '"max"')} config-invalid The rule "statement-too-long" has no option "max": it takes "severity", "maxWords"`,
      `${span(text, '"loud"')} config-invalid The severity of "unknown-key" must be "off", "error", "warning", "information" or "hint"; found "loud"`,
      `${span(text, '"verbs"')} config-invalid The rule "unknown-key" has no option "verbs": it takes only "severity"`,
    ]);
  });

  it('checks nested options: a cue list of the wrong type, an unknown level, an empty verb', () => {
    const text =
      '{ "rules": { "level-progression": { "cues": { "emerging": "under supervision", "expert": [] } }, "statement-vague-verb": { "verbs": ["grasp", ""] } } }';
    assert.deepEqual(configFindings(text), [
      `${span(text, '"under supervision"')} config-invalid "cues.emerging" of "level-progression" must be a list of words or phrases; found "under supervision"`,
      `${span(text, '"expert"')} config-invalid "cues" of "level-progression" has no "expert": it takes "emerging", "developing", "proficient" or "advanced"`,
      `${span(text, '""')} config-invalid "verbs[1]" of "statement-vague-verb" must be non-empty text; found ""`,
    ]);
  });

  it('names broken JSON where it breaks, and then configures nothing', () => {
    const text = '{ "rules": { "statement-final-period": "off" "duplicate-key": "off" } }';
    assert.deepEqual(configFindings(text), [`${span(text, '"duplicate-key"')} config-syntax Expected a comma "," between items`]);
    assert.deepEqual([parsed(text).broken, parsed(text).rules], [true, {}]);
  });

  it('names a file cut short inside two objects once, as a framework file is (its comment and trailing comma are no finding)', () => {
    const text =
      '{\n  // cut short while typing\n  "rules": {\n    "statement-too-long": { "maxWords": 50, },\n    "statement-final-period": "off"\n';
    assert.deepEqual(configFindings(text), ['6:1-6:1 config-syntax Expected "}}" to close 2 objects']);
    assert.deepEqual([parsed(text).broken, parsed(text).rules], [true, {}]);
    assert.deepEqual(configFindings('{ "rules": {} '), ['1:15-1:15 config-syntax Expected "}" to close the object']);
  });

  it('names a malformed file: not an object, unknown properties, bad overrides', () => {
    assert.deepEqual(configFindings('[]'), [
      '1:1-1:3 config-invalid The configuration must be an object such as { "rules": { "statement-final-period": "off" } }; found a list',
    ]);
    const text = '{ "rule": {}, "rules": [], "overrides": [3, { "rules": {} }, { "files": [], "rule": {} }, { "files": ["a/**", 4] }] }';
    assert.deepEqual(configFindings(text), [
      `${span(text, '"rule"')} config-invalid Unknown property "rule": the configuration has "rules" and "overrides" (did you mean "rules"?)`,
      `${span(text, '[]')} config-invalid "rules" must be an object of settings by code, e.g. { "statement-final-period": "off" }; found a list`,
      `${span(text, '3')} config-invalid An override must be an object such as { "files": ["drafts/**"], "rules": { … } }; found 3`,
      `${span(text, '{', { after: '3, ' })} config-invalid An override needs "files": a list of globs of the files it applies to`,
      `${span(text, '[]', { after: '"files": ' })} config-invalid "files" must be a list of one or more globs, e.g. ["drafts/**"]; found an empty list`,
      `${span(text, '"rule"', { occurrence: 2 })} config-invalid Unknown property "rule" in an override: it has "files" and "rules" (did you mean "rules"?)`,
      `${span(text, '4')} config-invalid A glob must be non-empty text; found 4`,
    ]);
  });

  it('keeps the valid parts of a file with problems; an empty file configures nothing and has no finding', () => {
    const config = parsed('{ "rules": { "statement-final-period": "off", "nope": "off", "duplicate-key": "warn" } }');
    assert.deepEqual(config.rules, { 'statement-final-period': { severity: 'off', options: {} } });
    assert.deepEqual([configFindings(''), configFindings('  // nothing yet\n')], [[], []]);
  });

  it('survives hostile input: deep nesting, huge numbers, odd keys', () => {
    assert.deepEqual(
      configFindings('['.repeat(100000)).map((f) => f.split(' ')[1]),
      ['config-invalid'],
    );
    assert.deepEqual(
      configFindings('{ "rules": { "__proto__": "off", "constructor": "off" } }').map((f) => f.split(' ').slice(1, 5).join(' ')),
      ['config-unknown-rule Unknown rule "__proto__"', 'config-unknown-rule Unknown rule "constructor"'],
    );
  });

  it('agrees with its zod schema on which files are valid', () => {
    const texts = [
      '{}',
      '{ "rules": { "statement-final-period": "off" } }',
      '{ "rules": { "statement-final-period": "warn" } }',
      '{ "rules": { "statement-too-long": { "maxWords": 2.5 } } }',
      '{ "rules": { "statement-too-long": { "maxWords": 12, "severity": "hint" } } }',
      '{ "rules": { "level-progression": { "cues": { "advanced": ["x"] } } } }',
      '{ "rules": { "level-progression": { "cues": { "advanced": [1] } } } }',
      '{ "overrides": [{ "files": ["*.md"] }] }',
      '{ "overrides": [{ "files": [] }] }',
      '{ "overrides": [{ "rules": {} }] }',
      '{ "other": 1 }',
    ];
    for (const text of texts) assert.equal(configFindings(text).length === 0, configSchema.safeParse(JSON.parse(text)).success, text);
  });

  it('knows the options of each rule without loading zod, as the schema declares them', () => {
    for (const [code, options] of Object.entries(RULE_OPTIONS)) {
      const text = `{ "rules": { "${code}": { ${Object.keys(options)
        .map((o) => `"${o}": null`)
        .join(', ')} } } }`;
      assert.ok(
        configFindings(text).every((f) => !f.includes('has no option')),
        text,
      );
    }
  });
});

describe('config: rules for a file', () => {
  const text = `{
  "rules": { "statement-final-period": "error", "statement-too-long": { "maxWords": 30 } },
  "overrides": [
    { "files": ["drafts/**"], "rules": { "statement-final-period": "off" } },
    { "files": ["*.md"], "rules": { "statement-too-long": { "severity": "hint", "maxWords": 60 } } },
    { "files": ["drafts/keep.framework.json"], "rules": { "statement-final-period": "warning" } }
  ]
}`;
  const config = parsed(text);

  it('applies rules, then each matching override in order (globs relative to the folder; a name glob matches in any folder)', () => {
    assert.deepEqual(resolveRules(config, 'file:///work/project/a.framework.json'), {
      severity: { 'statement-final-period': 'error' },
      ruleOptions: { 'statement-too-long': { maxWords: 30 } },
    });
    assert.deepEqual(resolveRules(config, 'file:///work/project/drafts/x.framework.json').severity, { 'statement-final-period': 'off' });
    assert.deepEqual(resolveRules(config, 'file:///work/project/drafts/keep.framework.json').severity, {
      'statement-final-period': 'warning',
    });
    assert.deepEqual(resolveRules(config, 'file:///work/project/deep/er/x.framework.md'), {
      severity: { 'statement-final-period': 'error', 'statement-too-long': 'hint' },
      ruleOptions: { 'statement-too-long': { maxWords: 60 } },
    });
  });

  it("matches no override for a file outside the configuration's folder", () => {
    assert.deepEqual(resolveRules(config, 'file:///elsewhere/drafts/x.framework.md').severity, { 'statement-final-period': 'error' });
  });

  it('wins over the nsxFramework.severity setting code by code in the checks', () => {
    const uri = 'file:///work/project/a.framework.json';
    assert.deepEqual(findingsWith(NO_PERIOD, uri, {}), ['statement-final-period 2']);
    assert.deepEqual(findingsWith(NO_PERIOD, uri, { severity: { 'statement-final-period': 'hint' } }), ['statement-final-period 4']);
    const rulesFor = (u: string) => resolveRules(config, u);
    assert.deepEqual(findingsWith(NO_PERIOD, uri, { severity: { 'statement-final-period': 'hint' }, rulesFor }), [
      'statement-final-period 1',
    ]);
    assert.deepEqual(findingsWith(NO_PERIOD, 'file:///work/project/drafts/a.framework.json', { rulesFor }), []);
    // A setting the file does not name stays the editor's.
    const only = (u: string) => resolveRules(parsed('{ "rules": { "duplicate-key": "off" } }'), u);
    assert.deepEqual(findingsWith(NO_PERIOD, uri, { severity: { 'statement-final-period': 'hint' }, rulesFor: only }), [
      'statement-final-period 4',
    ]);
  });
});

describe('config: the "Turn off" quick fix', () => {
  const uri = 'file:///work/project/a.framework.json';
  const service = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'] }));
  const doc = service.parse(TextDocument.create(uri, 'json', 1, NO_PERIOD));
  const finding = service.computeDiagnostics(doc)[0];
  const apply = (text: string, edit: WorkspaceEdit | undefined) =>
    TextDocument.applyEdits(TextDocument.create(CONFIG_URI, 'jsonc', 1, text), edit!.changes![CONFIG_URI]);

  it('is offered for every finding, last, not preferred and never in Fix all', () => {
    const actions = service.provideCodeActions(doc, { diagnostics: [finding], config: { uri: CONFIG_URI, text: undefined } });
    const titles = actions.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`);
    assert.deepEqual(titles, ['Add the final period (preferred)', 'Turn off `statement-final-period` in .nsxframework.json']);
    assert.deepEqual(actions[1].diagnostics, [finding]);
    assert.deepEqual(
      service
        .provideCodeActions(doc, { diagnostics: [finding], only: ['source.fixAll'], config: { uri: CONFIG_URI, text: undefined } })
        .map((a) => a.title),
      ['Fix all auto-fixable problems'],
    );
    // Without a place to write (an untitled file), no such fix.
    assert.deepEqual(
      service.provideCodeActions(doc, { diagnostics: [finding] }).map((a) => a.title),
      ['Add the final period'],
    );
  });

  it('creates the file when there is none', () => {
    const edit = turnOffEdit(uri, 'statement-final-period', { uri: CONFIG_URI, text: undefined })!;
    assert.deepEqual(edit.documentChanges![0], { kind: 'create', uri: CONFIG_URI, options: { overwrite: false, ignoreIfExists: true } });
    const change = edit.documentChanges![1] as TextDocumentEdit;
    assert.equal(change.textDocument.uri, CONFIG_URI);
    const newText = (change.edits[0] as TextEdit).newText;
    assert.equal(newText, '{\n  "rules": {\n    "statement-final-period": "off"\n  }\n}\n');
    assert.deepEqual(configFindings(newText), []);
  });

  it('edits the existing file keeping its comments, layout and other rules', () => {
    const text = '{\n    // the team\'s rules\n    "rules": {\n        "duplicate-key": "off" // noisy\n    }\n}\n';
    assert.equal(
      apply(text, turnOffEdit(uri, 'statement-final-period', { uri: CONFIG_URI, text })),
      '{\n    // the team\'s rules\n    "rules": {\n        "duplicate-key": "off", // noisy\n        "statement-final-period": "off"\n    }\n}\n',
    );
    const noRules = '{\n  /* none yet */\n}\n';
    assert.equal(
      apply(noRules, turnOffEdit(uri, 'statement-final-period', { uri: CONFIG_URI, text: noRules })),
      '{\n  "rules": {\n    "statement-final-period": "off"\n  }\n  /* none yet */\n}\n',
    );
    const multi = '{\n  "overrides": [] // later\n}';
    assert.equal(
      apply(multi, turnOffEdit(uri, 'duplicate-key', { uri: CONFIG_URI, text: multi })),
      '{\n  "overrides": [], // later\n  "rules": {\n    "duplicate-key": "off"\n  }\n}',
    );
    assert.equal(
      apply('', turnOffEdit(uri, 'duplicate-key', { uri: CONFIG_URI, text: '' })),
      '{\n  "rules": {\n    "duplicate-key": "off"\n  }\n}\n',
    );
  });

  it("keeps a rule's options, sets a bad severity right, and turns it off in a matching override that sets it", () => {
    const text =
      '{\n  "rules": { "statement-too-long": { "maxWords": 30 }, "duplicate-key": "warn" },\n  "overrides": [{ "files": ["*.json"], "rules": { "duplicate-key": "error" } }, { "files": ["*.md"], "rules": { "duplicate-key": "error" } }]\n}';
    assert.equal(
      apply(text, turnOffEdit(uri, 'statement-too-long', { uri: CONFIG_URI, text })),
      text.replace('{ "maxWords": 30 }', '{ "maxWords": 30, "severity": "off" }'),
    );
    const off = apply(text, turnOffEdit(uri, 'duplicate-key', { uri: CONFIG_URI, text }));
    assert.equal(
      off,
      text
        .replace('"duplicate-key": "warn"', '"duplicate-key": "off"')
        .replace('"duplicate-key": "error" } }, {', '"duplicate-key": "off" } }, {'),
    );
    assert.deepEqual(resolveRules(parsed(off), uri).severity['duplicate-key'], 'off');
  });

  it('leaves a file with broken JSON alone (no fix rather than a worse file)', () => {
    const text = '{ "rules": { "duplicate-key": "off" ';
    assert.equal(turnOffEdit(uri, 'statement-final-period', { uri: CONFIG_URI, text }), undefined);
    assert.deepEqual(
      service.provideCodeActions(doc, { diagnostics: [finding], config: { uri: CONFIG_URI, text } }).map((a) => a.title),
      ['Add the final period'],
    );
  });

  it('offers one fix per code, for the findings of ours only', () => {
    const other: Diagnostic = { ...finding, source: 'json' };
    const actions = configCore.turnOffActions(uri, [finding, { ...finding }, other], { uri: CONFIG_URI, text: undefined });
    assert.deepEqual(
      actions.map((a) => [a.title, a.diagnostics?.length]),
      [['Turn off `statement-final-period` in .nsxframework.json', 2]],
    );
  });
});
