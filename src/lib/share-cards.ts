/** What each page's share image says (see share-image.ts for how it is drawn). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExemplarEntry, PlanEntry, UnitEntry } from '../data/content';
import { t } from '../i18n/ui';
import { readEntryFile } from './entry-file';
import { projectRoot } from './content-sources';
import type { ShareCard } from './share-image';
import type { SiteConfig } from '../schemas/site';

type SiteCardFields = Pick<ShareCard, 'siteName' | 'host'>;

function siteFields(site: SiteConfig): SiteCardFields {
  return { siteName: site.siteName, host: new URL(site.baseUrl).host };
}

/** The site's own card, for pages without one of their own. */
export function siteCard(site: SiteConfig): ShareCard {
  return { ...siteFields(site), kicker: t('share.siteKicker'), title: site.siteName, subtitle: t('share.siteSubtitle'), agency: site.agency.name, parentAgency: site.agency.parent };
}

/** A plan: its kind, trích yếu and the body that issued it, as the document's own header puts them. */
export function planCard(plan: PlanEntry, site: SiteConfig): ShareCard {
  const { data } = plan;
  return { ...siteFields(site), kicker: data.documentKind.toLocaleUpperCase('vi'), title: data.title, agency: data.issuer.name, parentAgency: data.issuer.parent };
}

/**
 * The photo file of a profile, beside its entry file. Read from the entry's own frontmatter, since
 * Astro's image metadata does not expose where the original file is.
 */
function photoFileOf(exemplar: ExemplarEntry): string | undefined {
  if (!exemplar.data.photo || !exemplar.filePath) return undefined;
  const file = path.resolve(projectRoot(), exemplar.filePath);
  const photo = readEntryFile(file, readFileSync(file, 'utf8')).data['photo'];
  return typeof photo === 'string' ? path.resolve(path.dirname(file), photo) : undefined;
}

/** A profile: the person's or team's name, their unit and their photo. */
export function exemplarCard(exemplar: ExemplarEntry, unit: UnitEntry | undefined, site: SiteConfig): ShareCard {
  const { data } = exemplar;
  return {
    ...siteFields(site),
    kicker: t('nav.exemplars').toLocaleUpperCase('vi'),
    title: data.name,
    subtitle: unit?.data.name,
    label: data.illustrative ? t('exemplar.illustrative') : undefined,
    agency: site.agency.name,
    parentAgency: site.agency.parent,
    photoFile: photoFileOf(exemplar),
  };
}
