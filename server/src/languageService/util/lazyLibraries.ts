/**
 * The YAML and Markdown libraries, loaded on first use. A session with only framework JSON open never loads
 * them (they were about a third of the server's bundle), so the server starts sooner; front matter that takes
 * the canonical fast path never loads `yaml`. Each lives in a module the build bundles on its own
 * (`dist/yamlBundle.js`, `dist/markdownItBundle.js`, next to the server and CLI bundles), required by path
 * rather than imported so that it stays out of those bundles (see scripts/build.mjs).
 */
import type * as YamlBundle from './yamlBundle';
import type * as MarkdownItBundle from './markdownItBundle';

let yaml: typeof YamlBundle.yaml | undefined;
let markdownIt: typeof MarkdownItBundle.MarkdownIt | undefined;

/** The `yaml` package. */
export function yamlLibrary(): typeof YamlBundle.yaml {
  return (yaml ??= (require('./yamlBundle') as typeof YamlBundle).yaml);
}

/** The `markdown-it` constructor. */
export function markdownItLibrary(): typeof MarkdownItBundle.MarkdownIt {
  return (markdownIt ??= (require('./markdownItBundle') as typeof MarkdownItBundle).MarkdownIt);
}
