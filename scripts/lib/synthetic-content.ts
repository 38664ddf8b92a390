/**
 * Synthetic content for benchmarks: fictional but realistic Vietnamese profiles (điển hình tiên tiến),
 * plans, phases and units, written as the files staff write. Deterministic: the same numbers give the
 * same files, so two benchmark runs build the same site.
 *
 * Every generated entry says `illustrative: true` in its own frontmatter, so that a generated file
 * copied into `content/` by mistake still never reaches a production build, and a demo build
 * (TDKT_DEMO=1, which the benchmark uses) labels each profile "Hồ sơ minh họa".
 *
 * What the content rules refuse is avoided by construction: no run of 9 or 12 digits and no
 * mobile-like number (personal-data guard), no placeholder, only the site's MDX components.
 */
import { slugifyVietnamese } from '../../src/lib/vietnamese-text';
import type { Portrait } from './portraits';

/** A file to write, relative to the content folder. */
export interface GeneratedFile {
  path: string;
  contents: string;
}

/** A profile photo to draw, relative to the content folder. */
export interface GeneratedPhoto {
  path: string;
  /** Which of the photo pool's drawings to use. */
  variant: number;
}

export interface GeneratedContent {
  files: GeneratedFile[];
  photos: GeneratedPhoto[];
  /** Counts, for the generator's report. */
  stats: {
    exemplars: number;
    withPhoto: number;
    withComponent: number;
    individuals: number;
    plans: number;
    phases: number;
    units: number;
  };
}

export interface GeneratorOptions {
  exemplars: number;
  plans: number;
  /** Share of profiles with a photo (0–1). */
  photoShare?: number;
  /** Share of profiles using <Note> or <Figure> (0–1). */
  componentShare?: number;
  seed?: number;
}

/** Mulberry32: a small, fast seeded generator (benchmarks need the same content every run). */
function randomGenerator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (probability: number) => next() < probability,
    /** `count` distinct items, in random order. */
    some: <T>(items: readonly T[], count: number): T[] => {
      const pool = [...items];
      const out: T[] = [];
      while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
      return out;
    },
  };
}
type Random = ReturnType<typeof randomGenerator>;

const FAMILY_NAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đào',
  'Đinh',
  'Trịnh',
  'Lương',
  'Mai',
  'Tạ',
  'Chu',
  'Thân',
  'Giáp',
];
const MALE_MIDDLE = [
  'Văn',
  'Đức',
  'Minh',
  'Quang',
  'Hữu',
  'Thanh',
  'Xuân',
  'Công',
  'Ngọc',
  'Mạnh',
  'Tiến',
  'Trọng',
  'Đình',
  'Bá',
];
const FEMALE_MIDDLE = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Hồng', 'Thúy', 'Kim', 'Phương', 'Diệu', 'Hải', 'Bích'];
const MALE_GIVEN = [
  'Hùng',
  'Dũng',
  'Tuấn',
  'Hải',
  'Long',
  'Nam',
  'Sơn',
  'Thắng',
  'Trung',
  'Khoa',
  'Đạt',
  'Phúc',
  'Quân',
  'Huy',
  'Toàn',
  'Bình',
  'Cường',
  'Định',
  'Đông',
  'Hiếu',
  'Kiên',
  'Lâm',
  'Nghĩa',
  'Phong',
  'Quyết',
  'Tài',
  'Thành',
  'Việt',
  'Vinh',
  'Khánh',
];
const FEMALE_GIVEN = [
  'Lan',
  'Hương',
  'Trang',
  'Mai',
  'Hoa',
  'Linh',
  'Ngân',
  'Thảo',
  'Yến',
  'Hà',
  'Nhung',
  'Oanh',
  'Phượng',
  'Quyên',
  'Thủy',
  'Vân',
  'Anh',
  'Dung',
  'Giang',
  'Hằng',
  'Huyền',
  'Loan',
  'Nga',
  'Nhàn',
  'Thơ',
  'Trinh',
  'Uyên',
  'Xuân',
  'Hạnh',
  'Liên',
];

