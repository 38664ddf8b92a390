/** The site's addresses, in one place. Slugs are unaccented Vietnamese. */
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
  exemplar: (id: string) => `/dien-hinh-tien-tien/${id}/`,
  search: '/tim-kiem/',
  /** The calendar of phases, occasions and deadlines. */
  calendar: '/lich-thi-dua.ics',
  /** The feed of plans and profiles. */
  feed: '/rss.xml',
  /** Share images (Open Graph), 1200×630 PNG. */
  siteShareImage: '/anh-chia-se/trang.png',
  planShareImage: (id: string) => `/anh-chia-se/ke-hoach/${id}.png`,
  exemplarShareImage: (id: string) => `/anh-chia-se/dien-hinh-tien-tien/${id}.png`,
  about: '/gioi-thieu/',
  englishContact: '/en/contact/',
} as const;
