/**
 * Watches the pages `astro build` renders, through the one prerenderer Astro lets an integration wrap:
 *
 * - it times the rendering alone, and logs it at the end: Astro logs how long generating pages took
 *   (rendering and writing each file, one after the other), so `npm run bench` can tell the two apart;
 * - when the build was started by `npm run build` (an IPC channel and TDKT_SEARCH_PAGES=ipc), it hands
 *   each page to that process as soon as it is rendered: that process writes the page's file, and
 *   prepares it for the search index when it has content to index, on the second core while Astro
 *   renders the next pages on the first. Astro is given the response without its body, and writes
 *   nothing: its own writing (a folder, then the file, for each of 12,376 pages at 10,000 profiles)
 *   kept its thread from rendering (page generation at 10,000 profiles, two alternating pairs of cold
 *   builds: 16.3 / 17.1 s against 19.9 / 18.3 s). Astro waits for each page to be in the channel, as
 *   it waited for its own write: otherwise it renders ahead, and the pages cross after its last one.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer, RouteData } from 'astro';
import type { SitePages } from '../lib/search/prepared-pages';
import { SEARCH_BODY_ATTRIBUTE } from '../lib/search/config';
import { bodyHolds, isHtml, readPageBody, type PageBody } from './page-body';
import {
  INCREMENTAL_VARIABLE,
  SEARCH_PAGES_OVER_IPC,
  SEARCH_PAGES_VARIABLE,
  SITE_VARIABLE,
} from '../lib/build-variables';
import { IncrementalPages, type IncrementalReport } from './incremental-pages';

/** How long rendering alone took, as logged; `npm run bench` reads it back (RENDER_TIME_PATTERN). */
export function renderTimeLine(ms: number, pages: number): string {
  return `thời gian kết xuất: ${(ms / 1000).toFixed(2)} giây cho ${pages} trang`;
}
export const RENDER_TIME_PATTERN = /thời gian kết xuất: ([\d.]+) giây/;

/** What an incremental build rendered and kept, as logged; tests read it back (INCREMENTAL_PATTERN). */
export function incrementalLine(
  report: IncrementalReport,
  seconds: { deciding: number; linking: number; recording: number },
): string {
  const why = report.reason ? ` (dựng lại mọi trang: ${report.reason})` : '';
  return `trang dựng lại: ${report.rendered}, trang giữ từ bản dựng trước: ${report.reused}${why}; xét ${seconds.deciding.toFixed(2)} giây, liên kết ${seconds.linking.toFixed(2)} giây, ghi bản ghi ${seconds.recording.toFixed(2)} giây`;
}
export const INCREMENTAL_PATTERN = /trang dựng lại: (\d+), trang giữ từ bản dựng trước: (\d+)/;

/** What a rebuild without astro build (scripts/lib/content-only-rebuild.ts) spent where, as logged; `npm run bench` reads it back (CONTENT_ONLY_PATTERN). */
export function contentOnlyLine(seconds: Record<ContentOnlyPhase, number>): string {
  const s = (value: number) => value.toFixed(2);
  return `dựng lại không qua astro build: khởi động ${s(seconds.startup)} giây, đọc kho nội dung ${s(seconds.reading)} giây, đồng bộ ${s(seconds.sync)} giây, nạp gói kết xuất ${s(seconds.bundle)} giây, liệt kê và xét trang ${s(seconds.paths)} giây, kết xuất và ghi ${s(seconds.rendering)} giây, chờ liên kết trang cũ ${s(seconds.waitingForLinks)} giây`;
}
export const CONTENT_ONLY_PATTERN =
  /dựng lại không qua astro build: khởi động ([\d.]+) giây, đọc kho nội dung ([\d.]+) giây, đồng bộ ([\d.]+) giây, nạp gói kết xuất ([\d.]+) giây, liệt kê và xét trang ([\d.]+) giây, kết xuất và ghi ([\d.]+) giây, chờ liên kết trang cũ ([\d.]+) giây/;
