import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { linksOf } from './docsUtil';

const root = path.join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** What may go into the VSIX: the bundles, grammar, schema, media, the icon and the documents. */
const ALLOWED = [
  /^dist\/(extension|languageClient|yamlBundle|markdownItBundle|schemaBundle|globBundle|configJsonBundle|server)\.js$/,
  /^syntaxes\//,
  /^schemas\/[^/]+\.json$/,
  /^media\//,
  /^images\/icon\.png$/,
  /^(package\.json|README\.md|CHANGELOG\.md|LICENSE)$/,
];

describe('the VSIX', function () {
  this.timeout(60000);

  it('holds only the bundles, grammar, schema, media, icon, README, CHANGELOG and LICENSE, and stays small', () => {
    const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    const listed = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .sort();
    assert.deepEqual(
      listed.filter((f) => !ALLOWED.some((re) => re.test(f))),
      [],
      'files that do not belong in the VSIX',
    );
    for (const f of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'images/icon.png', 'schemas/framework.schema.json']) {
      assert.ok(listed.includes(f), `${f} is in the VSIX`);
    }
    // The bundles go in whenever they are built (`npm run build`); never their source maps or the CLI.
    for (const f of [
      'dist/extension.js',
      'dist/languageClient.js',
      'dist/yamlBundle.js',
      'dist/markdownItBundle.js',
      'dist/schemaBundle.js',
      'dist/globBundle.js',
      'dist/configJsonBundle.js',
      'dist/server.js',
    ])
      assert.equal(listed.includes(f), existsSync(path.join(root, f)), f);
    const bytes = listed.reduce((sum, f) => sum + statSync(path.join(root, f)).size, 0);
    assert.ok(bytes < 6 * 1024 * 1024, `${(bytes / 1024 / 1024).toFixed(1)} MB unpacked`);
  });

  it('has the manifest a user sees in the Marketplace', () => {
    assert.equal(pkg.displayName, 'NSX Framework Editor');
    assert.ok(pkg.description.length > 40);
    assert.equal(pkg.license, 'MIT');
    assert.match(readFileSync(path.join(root, 'LICENSE'), 'utf8'), /^MIT License/);
    assert.match(pkg.repository.url, /^https:\/\/github\.com\//);
    assert.ok(pkg.categories.includes('Linters') && pkg.keywords.length >= 5);
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.ok(pkg.capabilities.untrustedWorkspaces.description);
    for (const [key, setting] of Object.entries(pkg.contributes.configuration.properties)) {
      assert.ok((setting as { markdownDescription?: string }).markdownDescription, `${key} has a markdownDescription`);
    }
  });

  it("points the README's links to files (docs/format.md, pictures) into the repository, so they work on the Marketplace page", async () => {
    // The documents stay out of the VSIX: `vsce package` rewrites the README's relative links to the repository,
    // with the options the package script gives it.
    type Processor = { processFile(file: { path: string; contents: string }): Promise<{ contents: string | Buffer }> };
    const vsce = createRequire(__filename)('@vscode/vsce/out/package.js') as {
      ReadmeProcessor: new (manifest: unknown, options: { rewriteRelativeLinks: boolean }) => Processor;
    };
    const script: string = pkg.scripts.package;
    assert.match(script, /^vsce package /);
    const processor = new vsce.ReadmeProcessor(pkg, { rewriteRelativeLinks: !script.includes('--no-rewrite-relative-links') });
    const packed = await processor.processFile({ path: 'README.md', contents: readFileSync(path.join(root, 'README.md'), 'utf8') });
    const targets = linksOf(packed.contents.toString()).map((l) => l.target);
    assert.deepEqual(
      targets.filter((t) => !/^https?:\/\//.test(t) && !t.startsWith('#')),
      [],
      'links the Marketplace page cannot follow',
    );
    const repository = pkg.repository.url.replace(/\.git$/, '');
    assert.ok(targets.includes(`${repository}/blob/HEAD/docs/format.md#the-markdown-form`), targets.join('\n'));
  });

  it('has a 128×128 PNG icon', () => {
    const png = readFileSync(path.join(root, pkg.icon));
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  it('contributes no JSON Schema to VS Code, ships both schemas for other editors, and the nsx-framework command', () => {
    // VS Code's JSON support would report each problem a second time beside ours: framework JSON and the configuration
    // file have languages of their own instead (see the next tests); the schemas are in the VSIX for `$schema` and
    // other tools.
    assert.equal(pkg.contributes.jsonValidation, undefined);
    assert.ok(existsSync(path.join(root, 'schemas', 'framework.schema.json')));
    assert.ok(existsSync(path.join(root, 'schemas', 'nsxframework-config.schema.json')));
    assert.deepEqual(pkg.bin, { 'nsx-framework': 'dist/cli.js' });
    assert.match(readFileSync(path.join(root, 'scripts', 'build.mjs'), 'utf8'), /entryPoints: \['server\/src\/cli\.ts'\]/);
  });

  it('gives .nsxframework.json a language of its own, coloured by the grammar of JSON with comments and edited with its brackets and comments', () => {
    const language = pkg.contributes.languages.find((l: { id: string }) => l.id === 'nsx-framework-config');
    assert.deepEqual(language.filenames, ['.nsxframework.json']);
    assert.equal(language.aliases[0], 'NSX Framework Configuration');
    const configuration = JSON.parse(readFileSync(path.join(root, language.configuration), 'utf8'));
    assert.deepEqual(configuration.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
    const grammar = pkg.contributes.grammars.find((g: { language?: string }) => g.language === 'nsx-framework-config');
    const tmLanguage = JSON.parse(readFileSync(path.join(root, grammar.path), 'utf8'));
    assert.equal(tmLanguage.scopeName, grammar.scopeName);
    assert.deepEqual(tmLanguage.patterns, [{ include: 'source.json.comments' }]);
    // No other language claims the file name.
    assert.deepEqual(
      pkg.contributes.languages
        .filter((l: { filenames?: string[] }) => l.filenames?.includes('.nsxframework.json'))
        .map((l: { id: string }) => l.id),
      ['nsx-framework-config'],
    );
  });

  it("gives framework JSON a language of its own, coloured by JSON's grammar and edited with JSON's brackets and comments", () => {
    const language = pkg.contributes.languages.find((l: { id: string }) => l.id === 'nsx-framework-json');
    assert.deepEqual(language.filenamePatterns, ['*.framework.json']);
    assert.equal(language.aliases[0], 'NSX Framework (JSON)');
    const configuration = JSON.parse(readFileSync(path.join(root, language.configuration), 'utf8'));
    assert.deepEqual(configuration.brackets, [
      ['{', '}'],
      ['[', ']'],
    ]);
    assert.deepEqual(configuration.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
    const grammar = pkg.contributes.grammars.find((g: { language?: string }) => g.language === 'nsx-framework-json');
    const tmLanguage = JSON.parse(readFileSync(path.join(root, grammar.path), 'utf8'));
    assert.equal(tmLanguage.scopeName, grammar.scopeName);
    assert.deepEqual(tmLanguage.patterns, [{ include: 'source.json' }]);
    // Every menu that serves JSON frameworks serves the new language too.
    const whens = Object.values(pkg.contributes.menus as Record<string, { when?: string }[]>)
      .flat()
      .map((m) => m.when ?? '');
    for (const when of whens.filter((w) => w.includes('editorLangId == json'))) assert.match(when, /editorLangId == nsx-framework-json/);
    assert.deepEqual(pkg.contributes.configurationDefaults['[nsx-framework-json]']['editor.quickSuggestions'], { strings: true });
  });
});
