/** The preview's data shape: keyed HTML sections (so an edit re-sends only what changed) and source anchors. */

/** One top-level part of the page; `key` is stable across edits (e.g. `level:emerging`, `durable:2`). */
export interface RenderedSection {
  key: string;
  html: string;
}

/**
 * A place in the page tied to the source: the element carrying `data-anchor="<id>"` shows the node at
 * `[start, end)`. Offsets stay out of the HTML so an edit above a section does not change its HTML.
 */
export interface RenderAnchor {
  id: string;
  start: number;
  end: number;
}

/** The whole preview of a framework document. */
export interface FrameworkRender {
  /** The occupation title (for the panel title), or '' when there is none. */
  title: string;
  sections: RenderedSection[];
  /** Anchors in document order (by `start`). */
  anchors: RenderAnchor[];
}
