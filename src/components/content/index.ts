/**
 * The components MDX content may use, handed to `<Content components={contentComponents} />`. Typed
 * against the list the safety check enforces (src/lib/markdown/content-components.ts), so a component
 * cannot be allowed there without existing here, or the other way round.
 */
import type { ContentComponentName } from '../../lib/markdown/content-components';
import ContentImage from './ContentImage.astro';
import DocumentNumberLink from './DocumentNumberLink.astro';
import Figure from './Figure.astro';
import Note from './Note.astro';

export const contentComponents = { Note, Figure } satisfies Record<ContentComponentName, unknown>;

/**
 * What entry pages hand to `<Content>`: the authors' components, plus `<a>` replaced so that document
 * numbers marked in the text link to the documents the site publishes, and images given the site's
 * photo sizes.
 */
// The linter cannot type `.astro` imports (astro check does); the object only gathers them.
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
export const entryComponents = { ...contentComponents, a: DocumentNumberLink, img: ContentImage };