/**
 * The phases of CONTENT_ONLY_PATTERN, in its order: one after the other on the rebuild's thread. The
 * last site is linked on another thread meanwhile; the last phase is what is left of it to wait for.
 */
export const CONTENT_ONLY_PHASES = [
  'startup',
  'reading',
  'sync',
  'bundle',
  'paths',
  'rendering',
  'waitingForLinks',
] as const;
export type ContentOnlyPhase = (typeof CONTENT_ONLY_PHASES)[number];

/** One rendered page, as sent to the parent process. */
export interface RenderedPageMessage {
  type: 'tdkt:rendered-page';
  /** The page's file in the built site: "ke-hoach/abc/index.html". */
  page: string;
  /**
   * The page as written (UTF-8), decoded by the receiver: V8's serializer (scripts/build.ts) copies
   * bytes as they are, where a string would cross as UTF-16 (twice the bytes) or, in JSON, escaped.
   */
  html: Uint8Array;
  /** Whether the page has content to index (data-pagefind-body): the receiver prepares it for the search index. */
  indexed: boolean;
  /** Whether the receiver writes the page's file: Astro was given the response without its body. */
  write: boolean;
}

export function isRenderedPageMessage(message: unknown): message is RenderedPageMessage {
  return (
    typeof message === 'object' && message !== null && (message as RenderedPageMessage).type === 'tdkt:rendered-page'
  );
}

/**
 * The pages of the site, once Astro has written those it rendered: sent before the build's last steps
 * (linking the pages it kept, its record, the sitemap), so that the search index is written meanwhile.
 */
export interface SitePagesMessage extends SitePages {
  type: 'tdkt:site-pages';
}

export function isSitePagesMessage(message: unknown): message is SitePagesMessage {
  return typeof message === 'object' && message !== null && (message as SitePagesMessage).type === 'tdkt:site-pages';
}

/** "/ke-hoach/abc/" → "ke-hoach/abc/index.html" (the directory build format this site uses). */
function pageFile(pathname: string): string {
  const relative = decodeURIComponent(pathname).replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : `${relative}.html`;
}

/** A rendered page at `pathname` as sent to the parent process. */
function pageMessage(pathname: string, body: PageBody, write: boolean): RenderedPageMessage | undefined {
  if (body.response.status !== 200 || !isHtml(body)) return undefined;
  const indexed = bodyHolds(body, SEARCH_BODY_ATTRIBUTE);
  return { type: 'tdkt:rendered-page', page: pageFile(pathname), html: body.bytes, indexed, write };
}

/** A rendered response as the search index takes it, when it is an HTML page with content to index. */
export function searchPageOf(url: string, body: PageBody): RenderedPageMessage | undefined {
  const message = pageMessage(new URL(url).pathname, body, false);
  return message?.indexed ? message : undefined;
}

/**
 * A rendered page that the parent process writes, when its file is where Astro would write it
 * (pageFile): an HTML page at an address ending in "/", in the directory build format. The status
 * pages (/404, /500) and the endpoints are written by Astro.
 */
function pageToWrite(url: string, route: RouteData, body: PageBody): RenderedPageMessage | undefined {
  const { pathname } = new URL(url);
  return route.type === 'page' && pathname.endsWith('/') ? pageMessage(pathname, body, true) : undefined;
}

/** Astro's note on a page it was given without a body; the file is written by scripts/build.ts instead. */
const ASTRO_NOT_CREATED = '(file not created, response body was empty)';
const WRITTEN_BY_BUILD = '(tệp do scripts/build.ts ghi)';

/**
 * Says in Astro's log who wrote the pages handed over, where Astro says it did not create them;
 * returns the function that stops.
 */
function reportPagesWrittenByBuild(out: NodeJS.WriteStream = process.stdout): () => void {
  const write = out.write;
  out.write = function (this: NodeJS.WriteStream, ...args: Parameters<typeof write>) {
    const [chunk] = args;
    if (typeof chunk === 'string') args[0] = chunk.replace(ASTRO_NOT_CREATED, WRITTEN_BY_BUILD);
    return write.apply(this, args);
  } as typeof write;
  return () => {
    out.write = write;
  };
}