interface GeneratedUnit {
  id: string;
  name: string;
  /** What the unit does, for stories and team names. */
  work: string;
  teams: string[];
  positions: string[];
}

const DISTRICTS = [
  'Lục Nam',
  'Lục Ngạn',
  'Sơn Động',
  'Yên Thế',
  'Tân Yên',
  'Hiệp Hòa',
  'Việt Yên',
  'Lạng Giang',
  'Yên Dũng',
];

/** The centre's departments and branch offices. Ids differ from those of demo/units, which a demo build adds. */
const UNITS: GeneratedUnit[] = [
  {
    id: 'phong-thong-tin-thi-truong-lao-dong',
    name: 'Phòng Thông tin thị trường lao động',
    work: 'thu thập, phân tích và công bố thông tin thị trường lao động',
    teams: ['Tổ Thu thập thông tin cung cầu lao động', 'Tổ Dự báo thị trường lao động'],
    positions: [
      'Chuyên viên phân tích thị trường lao động',
      'Viên chức thu thập thông tin thị trường lao động',
      'Trưởng phòng',
      'Phó Trưởng phòng',
    ],
  },
  {
    id: 'phong-dao-tao-ky-nang',
    name: 'Phòng Đào tạo kỹ năng',
    work: 'tổ chức các lớp kỹ năng tìm việc và kỹ năng nghề ngắn hạn',
    teams: ['Tổ Đào tạo kỹ năng mềm', 'Tổ Liên kết đào tạo nghề'],
    positions: ['Giáo viên kỹ năng nghề', 'Viên chức tổ chức đào tạo', 'Trưởng phòng'],
  },
  {
    id: 'phong-ke-hoach-tai-chinh',
    name: 'Phòng Kế hoạch – Tài chính',
    work: 'lập kế hoạch, quản lý tài chính và tài sản của Trung tâm',
    teams: ['Tổ Kế toán', 'Tổ Quản lý tài sản'],
    positions: ['Kế toán viên', 'Kế toán trưởng', 'Chuyên viên kế hoạch'],
  },
  {
    id: 'phong-xuat-khau-lao-dong',
    name: 'Phòng Tư vấn đi làm việc ở nước ngoài',
    work: 'tư vấn, hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng',
    teams: ['Tổ Tư vấn thị trường Hàn Quốc', 'Tổ Tư vấn thị trường Nhật Bản'],
    positions: ['Viên chức tư vấn đi làm việc ở nước ngoài', 'Phó Trưởng phòng', 'Trưởng phòng'],
  },
  {
    id: 'to-cong-nghe-thong-tin',
    name: 'Tổ Công nghệ thông tin',
    work: 'vận hành hệ thống thông tin và dịch vụ công trực tuyến',
    teams: ['Nhóm Quản trị hệ thống', 'Nhóm Hỗ trợ dịch vụ công trực tuyến'],
    positions: ['Kỹ sư công nghệ thông tin', 'Viên chức quản trị mạng', 'Tổ trưởng'],
  },
  ...DISTRICTS.map((district) => ({
    id: slugifyVietnamese(`Điểm giao dịch việc làm ${district}`),
    name: `Điểm giao dịch việc làm ${district}`,
    work: `tư vấn, giới thiệu việc làm và tiếp nhận hồ sơ bảo hiểm thất nghiệp cho người lao động huyện ${district}`,
    teams: [`Tổ Tư vấn lưu động ${district}`, `Tổ Tiếp nhận hồ sơ ${district}`],
    positions: [
      'Viên chức tư vấn việc làm',
      'Viên chức tiếp nhận hồ sơ bảo hiểm thất nghiệp',
      'Phụ trách Điểm giao dịch',
      'Nhân viên hỗ trợ',
    ],
  })),
];

