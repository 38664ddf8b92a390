/**
 * The copies of the built pages that Pagefind indexes (preparePageForIndex), kept in folders by the
 * pages' sort dates (`<dir>/2024/ke-hoach/abc/index.html`, two a year: the search index is written in
 * shards of years, see shards.ts folderOfPreparedPage), each mirroring the site, so that Pagefind reads them itself, in parallel (addDirectory), instead of
 * receiving them one by one through its Node API. The folder lives in the build cache, with a manifest
 * of what each copy was made from: a later build prepares again only the pages whose HTML changed.
 * During `npm run build` the pages arrive while Astro is still rendering the others (see
 * src/integrations/rendered-pages.ts), so preparing them costs the build almost no time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { preparePageForIndex } from './prepare-page';
import { folderOfPreparedPage } from './shards';

/** Changed whenever preparePageForIndex changes what it makes of a page, so that every copy is made again. */
const PREPARED_FORM = '6';
const MANIFEST = 'manifest.json';

interface ManifestEntry {
  /** Hash of the built page the copy was made from. */
  source: string;
  /** Hash of the copy, what Pagefind reads; null for a page not indexed. */
  copy: string | null;
  /** How many unaccented đ-words the copy adds (for the build report); null for a page not indexed. */
  words: number | null;
  /** The folder of the copy, by the page's sort date (shards.ts); null for a page not indexed. */
  shard: string | null;
}

/**
 * The pages of a built site, as the build that wrote it tells them (src/integrations/rendered-pages.ts):
 * those it rendered, and those it kept from the last good site (hard links to the same files, so the
 * same bytes as the pages the last build's copies were made from).
 */
export interface SitePages {
  rendered: string[];
  kept: string[];
  /** The last good site, which the kept pages are linked from (they may not be linked yet). */
  keptFrom: string;
}

interface Manifest {
  form: string;
  unaccentedForms: boolean;
  /** By the page's path in the site ("ke-hoach/abc/index.html"). */
  pages: Record<string, ManifestEntry>;
}

const hashOf = (html: string) => createHash('sha1').update(html).digest('base64url');

function htmlFilesUnder(dir: string, skip: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((relative) => !relative.startsWith(`${skip}/`));
}

export class PreparedPages {
  private readonly previous: Manifest['pages'];
  private readonly current: Manifest['pages'] = {};
  /** Pages prepared in this build (not reused), for the build report. */
  prepared = 0;
  /** What the copies are made by: two builds whose copies share a page's source and this made the same copy. */
  readonly form: string;

  /**
   * @param dir the mirror folder, created when missing
   * @param unaccentedForms add the unaccented forms of đ-words (see preparePageForIndex)
   * @param shardOf the folder of a prepared page (by its sort date); one folder for all pages makes the index
   *   as it was before shards, to measure what they change (a cached folder always uses the default)
   */
  readonly dir: string;
  private readonly unaccentedForms: boolean;
  private readonly shardOf: (preparedHtml: string) => string;

  constructor(dir: string, unaccentedForms = true, shardOf: (preparedHtml: string) => string = folderOfPreparedPage) {
    this.dir = dir;
    this.unaccentedForms = unaccentedForms;
    this.shardOf = shardOf;
    this.form = `${PREPARED_FORM}:${unaccentedForms ? 'dd' : 'stock'}`;
    let manifest: Manifest | undefined;
    try {
      manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8')) as Manifest;
    } catch {
      manifest = undefined;
    }
    const usable = manifest && manifest.form === PREPARED_FORM && manifest.unaccentedForms === unaccentedForms;
    this.previous = usable ? manifest!.pages : {};
    if (!usable) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // Copies are about to be rewritten: until completeFrom() saves the new manifest, none may be trusted
    // (a build that fails halfway leaves no manifest, and the next one prepares every page again).
    rmSync(path.join(dir, MANIFEST), { force: true });
  }

  /** Where the copy of `page` in `shard` is kept. */
  private copyPath(shard: string, page: string): string {
    return path.join(this.dir, shard, page);
  }

