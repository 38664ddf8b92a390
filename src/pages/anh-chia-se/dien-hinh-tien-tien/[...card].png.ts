/**
 * The share images of profiles: one per unit that has public profiles (`<unit>.png`), and one per
 * unit for the fictional set (`minh-hoa/<unit>.png`), labelled "Hồ sơ minh họa" (see exemplarsCard).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { byId, loadContent, type UnitEntry } from '../../../data/content';
import { exemplarsCard } from '../../../lib/share-cards';
import { cachedShareImage, SHARE_IMAGE } from '../../../lib/share-image';
import { siteConfig } from '../../../lib/site-config';

export const getStaticPaths = (async () => {
  const content = await loadContent();
  const cards = new Map<string, { unit: UnitEntry; illustrative: boolean }>();
  for (const exemplar of content.exemplars) {
    const unit = byId(content.units, exemplar.data.unit.id);
    if (!unit) continue;
    const { illustrative } = exemplar.data;
    cards.set(`${illustrative ? 'minh-hoa/' : ''}${unit.id}`, { unit, illustrative });
  }
  return [...cards].map(([card, props]) => ({ params: { card }, props }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ unit: UnitEntry; illustrative: boolean }> = async ({ props }) =>
  new Response(new Uint8Array(await cachedShareImage(exemplarsCard(props.unit, props.illustrative, siteConfig))), {
    headers: { 'Content-Type': SHARE_IMAGE.type },
  });
