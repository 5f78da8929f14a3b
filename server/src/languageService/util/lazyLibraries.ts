/**
 * The YAML, Markdown and glob libraries, and zod with the framework schema, loaded on first use. A session with
 * only framework JSON open never loads YAML and Markdown (they were about a third of the server's bundle), so the
 * server starts sooner; front matter that takes the canonical fast path never loads `yaml`, nor a plain body
 * markdown-it; a file the schema's plan shows valid never loads zod (accel/index.ts lists those fast paths). Each
 * lives in a module the build bundles on its own (`dist/yamlBundle.js`, `dist/markdownItBundle.js`,
 * `dist/globBundle.js`, `dist/schemaBundle.js`, next to the server and CLI bundles), required by path rather than
 * imported so that it stays out of those bundles (see scripts/build.mjs).
 */
import type * as YamlBundle from './yamlBundle';
import type * as MarkdownItBundle from './markdownItBundle';
import type * as GlobBundle from './globBundle';
import type * as SchemaBundle from './schemaBundle';
import type * as ConfigJsonBundle from './configJsonBundle';

let yaml: typeof YamlBundle.yaml | undefined;
let markdownIt: typeof MarkdownItBundle.MarkdownIt | undefined;
let globs: typeof GlobBundle | undefined;
let schema: typeof SchemaBundle | undefined;
let configJson: typeof ConfigJsonBundle | undefined;

/** The `yaml` package. */
export function yamlLibrary(): typeof YamlBundle.yaml {
  return (yaml ??= (require('./yamlBundle') as typeof YamlBundle).yaml);
}

/** The `markdown-it` constructor. */
export function markdownItLibrary(): typeof MarkdownItBundle.MarkdownIt {
  return (markdownIt ??= (require('./markdownItBundle') as typeof MarkdownItBundle).MarkdownIt);
}

/** `tinyglobby`'s `glob` and `isDynamicPattern`, and `minimatch`'s `Minimatch`. */
export function globLibraries(): typeof GlobBundle {
  return (globs ??= require('./globBundle') as typeof GlobBundle);
}

/**
 * zod and the framework schema (`dist/schemaBundle.js`): needed for a file the schema's plan cannot show valid
 * (schema/planShortcut.ts), and by completion and quick fixes that read the schema; most files never need it.
 */
export function schemaLibrary(): typeof SchemaBundle {
  return (schema ??= require('./schemaBundle') as typeof SchemaBundle);
}

/**
 * VS Code's JSON language service with the configuration file's schema (`dist/configJsonBundle.js`): needed only
 * while a `.nsxframework.json` is edited.
 */
export function configJsonLibrary(): typeof ConfigJsonBundle {
  return (configJson ??= require('./configJsonBundle') as typeof ConfigJsonBundle);
}
