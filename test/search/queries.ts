/**
 * The search-quality regression suite: real queries over the real content (the production build)
 * and the illustrative profiles (the demo build), each with the page it must return in the top 3.
 * Unaccented queries, and queries with đ typed as d, expect what their accented form finds. The
 * two-syllable words (kind 'word') are typed without marks, and each of their syllables alone is
 * ambiguous ("vi" starts "vì", "viên", "Việt"; "so" is "số", "sở", "sơ"): they find the page where the
 * two stand together as the word.
 */

export type Site = 'production' | 'demo';

export interface RegressionQuery {
  query: string;
  /** The page that must be among the first three results. */
  expect: string;
  site: Site;
  /** What the query exercises. */
  kind: 'accented' | 'unaccented' | 'đ as d' | 'phrase' | 'number' | 'name' | 'document number' | 'word';
}

const PLAN_SO = '/ke-hoach/thuc-hien-cac-phong-trao-thi-dua-nam-2024/';
const PLAN_TRUNG_TAM = '/ke-hoach/trien-khai-cong-tac-thi-dua-khen-thuong-nam-2024/';
const PHASE_1 = '/dot-thi-dua/dot-thi-dua-thu-nhat-nam-2024/';
const PHASE_2 = '/dot-thi-dua/dot-thi-dua-thu-hai-nam-2024/';
const MOVEMENT_BAC_GIANG = '/phong-trao/cac-phong-trao-thi-dua-nam-2024-cua-tinh-bac-giang/';
const MOVEMENT_358 = '/phong-trao/thi-dua-chuyen-doi-so-theo-nghi-quyet-358/';
const MOVEMENT_CAI_CACH = '/phong-trao/thi-dua-cai-cach-hanh-chinh-nam-2024/';
const MOVEMENT_NONG_THON = '/phong-trao/ca-nuoc-chung-suc-xay-dung-nong-thon-moi/';
const MOVEMENT_NGUOI_NGHEO = '/phong-trao/ca-nuoc-chung-tay-vi-nguoi-ngheo/';
const MOVEMENT_CONG_SO = '/phong-trao/can-bo-cong-chuc-vien-chuc-thi-dua-thuc-hien-van-hoa-cong-so/';
const MOVEMENT_DOANH_NGHIEP = '/phong-trao/doanh-nghiep-viet-nam-hoi-nhap-va-phat-trien/';
const MAI_ANH = '/dien-hinh-tien-tien/tran-thi-mai-anh/';
const MINH_DUC = '/dien-hinh-tien-tien/hoang-minh-duc/';
const THU_TRANG = '/dien-hinh-tien-tien/pham-thu-trang/';
const VAN_HUNG = '/dien-hinh-tien-tien/le-van-hung/';
const TO_TU_VAN = '/dien-hinh-tien-tien/to-tu-van-luu-dong/';
const SAN_GIAO_DICH = '/dien-hinh-tien-tien/san-giao-dich-viec-lam/';
// The year's cycle (illustrative): a notice proposing "Chiến sĩ thi đua tỉnh", a decision listing its awards.
const NOTICE_CHIEN_SI = '/lay-y-kien/lay-y-kien-de-nghi-chien-si-thi-dua-tinh/';
const NOTICE_BANG_KHEN = '/lay-y-kien/lay-y-kien-de-nghi-bang-khen-nam-2024/';
const DECISION_25 = '/khen-thuong/quyet-dinh-25-qd-ttdvvl-2024/';

