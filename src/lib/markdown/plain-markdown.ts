/**
 * Whether an MDX body is plain Markdown: it reads the same as Markdown and as MDX, and uses no
 * component and no image. Such a body does not need the MDX compiler (a JavaScript module per file,
 * compiled and bundled by Vite, then run for every page): the Markdown pipeline renders it to the
 * same HTML, with the same plugins, while the content is synced, and the result is cached between
 * builds. Most profiles are plain text; those with <Note>, <Figure> or a photo in the text stay MDX.
 *
 * MDX differs from Markdown in a few constructs only: JSX and HTML (`<`), expressions (`{`, `}`),
 * import/export lines, autolinks (`<https://…>`) and indented code (MDX has none). A body without
 * any of these characters or lines reads the same either way; any other body is parsed both ways and
 * compared, so the answer is exact.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';

const MDX_SYNTAX = /[<{}]|^(?:import|export)\b|^(?: {4}|\t)/m;
const IMAGE = /!\[/;

/** The tree without source positions, as text, to compare two readings. */
function shape(tree: unknown): string {
  return JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value));
}

function containsImage(node: { type: string; children?: unknown[] }): boolean {
  return (
    node.type === 'image' ||
    node.type === 'imageReference' ||
    (node.children ?? []).some((child) => containsImage(child as typeof node))
  );
}

/** True when `body` can be rendered as Markdown with exactly the result MDX would give. */
export function isPlainMarkdown(body: string): boolean {
  if (!MDX_SYNTAX.test(body)) return !IMAGE.test(body);
  let mdx: ReturnType<typeof mdxToMdast>;
  try {
    mdx = mdxToMdast(body);
  } catch {
    // Not valid MDX: the MDX compiler reports it, as for any other file.
    return false;
  }
  return !containsImage(mdx) && shape(mdx) === shape(markdownToMdast(body));
}