/** Sentences of a story, by theme. {name} is how the story calls the person or team. */
const STORY_OPENINGS = [
  '{Name} công tác tại {unit} từ năm {since}, phụ trách công việc {work}.',
  'Được giao nhiệm vụ {work}, {name} luôn chủ động tìm cách làm mới để phục vụ người lao động tốt hơn.',
  'Trong năm {year}, {name} là một trong những gương mặt tiêu biểu của {unit} trong phong trào thi đua của Trung tâm.',
  'Gắn bó với {unit} hơn {years} năm, {name} được đồng nghiệp tin tưởng nhờ tinh thần trách nhiệm và sự tận tụy với công việc.',
];

const STORY_ACHIEVEMENTS = [
  'Trong năm, {name} đã trực tiếp tư vấn cho hơn {count} lượt người lao động, trong đó nhiều người đã tìm được việc làm phù hợp sau buổi tư vấn đầu tiên.',
  '{Name} đề xuất sắp xếp lại quy trình tiếp nhận hồ sơ đề nghị hưởng trợ cấp thất nghiệp, rút ngắn thời gian chờ của người lao động tại quầy từ gần một giờ xuống còn khoảng hai mươi phút.',
  'Tại các phiên giao dịch việc làm định kỳ, {name} phối hợp với doanh nghiệp chuẩn bị danh sách vị trí cần tuyển, giúp {count} người lao động được phỏng vấn ngay tại phiên.',
  '{Name} chủ động liên hệ với các khu công nghiệp trên địa bàn để cập nhật nhu cầu tuyển dụng hằng tuần và thông báo kịp thời cho người lao động đang tìm việc.',
  'Nhờ hướng dẫn tận tình của {name}, nhiều người lao động lớn tuổi đã tự nộp được hồ sơ trên Cổng dịch vụ công mà không phải đến Trung tâm nhiều lần.',
  '{Name} tham gia biên soạn tài liệu hướng dẫn kỹ năng viết hồ sơ xin việc và trả lời phỏng vấn, được sử dụng tại các lớp kỹ năng của Trung tâm.',
  'Trong đợt cao điểm sau Tết Nguyên đán, {name} tình nguyện làm thêm giờ để tiếp nhận hồ sơ, bảo đảm không để người lao động phải chờ sang ngày hôm sau.',
  '{Name} phối hợp với Ủy ban nhân dân các xã tổ chức {sessions} buổi tư vấn lưu động, đưa thông tin việc làm đến tận thôn, bản vùng sâu, vùng xa.',
  'Số liệu về cung cầu lao động do {name} tổng hợp được sử dụng trong báo cáo thị trường lao động hằng quý của Trung tâm.',
  '{Name} hướng dẫn đồng nghiệp mới làm quen với phần mềm quản lý hồ sơ, góp phần hoàn thành sớm việc số hóa hồ sơ lưu trữ của đơn vị.',
  'Không có trường hợp hồ sơ nào do {name} tiếp nhận bị trả lại vì sai sót thủ tục trong cả năm {year}.',
  '{Name} tích cực tham gia các hoạt động tình nguyện của Công đoàn và Đoàn Thanh niên, vận động ủng hộ người lao động có hoàn cảnh khó khăn.',
];

const STORY_INITIATIVES = [
  'Sáng kiến "{initiative}" của {name} được Hội đồng sáng kiến của Trung tâm công nhận và áp dụng tại các điểm giao dịch việc làm.',
  '{Name} đề xuất giải pháp "{initiative}", giúp giảm đáng kể thời gian xử lý công việc và được nhân rộng trong toàn đơn vị.',
  'Với sáng kiến "{initiative}", {name} đã góp phần nâng cao mức độ hài lòng của người lao động đối với dịch vụ của Trung tâm.',
];

const INITIATIVES = [
  'Lập lịch hẹn tư vấn qua tin nhắn cho người lao động',
  'Bảng tra cứu nhanh các trường hợp được hưởng trợ cấp thất nghiệp',
  'Sổ tay hướng dẫn nộp hồ sơ trực tuyến bằng hình ảnh',
  'Kết nối thông tin tuyển dụng với đài truyền thanh cấp xã',
  'Mẫu phiếu khảo sát nhu cầu việc làm rút gọn',
  'Quy trình tiếp nhận hồ sơ một lần tại quầy',
  'Tổ chức phiên giao dịch việc làm trực tuyến kết nối các huyện',
  'Số hóa hồ sơ lưu trữ theo mã hồ sơ',
];

