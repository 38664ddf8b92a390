/** What each page's share image says (see share-image.ts for how it is drawn). */
import type { PlanEntry, UnitEntry } from '../data/content';
import { t } from '../i18n/ui';
import type { ShareCard } from './share-image';
import type { SiteConfig } from '../schemas/site';

type SiteCardFields = Pick<ShareCard, 'siteName' | 'host'>;

function siteFields(site: SiteConfig): SiteCardFields {
  return { siteName: site.siteName, host: new URL(site.baseUrl).host };
}

/** The site's own card, for pages without one of their own. */
export function siteCard(site: SiteConfig): ShareCard {
  return {
    ...siteFields(site),
    kicker: t('share.siteKicker'),
    title: site.siteName,
    subtitle: t('share.siteSubtitle'),
    agency: site.agency.name,
    parentAgency: site.agency.parent,
  };
}

/** A plan: its kind, trích yếu and the body that issued it, as the document's own header puts them. */
export function planCard(plan: PlanEntry, site: SiteConfig): ShareCard {
  const { data } = plan;
  return {
    ...siteFields(site),
    kicker: data.documentKind.toLocaleUpperCase('vi'),
    title: data.title,
    agency: data.issuer.name,
    parentAgency: data.issuer.parent,
  };
}

/**
 * The card profiles share: the unit's, with "ĐIỂN HÌNH TIÊN TIẾN" above its name (and "Hồ sơ minh
 * họa" for the fictional set). One per unit rather than one per profile: a site gathers thousands of
 * profiles, and drawing a picture for each (about 40 ms) would take minutes of every fresh build,
 * while the person's name is already the shared link's title. Plans, a few a year, keep their own.
 */
export function exemplarsCard(unit: UnitEntry, illustrative: boolean, site: SiteConfig): ShareCard {
  return {
    ...siteFields(site),
    kicker: t('nav.exemplars').toLocaleUpperCase('vi'),
    title: unit.data.name,
    label: illustrative ? t('exemplar.illustrative') : undefined,
    agency: site.agency.name,
    parentAgency: site.agency.parent,
  };
}
