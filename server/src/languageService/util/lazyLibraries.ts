/**
 * The YAML and Markdown libraries, loaded on first use. A session with only framework JSON open never
 * evaluates them (they are about a third of the server's bundle), so the server starts sooner.
 * `require` rather than `import`: esbuild then wraps each library in a function that runs on the first call.
 */
import type * as Yaml from 'yaml';
import type MarkdownIt from 'markdown-it';

let yaml: typeof Yaml | undefined;
let markdownIt: typeof MarkdownIt | undefined;

/** The `yaml` package. */
export function yamlLibrary(): typeof Yaml {
  return (yaml ??= require('yaml') as typeof Yaml);
}

/** The `markdown-it` constructor. */
export function markdownItLibrary(): typeof MarkdownIt {
  if (!markdownIt) {
    const loaded = require('markdown-it') as typeof MarkdownIt | { default: typeof MarkdownIt };
    markdownIt = 'default' in loaded ? loaded.default : loaded;
  }
  return markdownIt;
}
