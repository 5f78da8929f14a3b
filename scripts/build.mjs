// Bundles the extension (client) and the language server with esbuild.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'info',
  // jsonc-parser ships a UMD build by default; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

// Some ESM dependencies (tinyglobby's fdir, in the glob bundle) read `import.meta.url`, which a CommonJS bundle lacks: supply it.
const importMetaUrl = {
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "var __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const electronTests = process.argv.includes('--electron-tests');

// Libraries the server and the CLI load on first use from bundles of their own (languageService/util/lazyLibraries.ts).
// The schema bundle holds zod and the framework schema (most files are shown valid without them); the glob bundle
// tinyglobby and minimatch (loaded when a folder is searched or a file name matched against the globs); the
// configuration bundle VS Code's JSON language service with the schema of `.nsxframework.json` (loaded when one is edited).
const LAZY_BUNDLES = ['./yamlBundle', './markdownItBundle', './schemaBundle', './globBundle', './configJsonBundle'];

const builds = [
  // The extension and the language client it loads just after activation (extension.ts requires it by path).
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './languageClient'] },
  { ...common, entryPoints: ['client/src/languageClient.ts'], outfile: 'dist/languageClient.js', external: ['vscode'] },
  // The server and the CLI load the Markdown, YAML and glob libraries from their own bundles on first use (util/lazyLibraries.ts).
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', external: LAZY_BUNDLES },
  ...LAZY_BUNDLES.map((name) => ({
    ...common,
    ...(name === './globBundle' ? importMetaUrl : {}),
    entryPoints: [`server/src/languageService/util/${name.slice(2)}.ts`],
    outfile: `dist/${name.slice(2)}.js`,
  })),
  // The `nsx-framework` command (package.json `bin`); not part of the VSIX.
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', external: LAZY_BUNDLES, banner: { js: '#!/usr/bin/env node' } },
  // The preview webview's script: a browser bundle, loaded from media/ by nonce.
  {
    ...common,
    platform: 'browser',
    format: 'iife',
    entryPoints: ['client/src/preview/webview.ts'],
    outfile: 'media/preview.js',
    sourcemap: false,
  },
];
if (electronTests) {
  // The @vscode/test-electron runner and the suite it loads inside desktop VS Code (never in the VSIX).
  builds.push(
    {
      ...common,
      entryPoints: ['client/src/test/electron/runTest.ts'],
      outfile: 'dist/test/electron/runTest.js',
      external: ['@vscode/test-electron'],
    },
    {
      ...common,
      entryPoints: ['client/src/test/electron/suite.ts'],
      outfile: 'dist/test/electron/suite.js',
      external: ['vscode', 'mocha'],
    },
  );
}

if (watch) {
  for (const options of builds) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
