/** The site's share image, for pages without one of their own. */
import type { APIRoute } from 'astro';
import { siteCard } from '../../lib/share-cards';
import { cachedShareImage, SHARE_IMAGE } from '../../lib/share-image';
import { siteConfig } from '../../lib/site-config';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await cachedShareImage(siteCard(siteConfig))), {
    headers: { 'Content-Type': SHARE_IMAGE.type },
  });