const STORY_CLOSINGS = [
  'Với những thành tích đạt được, {name} là tấm gương tiêu biểu để cán bộ, viên chức, người lao động của Trung tâm học tập và noi theo.',
  '{Name} luôn giữ gìn phẩm chất đạo đức, lối sống giản dị, đoàn kết, sẵn sàng chia sẻ kinh nghiệm với đồng nghiệp.',
  'Những đóng góp của {name} đã góp phần cùng tập thể hoàn thành xuất sắc các chỉ tiêu giải quyết việc làm của năm.',
  '{Name} mong muốn tiếp tục đổi mới cách làm để người lao động được phục vụ nhanh hơn, thuận tiện hơn.',
];

const SUMMARIES = [
  'Tư vấn, giới thiệu việc làm cho hơn {count} lượt người lao động; đề xuất cách tiếp nhận hồ sơ giúp người lao động chờ ít hơn.',
  'Chủ động kết nối doanh nghiệp với người lao động, tổ chức {sessions} buổi tư vấn lưu động tại các xã.',
  'Hoàn thành xuất sắc nhiệm vụ {work}; có sáng kiến được áp dụng trong toàn Trung tâm.',
  'Tận tụy hướng dẫn người lao động làm thủ tục trực tuyến; không để xảy ra sai sót hồ sơ trong năm.',
  'Gương mẫu, đoàn kết, có nhiều đóng góp cho phong trào thi đua của đơn vị trong năm {year}.',
];

const TEAM_SUMMARIES = [
  'Tập thể đoàn kết, hoàn thành vượt mức các chỉ tiêu được giao; tổ chức {sessions} phiên giao dịch việc làm trong năm.',
  'Đưa dịch vụ {work} đến gần người lao động hơn bằng các buổi tư vấn lưu động và tư vấn trực tuyến.',
  'Giải quyết hồ sơ đúng hạn, không có khiếu nại; tích cực ứng dụng công nghệ thông tin trong công việc.',
];

const NOTES = [
  {
    title: 'Kinh nghiệm chia sẻ',
    text: 'Lắng nghe hết câu chuyện của người lao động trước khi tư vấn giúp tìm ra công việc phù hợp hơn với hoàn cảnh của họ.',
  },
  {
    title: 'Lưu ý',
    text: 'Người lao động có thể đăng ký lịch tư vấn trực tiếp tại quầy hoặc qua Cổng dịch vụ công của tỉnh.',
  },
  {
    title: 'Cách làm hay',
    text: 'Mỗi buổi tư vấn lưu động đều có danh sách việc làm đang tuyển được in sẵn để người lao động mang về.',
  },
];

const FIGURE_CAPTIONS = [
  'Tại buổi tư vấn việc làm lưu động',
  'Tiếp nhận hồ sơ của người lao động tại quầy',
  'Tại phiên giao dịch việc làm của Trung tâm',
  'Hướng dẫn người lao động nộp hồ sơ trực tuyến',
];

const AWARD_GIVERS = [
  'Chủ tịch UBND tỉnh',
  'Bộ trưởng Bộ Lao động - Thương binh và Xã hội',
  'Giám đốc Sở Lao động - Thương binh và Xã hội',
];
const DECIDERS = ['QĐ-UBND', 'QĐ-LĐTBXH', 'QĐ-SLĐTBXH', 'QĐ-TTDVVL'];

