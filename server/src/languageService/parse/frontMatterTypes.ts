/** What reading a Markdown file's front matter gives, by either reader (markdownFrontMatter.ts, canonicalYaml.ts). */
import type { SourceNode } from '../model';

export interface FrontMatterError {
  /** Offsets into the Markdown text. */
  start: number;
  end: number;
  message: string;
}

export interface FrontMatter {
  /** The mapping's node, or undefined when the front matter holds no mapping. */
  node: SourceNode | undefined;
  errors: FrontMatterError[];
}
