/** The `markdown-it` package, bundled on its own (`dist/markdownItBundle.js`) and required on first use by `lazyLibraries.ts`. */
import MarkdownIt from 'markdown-it';

export { MarkdownIt };
