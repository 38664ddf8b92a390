/**
 * Marks every document number in an entry's text ("Kế hoạch số 08/KH-SLĐTBXH") as
 * `<a data-document-number="08/KH-SLĐTBXH">`, an anchor without an address. Whether the site has that
 * document is decided when the page renders, from the public content (DocumentNumberLink.astro
 * replaces the mark by a link or by the plain number), so drafts and embargoes are judged by the same
 * rule as everywhere else. A page that does not map the mark shows the number as plain text.
 */
import type { HastNode, HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { findDocumentNumbers, normaliseDocumentNumber } from '../document-numbers';

/** Elements whose text is left alone: existing links, code. */
const SKIPPED_PARENTS = new Set(['a', 'code', 'pre']);

export function documentNumberMarks(_context: PluginFactoryContext): HastPluginDefinition {
  return {
    name: 'document-number-marks',
    text(node, ctx) {
      const found = findDocumentNumbers(node.value);
      if (found.length === 0) return;
      let parent: Readonly<HastNode> | undefined = ctx.parent(node);
      while (parent && parent.type !== 'root') {
        if (parent.type === 'element' && SKIPPED_PARENTS.has(parent.tagName)) return;
        parent = ctx.parent(parent);
      }
      const pieces: Parameters<typeof ctx.replaceNode>[1] = [];
      let position = 0;
      for (const { number, index } of found) {
        if (index > position) pieces.push({ type: 'text', value: node.value.slice(position, index) });
        pieces.push({
          type: 'element',
          tagName: 'a',
          properties: { dataDocumentNumber: normaliseDocumentNumber(number) },
          children: [{ type: 'text', value: number }],
        });
        position = index + number.length;
      }
      if (position < node.value.length) pieces.push({ type: 'text', value: node.value.slice(position) });
      ctx.replaceNode(node, pieces);
    },
  };
}

const MARK = /<a data-document-number="([^"]*)">([\s\S]*?)<\/a>/g;
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
};

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * The same as DocumentNumberLink.astro, for text rendered to HTML by the Markdown pipeline (where
 * components cannot replace elements): each mark becomes a link when `hrefOf` gives the number an
 * address, and plain text otherwise.
 */
export function resolveDocumentNumberMarks(html: string, hrefOf: (number: string) => string | undefined): string {
  return html.replace(MARK, (_, encoded: string, text: string) => {
    const href = hrefOf(encoded.replace(/&(?:amp|quot|#x27|#39|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity));
    return href ? `<a href="${escapeAttribute(href)}" class="document-link">${text}</a>` : text;
  });
}
