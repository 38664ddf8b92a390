/**
 * The components MDX content may use, handed to `<Content components={contentComponents} />`. Typed
 * against the list the safety check enforces (src/lib/markdown/content-components.ts), so a component
 * cannot be allowed there without existing here, or the other way round.
 */
import type { ContentComponentName } from '../../lib/markdown/content-components';
import Figure from './Figure.astro';
import Note from './Note.astro';

export const contentComponents = { Note, Figure } satisfies Record<ContentComponentName, unknown>;