/**
 * @param sitemapPages filled with the addresses of the pages a build takes from the last good site
 *   (see incremental-pages.ts): the sitemap integration lists the pages Astro rendered, plus these.
 */
export function renderedPages({ sitemapPages }: { sitemapPages: string[] }): AstroIntegration {
  let renderMs = 0;
  let pages = 0;
  let incremental: IncrementalPages | undefined;
  let site: URL | undefined;
  let directoryFormat = false;
  let send: typeof process.send | undefined;
  let stopReporting: (() => void) | undefined;
  /** Resolves once `message` is in the channel (for a page, Astro waits for it as for its own write of the file). */
  const sendWhole = (message: RenderedPageMessage | SitePagesMessage) =>
    new Promise<void>((resolve) => send!(message, undefined, undefined, () => resolve()));
  return {
    name: 'tdkt:rendered-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(config.base, config.site);
        directoryFormat = config.build.format === 'directory';
      },
      'astro:build:start': ({ setPrerenderer }) => {
        send = process.env[SEARCH_PAGES_VARIABLE] === SEARCH_PAGES_OVER_IPC ? process.send?.bind(process) : undefined;
        const writesHandedOver = send !== undefined && directoryFormat;
        if (writesHandedOver) stopReporting = reportPagesWrittenByBuild();
        // Only builds started by npm run build, which name the folder the site is put in.
        const finalSite = process.env[SITE_VARIABLE];
        incremental =
          finalSite && process.env[INCREMENTAL_VARIABLE] !== 'off' ? new IncrementalPages(finalSite) : undefined;
        setPrerenderer((base: AstroPrerenderer) => {
          const prerenderer = incremental ? incremental.wrap(base) : base;
          return {
            ...prerenderer,
            getStaticPaths: async () => {
              const paths = await prerenderer.getStaticPaths();
              for (const pathname of incremental?.reusedPages ?? [])
                sitemapPages.push(new URL(pathname.endsWith('/') ? pathname : `${pathname}/`, site).href);
              return paths;
            },
            render: async (request, options) => {
              const started = performance.now();
              const result = await prerenderer.render(request, options);
              // The body is rendered as it is read: read here (or by the incremental pages), it counts as rendering.
              const body = await readPageBody(result instanceof Response ? result : result.response);
              renderMs += performance.now() - started;
              pages += 1;
              const toWrite = writesHandedOver ? pageToWrite(request.url, options.routeData, body) : undefined;
              let response = body.response;
              if (toWrite) {
                incremental?.writtenElsewhere(request.url, toWrite.page);
                await sendWhole(toWrite);
                // No body: Astro writes no file (generate.js, renderPath), and logs that it did not.
                response = new Response(null, {
                  status: response.status,
                  statusText: response.statusText,
                  headers: response.headers,
                });
              } else {
                const searchPage = send ? searchPageOf(request.url, body) : undefined;
                if (searchPage) send?.(searchPage);
              }
              return result instanceof Response ? response : { ...result, response };
            },
          };
        });
      },
      // Before the sitemap's (astro.config.mjs lists this integration first). The search index needs no
      // more than the list of pages (the copies of the kept ones are in the build cache), so it is
      // written while the kept pages are linked, the record and the sitemap written.
      'astro:build:done': async ({ dir, logger }) => {
        stopReporting?.();
        stopReporting = undefined;
        const outDir = fileURLToPath(dir);
        if (incremental) {
          const message: SitePagesMessage = { type: 'tdkt:site-pages', ...incremental.sitePages(outDir) };
          // The list of 12,000 pages is larger than the pipe takes at once; the rest crosses only while this
          // thread is free, so linking (which holds it) waits until the message is out. Sent then linked,
          // the index of a one-profile rebuild started 1.5–2 s late, after the links and the record.
          if (send) await sendWhole(message);
          incremental.linkReused(outDir);
        }
        logger.info(renderTimeLine(renderMs, pages));
        if (incremental) {
          const report = await incremental.writeRecord(outDir);
          logger.info(incrementalLine(report, incremental.seconds));
        }
      },
    },
  };
}
