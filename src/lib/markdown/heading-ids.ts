/**
 * Heading anchors without accents ("#ii-noi-dung-thuc-hien" rather than
 * "#ii-nội-dung-thực-hiện"), so a link to a section survives being pasted into chat apps and e-mail.
 * Runs before Astro's own heading-id step, which keeps ids that are already set.
 */
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { slugifyVietnamese } from '../vietnamese-text';

export function vietnameseHeadingIds(_context: PluginFactoryContext): HastPluginDefinition {
  const used = new Map<string, number>();
  return {
    name: 'vietnamese-heading-ids',
    element: {
      filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.['id'] === 'string') return;
        const base = slugifyVietnamese(ctx.textContent(node)) || 'muc';
        const count = used.get(base) ?? 0;
        used.set(base, count + 1);
        ctx.setProperty(node, 'id', count === 0 ? base : `${base}-${count}`);
      },
    },
  };
}
