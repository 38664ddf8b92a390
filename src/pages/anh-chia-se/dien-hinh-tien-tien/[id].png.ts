/** Each public profile's share image: name, unit, photo. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { byId, loadContent, type ExemplarEntry, type UnitEntry } from '../../../data/content';
import { exemplarCard } from '../../../lib/share-cards';
import { renderShareImage, SHARE_IMAGE } from '../../../lib/share-image';
import { siteConfig } from '../../../lib/site-config';

export const getStaticPaths = (async () => {
  const content = await loadContent();
  return content.exemplars.map((exemplar) => ({ params: { id: exemplar.id }, props: { exemplar, unit: byId(content.units, exemplar.data.unit.id) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ exemplar: ExemplarEntry; unit: UnitEntry | undefined }> = async ({ props }) =>
  new Response(new Uint8Array(await renderShareImage(exemplarCard(props.exemplar, props.unit, siteConfig))), { headers: { 'Content-Type': SHARE_IMAGE.type } });