const PORTRAIT_COLOURS: [string, string][] = [
  ['#f3d9b1', '#e9b872'],
  ['#cfe3d4', '#8fbf9f'],
  ['#d8d4ee', '#a49bd1'],
  ['#f1d0cf', '#d98b88'],
  ['#d3e6f2', '#8cb8d6'],
  ['#efe6c8', '#d5c07a'],
  ['#e2e8d0', '#b3c28a'],
  ['#f0dcea', '#c99bb8'],
];
const CLOTHES = ['#1f4e79', '#6b2d2d', '#2e5e4e', '#34495e', '#8a1c17', '#1d6a38', '#5b3f8c', '#7a5c1e'];

/** The photo pool: varied drawings (one to four people, colours); a profile's photo is one of them. */
export function photoPool(size = 48): Portrait[] {
  const random = randomGenerator(7);
  return Array.from({ length: size }, (_, index) => ({
    people: index % 6 === 5 ? random.int(2, 4) : 1,
    longHair: random.chance(0.5),
    background: PORTRAIT_COLOURS[index % PORTRAIT_COLOURS.length]!,
    clothes: random.pick(CLOTHES),
  }));
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (key === 'Name') return capitalise(String(values['name']));
    return String(values[key] ?? `{${key}}`);
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** YAML scalar: quoted when it could be misread (":", "#", leading symbols). */
function yamlText(value: string): string {
  return /[:#"'[\]{},&*!|>%@`]|^[-?\s]|\s$/.test(value) ? JSON.stringify(value) : value;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const FIRST_YEAR = 2015;
const LAST_YEAR = 2024;

interface GeneratedPhase {
  id: string;
  year: number;
}

/** The centre's yearly plans, phases of each, and plans for topical movements; fictional. */
function plansAndPhases(count: number, random: Random): { files: GeneratedFile[]; phases: GeneratedPhase[] } {
  const files: GeneratedFile[] = [];
  const phases: GeneratedPhase[] = [];
  const years = Array.from({ length: LAST_YEAR - FIRST_YEAR }, (_, index) => FIRST_YEAR + index);
  const topics = [
    'tổ chức phong trào thi đua',
    'thi đua cải cách hành chính',
    'thi đua chuyển đổi số',
    'thi đua đẩy mạnh giải quyết việc làm',
  ];
  for (let index = 0; index < count; index++) {
    const year = years[index % years.length]!;
    const topic = topics[Math.floor(index / years.length) % topics.length]!;
    const round = Math.floor(index / (years.length * topics.length));
    const title = `${topic} năm ${year}${round > 0 ? ` (đợt ${round + 1})` : ''}`;
    const id = slugifyVietnamese(`${title} trung tâm`);
    // Unique, so that a number cited in a text links to one document.
    const number = `${index + 10}/KH-TTDVVL`;
    const issued = isoDate(year, 1, random.int(5, 28));
    files.push({
      path: `plans/${year}/${id}.mdx`,
      contents: `---
# Kế hoạch hư cấu do npm run gen tạo để đo hiệu năng; không phải văn bản thật.
illustrative: true
title: ${yamlText(capitalise(title))}
documentKind: Kế hoạch
number: ${number}
issuedOn: ${issued}
place: Bắc Giang
issuer:
  name: Trung tâm Dịch vụ việc làm
  parent: Sở Lao động - Thương binh và Xã hội
signer:
  prefix: KT.
  onBehalfOf: Giám đốc
  position: Phó Giám đốc
  name: ${random.pick(FAMILY_NAMES)} ${random.pick(MALE_MIDDLE)} ${random.pick(MALE_GIVEN)}
year: ${year}
deadlines:
  - date: ${isoDate(year, 6, 15)}
    task: Các phòng, bộ phận gửi báo cáo sơ kết phong trào thi đua 6 tháng đầu năm
    responsible: Các phòng, bộ phận chuyên môn
    submitTo: Phòng Hành chính – Tổng hợp
  - date: ${isoDate(year, 11, 30)}
    task: Các phòng, bộ phận đăng ký danh hiệu thi đua và đề nghị khen thưởng cuối năm
    responsible: Các phòng, bộ phận chuyên môn
recipients:
  - Sở Lao động - Thương binh và Xã hội (để báo cáo)
  - Các phòng, bộ phận thuộc Trung tâm
  - Lưu VT
---

## I. MỤC ĐÍCH, YÊU CẦU

1. Đẩy mạnh ${topic.replace(/^tổ chức /, '')} trong toàn Trung tâm, gắn với việc thực hiện nhiệm vụ chính trị năm ${year}.

2. Việc bình xét thi đua, khen thưởng bảo đảm công khai, dân chủ, đúng người, đúng thành tích.

## II. NỘI DUNG

1. Các phòng, bộ phận xây dựng kế hoạch thi đua của đơn vị, đăng ký danh hiệu thi đua ngay từ đầu năm.

2. Phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến trong công tác tư vấn, giới thiệu việc làm và thực hiện chính sách bảo hiểm thất nghiệp.

3. Thi đua hoàn thành các chỉ tiêu giải quyết việc làm, ứng dụng công nghệ thông tin và cải cách thủ tục hành chính.

## III. TỔ CHỨC THỰC HIỆN

Phòng Hành chính – Tổng hợp chủ trì, theo dõi, đôn đốc các phòng, bộ phận thực hiện kế hoạch này; tổng hợp kết quả, báo cáo Giám đốc Trung tâm.
`,
    });
    if (topic !== topics[0]) continue;
    for (const [ordinal, start, end] of [
      ['thứ nhất', isoDate(year, 1, 1), isoDate(year, 6, 30)],
      ['thứ hai', isoDate(year, 7, 1), isoDate(year, 12, 31)],
    ] as const) {
      const phaseTitle = `Đợt thi đua ${ordinal} năm ${year}`;
      const phaseId = slugifyVietnamese(`${phaseTitle} trung tâm`);
      phases.push({ id: phaseId, year });
      const occasion =
        ordinal === 'thứ nhất'
          ? `  - name: Ngày thành lập Đảng Cộng sản Việt Nam\n    since: 1930-02-03\n    date: ${year}-02-03\n    anniversary: ${year - 1930}\n`
          : `  - name: Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam\n    since: 1945-09-02\n    date: ${year}-09-02\n    anniversary: ${year - 1945}\n`;
      files.push({
        path: `phases/${phaseId}.yaml`,
        contents: `# Đợt thi đua hư cấu do npm run gen tạo để đo hiệu năng.\nillustrative: true\ntitle: ${phaseTitle} của Trung tâm\nplan: ${id}\nstartDate: ${start}\nendDate: ${end}\noccasions:\n${occasion}`,
      });
    }
  }
  return { files, phases };
}

/** Awards for a profile of `kind` in `year`, as the law names them. */
function awardsFor(kind: 'cá nhân' | 'tập thể', year: number, random: Random): string {
  const decision = () =>
    `    decision:\n      number: ${random.int(12, 980)}/${random.pick(DECIDERS)}\n      date: ${isoDate(year + 1, random.int(1, 3), random.int(1, 28))}\n`;
  const lines: string[] = [];
  const add = (body: string, withDecision: boolean) =>
    lines.push(`  - ${body.trimStart()}    year: ${year}\n${withDecision ? decision() : ''}`);
  if (kind === 'cá nhân') {
    const level = random.next();
    if (level < 0.02) add('name: Chiến sĩ thi đua toàn quốc\n', true);
    else if (level < 0.12) add('name: Chiến sĩ thi đua Bộ, ban, ngành, tỉnh\n    by: tỉnh Bắc Giang\n', true);
    else if (level < 0.45) add('name: Chiến sĩ thi đua cơ sở\n', random.chance(0.7));
    else add('name: Lao động tiên tiến\n', random.chance(0.3));
  } else {
    const level = random.next();
    if (level < 0.03) add('name: Cờ thi đua của Chính phủ\n', true);
    else if (level < 0.15) add('name: Cờ thi đua của Bộ, ban, ngành, tỉnh\n    by: tỉnh Bắc Giang\n', true);
    else if (level < 0.5) add('name: Tập thể lao động xuất sắc\n', random.chance(0.7));
    else add('name: Tập thể lao động tiên tiến\n', random.chance(0.3));
  }
  const extra = random.next();
  if (extra < 0.25) add(`name: Bằng khen\n    by: ${random.pick(AWARD_GIVERS.slice(0, 2))}\n`, true);
  else if (extra < 0.5) add(`name: Giấy khen\n    by: ${AWARD_GIVERS[2]}\n`, random.chance(0.5));
  else if (extra < 0.52) add('name: Huân chương\n    detail: Huân chương Lao động hạng Ba\n', true);
  else if (extra < 0.55 && kind === 'cá nhân')
    add(
      'name: Kỷ niệm chương\n    by: Bộ Lao động - Thương binh và Xã hội\n    detail: Kỷ niệm chương Vì sự nghiệp Lao động - Thương binh và Xã hội\n',
      false,
    );
  return `awards:\n${lines.join('')}`;
}

/** Generates the whole set. */
export function generateContent(options: GeneratorOptions): GeneratedContent {
  const random = randomGenerator(options.seed ?? 2024);
  const photoShare = options.photoShare ?? 0.2;
  const componentShare = options.componentShare ?? 0.2;
  const files: GeneratedFile[] = [];
  const photos: GeneratedPhoto[] = [];
  const stats = {
    exemplars: 0,
    withPhoto: 0,
    withComponent: 0,
    individuals: 0,
    plans: options.plans,
    phases: 0,
    units: UNITS.length,
  };

  for (const [index, unit] of UNITS.entries()) {
    files.push({
      path: `units/${unit.id}.yaml`,
      contents: `# Đơn vị hư cấu do npm run gen tạo để đo hiệu năng.\nillustrative: true\nname: ${unit.name}\norder: ${20 + index}\n`,
    });
  }
  const generated = plansAndPhases(options.plans, random);
  files.push(...generated.files);
  stats.phases = generated.phases.length;
  // The real 2024 phases and movements, which the content copy keeps.
  const realPhases: GeneratedPhase[] = [
    { id: 'dot-thi-dua-thu-nhat-nam-2024', year: 2024 },
    { id: 'dot-thi-dua-thu-hai-nam-2024', year: 2024 },
  ];
  const phases = [...generated.phases, ...realPhases];
  const movements = [
    'phong-trao-thi-dua-nam-2024-cua-trung-tam',
    'thi-dua-cai-cach-hanh-chinh-nam-2024',
    'thi-dua-chuyen-doi-so-theo-nghi-quyet-358',
    'can-bo-cong-chuc-vien-chuc-thi-dua-thuc-hien-van-hoa-cong-so',
  ];

  const usedIds = new Map<string, number>();
  const uniqueId = (base: string) => {
    const seen = usedIds.get(base) ?? 0;
    usedIds.set(base, seen + 1);
    return seen === 0 ? base : `${base}-${seen + 1}`;
  };

  for (let index = 0; index < options.exemplars; index++) {
    const year = FIRST_YEAR + (index % (LAST_YEAR - FIRST_YEAR + 1));
    const unit = random.pick(UNITS);
    const isTeam = random.chance(0.15);
    const female = random.chance(0.55);
    const name = isTeam
      ? random.pick(unit.teams)
      : `${random.pick(FAMILY_NAMES)} ${random.pick(female ? FEMALE_MIDDLE : MALE_MIDDLE)} ${random.pick(female ? FEMALE_GIVEN : MALE_GIVEN)}`;
    const called = isTeam ? 'tập thể tổ' : `${female ? 'chị' : 'anh'} ${name.split(' ').at(-1)}`;
    const id = uniqueId(slugifyVietnamese(`${name} ${year}`));
    const values = {
      name: called,
      unit: unit.name,
      work: unit.work,
      year,
      since: year - random.int(2, 15),
      years: random.int(3, 20),
      count: (random.int(2, 18) * 100).toLocaleString('vi-VN'),
      sessions: random.int(4, 30),
      initiative: random.pick(INITIATIVES),
    };
    const hasPhoto = random.chance(photoShare);
    const component = random.chance(componentShare) ? (hasPhoto && random.chance(0.5) ? 'Figure' : 'Note') : undefined;
    const phaseChoices = phases.filter((phase) => phase.year === year);
    const phase = phaseChoices.length > 0 && random.chance(0.7) ? random.pick(phaseChoices) : undefined;
    const movement = year === 2024 && random.chance(0.6) ? random.pick(movements) : undefined;

    const achievements = random.some(STORY_ACHIEVEMENTS, random.int(5, 7)).map((sentence) => fill(sentence, values));
    const paragraphs = [
      fill(random.pick(STORY_OPENINGS), values),
      achievements.slice(0, 3).join(' '),
      achievements.slice(3).join(' '),
      ...(random.chance(0.5) ? [fill(random.pick(STORY_INITIATIVES), values)] : []),
      fill(random.pick(STORY_CLOSINGS), values),
    ];
    if (component === 'Note') {
      const note = random.pick(NOTES);
      paragraphs.splice(2, 0, `<Note title="${note.title}">${note.text}</Note>`);
    } else if (component === 'Figure') {
      paragraphs.splice(
        2,
        0,
        `<Figure caption="${random.pick(FIGURE_CAPTIONS)}">\n\n![Hình vẽ minh họa ${isTeam ? 'các thành viên của tổ' : called} tại nơi làm việc](./anh.jpg)\n\n</Figure>`,
      );
    }
    // Under the page's own "Thành tích tiêu biểu" (h2), a profile's headings are h3.
    const heading = random.chance(0.3) ? ['### Thành tích nổi bật', ''] : [];
    const body = [...heading, paragraphs.join('\n\n')].join('\n');

    const summary = fill(random.pick(isTeam ? TEAM_SUMMARIES : SUMMARIES), values);
    const frontmatter = [
      '# Hồ sơ hư cấu do npm run gen tạo để đo hiệu năng; người và sự việc không có thật.',
      'illustrative: true',
      `name: ${name}`,
      `kind: ${isTeam ? 'tập thể' : 'cá nhân'}`,
      `unit: ${unit.id}`,
      ...(isTeam ? [] : [`position: ${random.pick(unit.positions)}`]),
      `year: ${year}`,
      ...(phase ? [`phase: ${phase.id}`] : []),
      ...(movement ? [`movement: ${movement}`] : []),
      awardsFor(isTeam ? 'tập thể' : 'cá nhân', year, random).trimEnd(),
      `summary: ${yamlText(capitalise(summary))}`,
      ...(hasPhoto
        ? [
            'photo: ./anh.jpg',
            `photoAlt: Hình vẽ minh họa ${isTeam ? 'các thành viên của tổ' : `${female ? 'một nữ' : 'một nam'} viên chức`} trên nền màu nhạt`,
          ]
        : []),
      ...(isTeam
        ? []
        : [
            'consent:',
            `  date: ${isoDate(year + 1, random.int(1, 3), random.int(1, 28))}`,
            `  method: ${random.pick(['văn bản có chữ ký', 'thư điện tử', 'biểu mẫu điện tử'])}`,
            '  purpose: Đăng hồ sơ điển hình tiên tiến và ảnh trên Trang thông tin điện tử của Trung tâm',
            '  record: Hồ sơ lưu tại Phòng Hành chính – Tổng hợp',
          ]),
    ];
    const dir = `exemplars/${year}/${id}`;
    files.push({ path: `${dir}/index.mdx`, contents: `---\n${frontmatter.join('\n')}\n---\n\n${body}\n` });
    if (hasPhoto) photos.push({ path: `${dir}/anh.jpg`, variant: index });
    stats.exemplars += 1;
    if (hasPhoto) stats.withPhoto += 1;
    if (component) stats.withComponent += 1;
    if (!isTeam) stats.individuals += 1;
  }
  return { files, photos, stats };
}
