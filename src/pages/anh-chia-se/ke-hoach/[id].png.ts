/** Each public plan's share image: kind, trích yếu, issuing body. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent, type PlanEntry } from '../../../data/content';
import { planCard } from '../../../lib/share-cards';
import { cachedShareImage, SHARE_IMAGE } from '../../../lib/share-image';
import { siteConfig } from '../../../lib/site-config';

export const getStaticPaths = (async () => {
  const content = await loadContent();
  return content.plans.map((plan) => ({ params: { id: plan.id }, props: { plan } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: PlanEntry }> = async ({ props }) =>
  new Response(new Uint8Array(await cachedShareImage(planCard(props.plan, siteConfig))), {
    headers: { 'Content-Type': SHARE_IMAGE.type },
  });