  /** The copy made from `before` is still on disk (a page not indexed has none to lose). */
  private copyKept(before: ManifestEntry | undefined, page: string): before is ManifestEntry {
    return before !== undefined && (before.shard === null || existsSync(this.copyPath(before.shard, page)));
  }

  /** Prepares the built page at `page` ("ke-hoach/abc/index.html"), unless an identical one was prepared before. */
  add(page: string, html: string): void {
    const source = hashOf(html);
    const before = this.previous[page];
    if (this.copyKept(before, page) && before.source === source) {
      this.current[page] = before;
      return;
    }
    // A page whose date changed year moves to another shard: its old copy must not stay in the old one.
    if (before?.shard) rmSync(this.copyPath(before.shard, page), { force: true });
    const prepared = preparePageForIndex(html, { unaccentedForms: this.unaccentedForms });
    this.prepared += 1;
    if (!prepared) {
      this.current[page] = { source, copy: null, words: null, shard: null };
      return;
    }
    const shard = this.shardOf(prepared.html);
    const copy = this.copyPath(shard, page);
    mkdirSync(path.dirname(copy), { recursive: true });
    writeFileSync(copy, prepared.html);
    this.current[page] = { source, copy: hashOf(prepared.html), words: prepared.unaccentedWords.length, shard };
  }

  /**
   * Adds the pages of the built site in `siteDir` that were not handed over while it was built, removes
   * the copies of pages the site no longer has, and saves the manifest. When the build told which
   * pages it kept from the last site (`pages`), their copies are current and no page is read but the
   * rendered ones not handed over; otherwise every page of the folder not handed over is read. `skip`
   * is the folder of the search bundle, which holds no page.
   */
  completeFrom(siteDir: string, skip: string, pages?: SitePages): void {
    const kept = new Set(pages?.kept);
    const all = pages ? [...pages.rendered, ...pages.kept] : htmlFilesUnder(siteDir, skip);
    for (const page of all) {
      if (page in this.current) continue;
      const before = this.previous[page];
      if (!kept.has(page)) this.add(page, readFileSync(path.join(siteDir, page), 'utf8'));
      else if (this.copyKept(before, page)) this.current[page] = before;
      else this.add(page, readFileSync(path.join(pages!.keptFrom, page), 'utf8'));
    }
    const inSite = new Set(all);
    for (const page of Object.keys(this.current)) {
      if (!inSite.has(page)) delete this.current[page];
    }
    // Copies of pages gone from the site, or moved to another shard. The folder holds no copy the last
    // manifest does not name (without one, the constructor emptied it) but those made in this build.
    for (const [page, before] of Object.entries(this.previous)) {
      if (before.shard !== null && this.current[page]?.shard !== before.shard)
        rmSync(this.copyPath(before.shard, page), { force: true });
    }
    const manifest: Manifest = { form: PREPARED_FORM, unaccentedForms: this.unaccentedForms, pages: this.current };
    writeFileSync(path.join(this.dir, MANIFEST), JSON.stringify(manifest));
  }

  /**
   * The pages of each folder, each page with the hash of its copy: what decides whether a
   * shard's index must be written again (a page whose built HTML changed only where Pagefind does not
   * read, such as a phase's status for the day, leaves it as it was). Folders without pages are absent.
   */
  folders(): Map<string, Record<string, string>> {
    const shards = new Map<string, Record<string, string>>();
    for (const page of Object.keys(this.current).sort()) {
      const { shard, copy } = this.current[page]!;
      if (shard === null || copy === null) continue;
      if (!shards.has(shard)) shards.set(shard, {});
      shards.get(shard)![page] = copy;
    }
    return shards;
  }

  /** The folder holding the copies of a folder's pages, as Pagefind reads it (addDirectory). */
  folderDir(folder: string): string {
    return path.join(this.dir, folder);
  }

  /** The pages to index, how many of them were prepared again, and the unaccented đ-words their copies add. */
  totals(): { pages: number; preparedAgain: number; unaccentedWords: number } {
    const indexed = Object.values(this.current).flatMap((entry) => (entry.words === null ? [] : [entry.words]));
    return {
      pages: indexed.length,
      preparedAgain: this.prepared,
      unaccentedWords: indexed.reduce((sum, words) => sum + words, 0),
    };
  }
}
