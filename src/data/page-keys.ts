/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild): a page whose key and code
 * are unchanged since the last build is copied from that build instead of being rendered again. A
 * key names everything the page shows that is not code: the entries it renders (by the digest Astro
 * keeps of each file), what it shows of the entries they link to, the site configuration, and which
 * documents the site publishes (document numbers in texts link to them). Pages that show a phase's
 * status depend on the day of the build and have no key: they are rendered every time.
 */
import { createHash } from 'node:crypto';
import { lastUpdatedOn } from '../lib/last-updated';
import type { Page } from '../lib/pagination';
import { siteConfig } from '../lib/site-config';
import { byId, type ExemplarEntry, type SiteContent } from './content';
import { exemplarGroupsOf, type ExemplarGroup } from './exemplar-browse';

function hash(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('base64url');
}

const siteKeys = new WeakMap<SiteContent, string>();

/** What every page shows of the site as a whole: its configuration and the documents it publishes. */
function siteKey(content: SiteContent): string {
  let key = siteKeys.get(content);
  if (!key) {
    key = hash([siteConfig, content.plans.map((plan) => [plan.id, plan.data.number ?? null])]);
    siteKeys.set(content, key);
  }
  return key;
}

/**
 * What a page or a card shows of a profile besides its file: its photo (the published file names carry
 * a hash of the photo's bytes), and the names of its unit, phase and movement.
 */
function beyondTheFile(content: SiteContent, exemplar: ExemplarEntry): unknown[] {
  const { unit, phase, movement, photo } = exemplar.data;
  return [
    photo?.src ?? null,
    byId(content.units, unit.id)?.data.name ?? null,
    byId(content.phases, phase?.id)?.data.title ?? null,
    byId(content.movements, movement?.id)?.data.title ?? null,
  ];
}

/** A profile's page. */
export function exemplarPageKey(content: SiteContent, exemplar: ExemplarEntry): string {
  return hash([siteKey(content), exemplar.digest ?? exemplar.data, beyondTheFile(content, exemplar), exemplar.filePath ? (lastUpdatedOn(exemplar.filePath) ?? null) : null]);
}

const filterKeys = new WeakMap<SiteContent, string>();

/** The gallery's filters, the same on every page of it: each group's name and count. */
function filtersKey(content: SiteContent): string {
  let key = filterKeys.get(content);
  if (!key) {
    const groups = exemplarGroupsOf(content);
    key = hash(Object.values(groups).map((list) => list.map((group) => [group.value, group.label, group.exemplars.length])));
    filterKeys.set(content, key);
  }
  return key;
}

/** A page of the gallery, or of one year, unit, award, phase or movement. */
export function galleryPageKey(content: SiteContent, page: Page<ExemplarEntry>, group?: ExemplarGroup): string {
  return hash([
    siteKey(content),
    filtersKey(content),
    group ? [group.facet, group.value, group.label, group.exemplars.length] : content.exemplars.length,
    page.number,
    page.total,
    page.items.map((exemplar) => [exemplar.id, exemplar.digest ?? exemplar.data, beyondTheFile(content, exemplar)]),
  ]);
}
