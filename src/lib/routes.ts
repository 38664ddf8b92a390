/** The site's addresses, in one place. Slugs are unaccented Vietnamese. */

/** What the exemplars can be browsed by. */
export type ExemplarFacet = 'year' | 'unit' | 'award' | 'phase' | 'movement';

/** The address segment of each way of browsing the exemplars. */
export const EXEMPLAR_FACET_SEGMENTS: Record<ExemplarFacet, string> = {
  year: 'nam',
  unit: 'don-vi',
  award: 'danh-hieu',
  phase: 'dot-thi-dua',
  movement: 'phong-trao',
};

export const routes = {
  home: '/',
  plans: '/ke-hoach/',
  plan: (id: string) => `/ke-hoach/${id}/`,
  phases: '/dot-thi-dua/',
  phase: (id: string) => `/dot-thi-dua/${id}/`,
  movements: '/phong-trao/',
  movement: (id: string) => `/phong-trao/${id}/`,
  exemplars: '/dien-hinh-tien-tien/',
  exemplarsPage: (page: number) => (page <= 1 ? '/dien-hinh-tien-tien/' : `/dien-hinh-tien-tien/trang/${page}/`),
  /** Profiles of one year, unit, award, phase or movement: `/dien-hinh-tien-tien/nam/2024/`, then `…/trang/2/`. */
  exemplarsBy: (facet: ExemplarFacet, value: string, page = 1) =>
    `/dien-hinh-tien-tien/${EXEMPLAR_FACET_SEGMENTS[facet]}/${value}/${page <= 1 ? '' : `trang/${page}/`}`,
  exemplar: (id: string) => `/dien-hinh-tien-tien/${id}/`,
  notices: '/lay-y-kien/',
  notice: (id: string) => `/lay-y-kien/${id}/`,
  decisions: '/khen-thuong/',
  decision: (id: string) => `/khen-thuong/${id}/`,
  /** A file attached to a plan or a decision, served beside its page. */
  attachment: (pagePath: string, file: string) => `${pagePath}${file.replace(/^\.\//, '')}`,
  registrations: '/dang-ky-thi-dua/',
  registrationsOf: (year: number) => `/dang-ky-thi-dua/${year}/`,
  documents: '/van-ban/',
  statistics: '/thong-ke/',
  statisticsOf: (year: number) => `/thong-ke/${year}/`,
  /** A chart's data as CSV: `/thong-ke/2024/theo-danh-hieu.csv`, `/thong-ke/tat-ca/theo-don-vi.csv`. */
  statisticsCsv: (year: number | undefined, chart: string) => `/thong-ke/${year ?? 'tat-ca'}/${chart}.csv`,
  search: '/tim-kiem/',
  /** The calendar of phases, occasions and deadlines. */
  calendar: '/lich-thi-dua.ics',
  /** The feed of plans and profiles. */
  feed: '/rss.xml',
  /** Share images (Open Graph), 1200×630 PNG. */
  siteShareImage: '/anh-chia-se/trang.png',
  planShareImage: (id: string) => `/anh-chia-se/ke-hoach/${id}.png`,
  /** Profiles share their unit's card (one image per unit, not per profile: see share-cards.ts). */
  exemplarShareImage: (unitId: string, illustrative: boolean) =>
    `/anh-chia-se/dien-hinh-tien-tien/${illustrative ? 'minh-hoa/' : ''}${unitId}.png`,
  about: '/gioi-thieu/',
  englishContact: '/en/contact/',
} as const;