export const REGRESSION_QUERIES: RegressionQuery[] = [
  // Phases and the days they celebrate.
  { site: 'production', kind: 'accented', query: 'đợt thi đua thứ nhất', expect: PHASE_1 },
  { site: 'production', kind: 'đ as d', query: 'dot thi dua thu nhat', expect: PHASE_1 },
  { site: 'production', kind: 'đ as d', query: 'dot thi dua thu hai', expect: PHASE_2 },
  { site: 'production', kind: 'đ as d', query: 'dot thi dua', expect: PHASE_1 },
  { site: 'production', kind: 'accented', query: 'Điện Biên Phủ', expect: PHASE_1 },
  { site: 'production', kind: 'đ as d', query: 'dien bien phu', expect: PHASE_1 },
  { site: 'production', kind: 'accented', query: 'Đảng Cộng sản', expect: PHASE_1 },
  { site: 'production', kind: 'đ as d', query: 'dang cong san', expect: PHASE_1 },
  { site: 'production', kind: 'unaccented', query: 'khoi nghia yen the', expect: PHASE_1 },
  { site: 'production', kind: 'accented', query: 'Quốc khánh', expect: PHASE_2 },
  { site: 'production', kind: 'unaccented', query: 'cach mang thang tam', expect: PHASE_2 },
  { site: 'production', kind: 'phrase', query: '"Cách mạng tháng Tám thành công"', expect: PHASE_2 },
  { site: 'production', kind: 'unaccented', query: 'thuong binh liet sy', expect: PHASE_2 },
  // Movements.
  { site: 'production', kind: 'accented', query: 'đoàn kết, kỷ cương', expect: MOVEMENT_BAC_GIANG },
  { site: 'production', kind: 'đ as d', query: 'doan ket ky cuong', expect: MOVEMENT_BAC_GIANG },
  { site: 'production', kind: 'đ as d', query: 'doan ket', expect: MOVEMENT_BAC_GIANG },
  { site: 'production', kind: 'accented', query: 'chuyển đổi số', expect: MOVEMENT_358 },
  { site: 'production', kind: 'đ as d', query: 'chuyen doi so', expect: MOVEMENT_358 },
  { site: 'production', kind: 'document number', query: '358-NQ/ĐU', expect: MOVEMENT_358 },
  { site: 'production', kind: 'document number', query: '358-NQ/DU', expect: MOVEMENT_358 },
  { site: 'production', kind: 'unaccented', query: 'cai cach hanh chinh', expect: MOVEMENT_CAI_CACH },
  { site: 'production', kind: 'đ as d', query: 'day manh cai cach hanh chinh', expect: MOVEMENT_CAI_CACH },
  { site: 'production', kind: 'phrase', query: 'xây dựng nông thôn mới', expect: MOVEMENT_NONG_THON },
  { site: 'production', kind: 'unaccented', query: 'nong thon moi', expect: MOVEMENT_NONG_THON },
  { site: 'production', kind: 'đ as d', query: 'khong de ai bi bo lai phia sau', expect: MOVEMENT_NGUOI_NGHEO },
  { site: 'production', kind: 'unaccented', query: 'van hoa cong so', expect: MOVEMENT_CONG_SO },
  { site: 'production', kind: 'unaccented', query: 'doanh nghiep hoi nhap', expect: MOVEMENT_DOANH_NGHIEP },
  // Plans: numbers, document numbers, names, phrases.
  { site: 'production', kind: 'number', query: '32.200', expect: PLAN_SO },
  { site: 'production', kind: 'number', query: 'giải quyết việc làm cho 32.200 lao động', expect: PLAN_SO },
  { site: 'production', kind: 'document number', query: '08/KH-SLĐTBXH', expect: PLAN_TRUNG_TAM },
  { site: 'production', kind: 'document number', query: '08/KH-SLDTBXH', expect: PLAN_TRUNG_TAM },
  { site: 'production', kind: 'document number', query: '15/KH-UBND', expect: PLAN_SO },
  { site: 'production', kind: 'document number', query: 'Chỉ thị 34-CT/TW', expect: PLAN_TRUNG_TAM },
  { site: 'production', kind: 'name', query: 'Trương Đức Huân', expect: PLAN_SO },
  { site: 'production', kind: 'đ as d', query: 'truong duc huan', expect: PLAN_SO },
  { site: 'production', kind: 'accented', query: 'xuất khẩu lao động', expect: PLAN_SO },
  { site: 'production', kind: 'đ as d', query: 'dang ky danh hieu thi dua', expect: PLAN_TRUNG_TAM },
  { site: 'production', kind: 'đ as d', query: 'hoi dong thi dua khen thuong', expect: PLAN_TRUNG_TAM },
  { site: 'production', kind: 'accented', query: 'tiếp công dân, giải quyết đơn thư', expect: PLAN_TRUNG_TAM },
  { site: 'production', kind: 'đ as d', query: 'giai quyet don thu', expect: PLAN_TRUNG_TAM },
  // Illustrative profiles (demo build).
  { site: 'demo', kind: 'name', query: 'Trần Thị Mai Anh', expect: MAI_ANH },
  { site: 'demo', kind: 'unaccented', query: 'tran thi mai anh', expect: MAI_ANH },
  { site: 'demo', kind: 'name', query: 'Hoàng Minh Đức', expect: MINH_DUC },
  { site: 'demo', kind: 'đ as d', query: 'hoang minh duc', expect: MINH_DUC },
  { site: 'demo', kind: 'document number', query: '210/QĐ-UBND', expect: MINH_DUC },
  { site: 'demo', kind: 'document number', query: '210/QD-UBND', expect: MINH_DUC },
  { site: 'demo', kind: 'unaccented', query: 'phieu hen truc tuyen', expect: MAI_ANH },
  { site: 'demo', kind: 'number', query: '1.200', expect: MAI_ANH },
  { site: 'demo', kind: 'accented', query: 'bảo hiểm thất nghiệp', expect: VAN_HUNG },
  { site: 'demo', kind: 'đ as d', query: 'giai quyet ho so dung han', expect: VAN_HUNG },
  { site: 'demo', kind: 'unaccented', query: 'tu van luu dong', expect: TO_TU_VAN },
  { site: 'demo', kind: 'đ as d', query: 'dua dich vu tu van ve tan thon ban', expect: TO_TU_VAN },
  { site: 'demo', kind: 'phrase', query: 'phiên giao dịch việc làm định kỳ', expect: SAN_GIAO_DICH },
  { site: 'demo', kind: 'accented', query: 'Chiến sĩ thi đua cơ sở', expect: MAI_ANH },
  // Two-syllable words typed without marks, on the real content.
  { site: 'production', kind: 'word', query: 'don vi', expect: PLAN_TRUNG_TAM },
  { site: 'production', kind: 'word', query: 'khen thuong', expect: PLAN_TRUNG_TAM },
  { site: 'production', kind: 'word', query: 'lao dong', expect: PLAN_SO },
  { site: 'production', kind: 'word', query: 'thi dua', expect: PLAN_TRUNG_TAM },
  { site: 'production', kind: 'word', query: 'tap the', expect: PLAN_TRUNG_TAM },
  { site: 'production', kind: 'word', query: 'ca nhan', expect: PLAN_TRUNG_TAM },
  { site: 'production', kind: 'word', query: 'chi tieu', expect: PHASE_2 },
  { site: 'production', kind: 'word', query: 'danh hieu', expect: PLAN_TRUNG_TAM },
  { site: 'production', kind: 'word', query: 'viec lam', expect: PLAN_TRUNG_TAM },
  { site: 'production', kind: 'word', query: 'bao hiem', expect: PLAN_SO },
  { site: 'production', kind: 'word', query: 'chuyen doi', expect: MOVEMENT_358 },
  { site: 'production', kind: 'word', query: 'giai phong', expect: PHASE_1 },
  { site: 'production', kind: 'word', query: 'dang ky', expect: PLAN_TRUNG_TAM },
  { site: 'production', kind: 'word', query: 'ho so', expect: PLAN_TRUNG_TAM },
  { site: 'production', kind: 'word', query: 'nha nuoc', expect: PLAN_SO },
  { site: 'production', kind: 'word', query: 'cong so', expect: MOVEMENT_CONG_SO },
  { site: 'production', kind: 'word', query: 'nhiem vu', expect: '/gioi-thieu/' },
  { site: 'production', kind: 'word', query: 'giai quyet', expect: PLAN_TRUNG_TAM },
  { site: 'production', kind: 'word', query: 'ky niem', expect: PHASE_1 },
  // Two-syllable words typed without marks, on the illustrative profiles.
  { site: 'demo', kind: 'word', query: 'don vi', expect: SAN_GIAO_DICH },
  { site: 'demo', kind: 'word', query: 'tu van', expect: TO_TU_VAN },
  { site: 'demo', kind: 'word', query: 'that nghiep', expect: VAN_HUNG },
  { site: 'demo', kind: 'word', query: 'giao dich', expect: SAN_GIAO_DICH },
  { site: 'demo', kind: 'word', query: 'luu dong', expect: TO_TU_VAN },
  { site: 'demo', kind: 'word', query: 'truc tuyen', expect: MAI_ANH },
  { site: 'demo', kind: 'word', query: 'chi tieu', expect: PHASE_2 },
  { site: 'demo', kind: 'word', query: 'ho so', expect: VAN_HUNG },
  { site: 'demo', kind: 'word', query: 'quyet dinh', expect: VAN_HUNG },
  { site: 'demo', kind: 'word', query: 'chien si', expect: NOTICE_CHIEN_SI },
  { site: 'demo', kind: 'word', query: 'dung han', expect: VAN_HUNG },
  { site: 'demo', kind: 'word', query: 'co so', expect: DECISION_25 },
  { site: 'demo', kind: 'word', query: 'tuyen dung', expect: THU_TRANG },
  { site: 'demo', kind: 'word', query: 'viec lam', expect: SAN_GIAO_DICH },
  { site: 'demo', kind: 'word', query: 'bao hiem', expect: VAN_HUNG },
  { site: 'demo', kind: 'word', query: 'tap the', expect: NOTICE_BANG_KHEN },
];
