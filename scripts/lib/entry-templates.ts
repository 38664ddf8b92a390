/**
 * The files `npm run new` writes: one per kind of entry, with every required field present, a
 * Vietnamese hint above each, and `draft: true`. Text the editor must supply says "ĐIỀN VÀO ĐÂY";
 * values that are only a sensible guess (today's date, the newest plan) carry a hint line that says
 * so. The result is a valid draft: it passes the check and the build, and cannot be published until
 * every hint is gone.
 */
import path from 'node:path';
import { stringify } from 'yaml';
import type { FolderCollection } from '../../src/lib/content-sources';
import { PLACEHOLDER } from '../../src/lib/placeholders';
import { slugifyVietnamese } from '../../src/lib/vietnamese-text';
import { CONSENT_METHODS, EXEMPLAR_KINDS } from '../../src/schemas/exemplar';
import { LAUNCHER_LEVELS, MOVEMENT_KINDS } from '../../src/schemas/movement';
import { COLLECTIVE_TITLES, INDIVIDUAL_TITLES } from '../../src/schemas/awards';
import { DOCUMENT_KINDS } from '../../src/schemas/plan';
import { CONTENT_COMPONENTS } from '../../src/lib/markdown/content-components';

/** The kinds an editor names on the command line, in Vietnamese as the site's addresses are. */
export const ENTRY_KINDS = {
  'ke-hoach': { collection: 'plans', noun: 'kế hoạch', argument: 'trích yếu' },
  'dot-thi-dua': { collection: 'phases', noun: 'đợt thi đua', argument: 'tên đợt thi đua' },
  'phong-trao': { collection: 'movements', noun: 'phong trào', argument: 'tên phong trào' },
  'dien-hinh': { collection: 'exemplars', noun: 'hồ sơ điển hình tiên tiến', argument: 'họ tên hoặc tên tập thể' },
  'lay-y-kien': { collection: 'notices', noun: 'thông báo lấy ý kiến', argument: 'tiêu đề thông báo' },
  'khen-thuong': { collection: 'decisions', noun: 'quyết định khen thưởng', argument: 'số ký hiệu của quyết định' },
  'dang-ky': { collection: 'registrations', noun: 'bản đăng ký thi đua', argument: 'tên tệp, ví dụ tên đơn vị và năm' },
  'ngay-nghi': { collection: 'holidays', noun: 'danh sách ngày nghỉ lễ', argument: 'năm' },
} as const satisfies Record<string, { collection: FolderCollection; noun: string; argument: string }>;

export type EntryKind = keyof typeof ENTRY_KINDS;

export function isEntryKind(value: string): value is EntryKind {
  return Object.hasOwn(ENTRY_KINDS, value);
}

/** What the templates fill in from the site as it is. */
export interface TemplateContext {
  /** Today in Viet Nam. */
  today: string;
  /** Existing plan ids, newest first. */
  plans: readonly string[];
  /** Existing unit ids, in their order. */
  units: readonly string[];
  agency: { name: string; parent: string };
}

export interface NewEntry {
  /** Path relative to the content folder. */
  file: string;
  id: string;
  contents: string;
}

// Written without angle brackets: in the MDX body "<Note>" would open a component.
const COMPONENT_NAMES = Object.keys(CONTENT_COMPONENTS).join(', ');

/** A YAML scalar, quoted only when needed, on one line. */
const value = (text: string | number) => stringify(text, { lineWidth: 0 }).trimEnd();
const fill = (what: string) => value(`${PLACEHOLDER}: ${what}`);
const choices = (values: readonly string[]) => values.map((item) => `"${item}"`).join(', ');

function header(kind: EntryKind, title: string, today: string): string {
  return [
    `# ${ENTRY_KINDS[kind].noun[0]!.toLocaleUpperCase('vi')}${ENTRY_KINDS[kind].noun.slice(1)} mới, tạo bằng npm run new ngày ${today}: ${title}`,
    '# Thay mọi chỗ có chữ in hoa "điền vào đây" bằng nội dung thật. Dòng bắt đầu bằng # là ghi chú, không hiện trên trang.',
    '# Khi điền xong, xóa dòng "draft: true" để đăng. Hướng dẫn đầy đủ: docs/huong-dan-dang-bai.md',
  ].join('\n');
}

const publication = [
  '# Bản nháp: chưa hiện trên trang công khai; npm run dev vẫn hiện để xem trước.',
  'draft: true',
].join('\n');

function linkTo(ids: readonly string[], noun: string): { value: string; hint: string } {
  const known = ids.length > 0 ? `các ${noun} hiện có: ${ids.join(', ')}` : `chưa có ${noun} nào, hãy tạo trước`;
  if (ids.length === 0)
    return { value: fill(`tên tệp của ${noun}`), hint: `# Tên tệp của ${noun} (không có phần mở rộng); ${known}.` };
  return {
    value: value(ids[0]!),
    hint: `# ${PLACEHOLDER}: kiểm tra ${noun} (đang để tạm ${ids[0]}; ${known}), rồi xóa dòng này.`,
  };
}

function planEntry(title: string, context: TemplateContext): string {
  const year = Number(context.today.slice(0, 4));
  return `---
${header('ke-hoach', title, context.today)}

# Trích yếu: văn bản nói về việc gì, chép đúng như trên văn bản (bắt buộc).
title: ${value(title)}
# Loại văn bản (bắt buộc), một trong: ${choices(DOCUMENT_KINDS)}.
documentKind: ${value('Kế hoạch')}
# Số ký hiệu và ngày ban hành: nếu văn bản có ghi, xóa dấu # ở đầu dòng và điền; không ghi thì để nguyên.
# number: 08/KH-TTDVVL
# issuedOn: ${context.today}
issuer:
  # Cơ quan ban hành, như ở góc trên bên trái văn bản (bắt buộc).
  name: ${value(context.agency.name)}
  # Cơ quan chủ quản, dòng trên cơ quan ban hành.
  parent: ${value(context.agency.parent)}
signer:
  # Chức vụ của người ký (bắt buộc), ví dụ: Giám đốc, Phó Giám đốc.
  position: ${fill('chức vụ người ký')}
  # Họ và tên người ký (bắt buộc).
  name: ${fill('họ và tên người ký')}
  # Nếu ký thay ("KT. GIÁM ĐỐC"), xóa dấu # ở hai dòng dưới.
  # prefix: KT.
  # onBehalfOf: Giám đốc
# Năm của kế hoạch (bắt buộc).
year: ${year}
# Chỉ tiêu, thời hạn, văn bản căn cứ, nơi nhận: xem ví dụ trong content/plans/ và docs/huong-dan-dang-bai.md.
${publication}
---

${PLACEHOLDER}: toàn văn kế hoạch, chép đúng văn bản gốc. Mỗi mục lớn là một dòng tiêu đề bắt đầu bằng "## ", ví dụ "## I. MỤC ĐÍCH, YÊU CẦU"; mỗi ý gạch đầu dòng bắt đầu bằng "- ". Chỉ dùng Markdown và các thành phần ${COMPONENT_NAMES}.
`;
}

function phaseEntry(title: string, context: TemplateContext): string {
  const plan = linkTo(context.plans, 'kế hoạch');
  return `${header('dot-thi-dua', title, context.today)}

# Tên đợt thi đua (bắt buộc), ví dụ: Đợt thi đua thứ nhất năm 2024.
title: ${value(title)}
# Kế hoạch đặt ra đợt thi đua này (bắt buộc).
${plan.hint}
plan: ${plan.value}
# Ngày bắt đầu và kết thúc (bắt buộc), dạng NĂM-THÁNG-NGÀY.
# ${PLACEHOLDER}: ngày bắt đầu và kết thúc thật (đang để tạm ngày hôm nay), rồi xóa dòng này.
startDate: ${context.today}
endDate: ${context.today}
# Các ngày kỷ niệm được chào mừng: xóa dấu # và điền, mỗi ngày một nhóm bắt đầu bằng "- name:".
# occasions:
#   - name: Ngày thành lập Đảng Cộng sản Việt Nam
#     date: 2025-02-03
#     since: 1930-02-03
#     anniversary: 95
${publication}
`;
}

function movementEntry(title: string, context: TemplateContext): string {
  const plan = linkTo(context.plans, 'kế hoạch');
  return `${header('phong-trao', title, context.today)}

# Tên phong trào (bắt buộc), như văn bản phát động ghi.
title: ${value(title)}
launchedBy:
  # Cấp phát động (bắt buộc), một trong: ${choices(LAUNCHER_LEVELS)}.
  # ${PLACEHOLDER}: chọn cấp phát động đúng (đang để tạm "Trung tâm"), rồi xóa dòng này.
  level: Trung tâm
  # Tên cơ quan phát động, ví dụ: UBND tỉnh Bắc Giang.
  name: ${value(context.agency.name)}
# Hình thức thi đua, nếu văn bản có ghi: xóa dấu # và chọn một trong: ${choices(MOVEMENT_KINDS)}.
# kind: Thi đua thường xuyên
# Các kế hoạch triển khai phong trào (bắt buộc, ít nhất một), mỗi kế hoạch một dòng bắt đầu bằng "- ".
plans:
  ${plan.hint}
  - ${plan.value}
${publication}
`;
}

function exemplarEntry(name: string, context: TemplateContext): string {
  const unit = linkTo(context.units, 'đơn vị');
  const year = Number(context.today.slice(0, 4));
  return `---
${header('dien-hinh', name, context.today)}

# Họ tên người hoặc tên tập thể (bắt buộc).
name: ${value(name)}
# ${choices(EXEMPLAR_KINDS)} (bắt buộc). Với tập thể: đổi thành "tập thể", xóa position và cả nhóm consent.
kind: cá nhân
# Đơn vị công tác (bắt buộc).
${unit.hint}
unit: ${unit.value}
# Chức vụ, vị trí công tác (bắt buộc với cá nhân).
position: ${fill('chức vụ, ví dụ Viên chức tư vấn việc làm')}
# Năm được nêu gương (bắt buộc).
year: ${year}
# Danh hiệu, hình thức khen thưởng, viết đúng tên theo Luật Thi đua, khen thưởng; xóa dấu # để dùng.
# awards:
#   - name: Chiến sĩ thi đua cơ sở
#     year: ${year}
#   - name: Bằng khen
#     by: Chủ tịch UBND tỉnh
# Hai, ba câu tóm tắt, hiện trong danh sách và kết quả tìm kiếm (bắt buộc, tối đa 400 ký tự).
summary: ${fill('tóm tắt thành tích')}
# Ảnh: đặt tệp ảnh cạnh tệp này rồi xóa dấu # ở hai dòng dưới; mô tả ảnh bằng tiếng Việt là bắt buộc.
# photo: ./anh.jpg
# photoAlt: Chị Nguyễn Thị A đang tư vấn cho người lao động tại quầy
# Sự đồng ý công bố của người được nêu gương (bắt buộc với cá nhân, Luật Bảo vệ dữ liệu cá nhân).
# Không ghi số CMND, CCCD hay số điện thoại cá nhân ở bất kỳ đâu trong hồ sơ.
consent:
  # ${PLACEHOLDER}: ngày người được nêu gương đồng ý (đang để tạm ngày hôm nay) và hình thức đồng ý, rồi xóa dòng này.
  date: ${context.today}
  # Hình thức đồng ý, một trong: ${choices(CONSENT_METHODS)}.
  method: ${value(CONSENT_METHODS[0])}
  purpose: Đăng hồ sơ điển hình tiên tiến và ảnh trên Trang thông tin điện tử
  record: ${fill('nơi lưu văn bản đồng ý, ví dụ Hồ sơ lưu tại Phòng Hành chính – Tổng hợp')}
${publication}
---

${PLACEHOLDER}: câu chuyện và thành tích tiêu biểu, mỗi đoạn cách nhau một dòng trống. Chỉ dùng Markdown và các thành phần ${COMPONENT_NAMES}.
`;
}

function noticeEntry(title: string, context: TemplateContext): string {
  return `${header('lay-y-kien', title, context.today)}

# Tiêu đề thông báo (bắt buộc).
title: ${value(title)}
# Căn cứ pháp lý, chép đúng điều, khoản của văn bản đang có hiệu lực (bắt buộc).
legalBasis: ${fill('căn cứ pháp lý, ví dụ Khoản 2 Điều 46 Nghị định số 98/2023/NĐ-CP')}
# Văn bản đề nghị khen thưởng (tờ trình): loại, số, ngày, cơ quan đề nghị (bắt buộc).
proposal:
  kind: Tờ trình
  number: ${fill('số ký hiệu tờ trình')}
  # ${PLACEHOLDER}: ngày của tờ trình (đang để tạm ngày hôm nay), rồi xóa dòng này.
  date: ${context.today}
  issuer: ${value(context.agency.name)}
# Hội đồng xét, nếu có: xóa dấu # và điền.
# council: Hội đồng Thi đua – Khen thưởng tỉnh
# Ngày bắt đầu lấy ý kiến và số ngày làm việc (bắt buộc). Ngày hết hạn được tính tự động, bỏ qua thứ Bảy,
# Chủ nhật và ngày nghỉ lễ trong tệp content/holidays/<năm>.yaml; năm chưa có tệp đó thì trang báo lỗi.
# ${PLACEHOLDER}: ngày bắt đầu thật (đang để tạm ngày hôm nay), rồi xóa dòng này.
opensOn: ${context.today}
workingDays: 10
# Nơi nhận ý kiến (bắt buộc: địa chỉ và người liên hệ).
comments:
  address: ${fill('địa chỉ nhận ý kiến')}
  # email: thidua@example.gov.vn
  # phone: 0204 000 0000
  contact: ${fill('họ tên, chức vụ người liên hệ')}
  # Ý kiến phải bằng văn bản có chữ ký, ghi rõ họ tên, địa chỉ (true) hay không (false).
  signed: true
# Người, tập thể được đề nghị (bắt buộc, ít nhất một). Danh hiệu viết đúng tên theo Luật Thi đua, khen thưởng.
candidates:
  - kind: cá nhân
    name: ${fill('họ tên')}
    position: ${fill('chức vụ')}
    unit: ${fill('đơn vị công tác')}
    award:
      name: Bằng khen
      by: Chủ tịch UBND tỉnh
    period: ${fill('thời gian lập thành tích, ví dụ 2022–2024')}
    summary: ${fill('tóm tắt thành tích')}
# Quyết định khen thưởng sau đợt lấy ý kiến, khi đã có: xóa dấu # và ghi tên tệp của quyết định.
# decision: quyet-dinh-25-qd-ttdvvl-2024
${publication}
`;
}

function decisionEntry(number: string, context: TemplateContext): string {
  const year = Number(context.today.slice(0, 4));
  return `${header('khen-thuong', number, context.today)}
# Đặt tệp quyết định có chữ ký (PDF, tối đa 10 MB) cùng thư mục với tệp này, tên quyet-dinh.pdf.

# Trích yếu (bắt buộc), chép đúng như trên văn bản.
title: ${fill('trích yếu, ví dụ Về việc công nhận danh hiệu thi đua năm 2024')}
documentKind: Quyết định
# Số ký hiệu (bắt buộc).
number: ${value(number)}
# ${PLACEHOLDER}: ngày ban hành và ngày có hiệu lực thật (đang để tạm ngày hôm nay), rồi xóa dòng này.
issuedOn: ${context.today}
effectiveOn: ${context.today}
issuer:
  name: ${value(context.agency.name)}
  parent: ${value(context.agency.parent)}
# Năm khen thưởng (bắt buộc).
year: ${year}
# Tệp văn bản để tải về (bắt buộc), đặt cạnh tệp này.
file:
  file: quyet-dinh.pdf
  title: Quyết định (bản có chữ ký)
# Người, tập thể được khen thưởng (bắt buộc, ít nhất một), danh hiệu viết đúng tên theo luật.
# agencyUnit: tên tệp đơn vị của Trung tâm (để thống kê); exemplar: tên hồ sơ điển hình, nếu có.
awardees:
  - kind: cá nhân
    name: ${fill('họ tên')}
    position: ${fill('chức vụ')}
    unit: ${fill('đơn vị')}
    award:
      name: Chiến sĩ thi đua cơ sở
      year: ${year}
${publication}
`;
}

function registrationEntry(title: string, context: TemplateContext): string {
  const plan = linkTo(context.plans, 'kế hoạch');
  const unit = linkTo(context.units, 'đơn vị');
  return `${header('dang-ky', title, context.today)}

# Kế hoạch đăng ký theo (bắt buộc).
${plan.hint}
plan: ${plan.value}
# Đơn vị đăng ký (bắt buộc).
${unit.hint}
unit: ${unit.value}
# ${PLACEHOLDER}: ngày bộ phận tiếp nhận nhận được bản đăng ký (đang để tạm ngày hôm nay), rồi xóa dòng này.
submittedOn: ${context.today}
# Danh hiệu tập thể đăng ký, nếu có, một trong: ${choices(COLLECTIVE_TITLES)}.
collectiveTitle: ${value(COLLECTIVE_TITLES[3])}
# Số người đăng ký từng danh hiệu cá nhân, một trong: ${choices(INDIVIDUAL_TITLES)}.
# Chỉ ghi họ tên (names) khi bản đăng ký của đơn vị có ghi.
individuals:
  - title: Lao động tiên tiến
    # ${PLACEHOLDER}: số người đăng ký thật (đang để tạm 1), rồi xóa dòng này.
    count: 1
${publication}
`;
}

function holidaysEntry(year: string, context: TemplateContext): string {
  return `${header('ngay-nghi', year, context.today)}
# Chỉ ghi ngày có văn bản làm căn cứ (Bộ luật Lao động 2019 Điều 112 và thông báo lịch nghỉ của năm).
# Thứ Bảy, Chủ nhật tự động là ngày nghỉ; ngày nghỉ bù, ngày hoán đổi ghi vào daysOff; ngày thứ Bảy đi làm bù ghi
# vào workingWeekends. Tệp này không có bản nháp: kiểm tra báo lỗi cho đến khi điền xong mọi chỗ "${PLACEHOLDER}".

year: ${Number(year)}
daysOff:
  - from: ${year}-01-01
    name: Tết Dương lịch
    source: Bộ luật Lao động 2019, Điều 112, khoản 1, điểm a
  # ${PLACEHOLDER}: Tết Âm lịch, Giỗ Tổ Hùng Vương, 30/4 và 1/5, Quốc khánh và các ngày hoán đổi theo thông báo lịch nghỉ của năm, mỗi đợt một nhóm như trên (from, to, name, source), rồi xóa dòng này.
#   - from: ${year}-04-30
#     to: ${year}-05-01
#     name: Ngày Chiến thắng và ngày Quốc tế lao động
#     source: Bộ luật Lao động 2019, Điều 112, khoản 1, điểm d, đ
# Ngày thứ Bảy, Chủ nhật phải đi làm bù, nếu có: mỗi ngày một nhóm (date, reason, source).
workingWeekends: []
`;
}

/** The new entry for `kind` named `title`, and where it goes (relative to the content folder). */
export function newEntry(kind: EntryKind, title: string, context: TemplateContext): NewEntry {
  const id = slugifyVietnamese(title);
  const { collection } = ENTRY_KINDS[kind];
  const name = title.normalize('NFC').trim();
  switch (kind) {
    case 'ke-hoach':
      return { id, file: path.join(collection, `${id}.mdx`), contents: planEntry(name, context) };
    case 'dot-thi-dua':
      return { id, file: path.join(collection, `${id}.yaml`), contents: phaseEntry(name, context) };
    case 'phong-trao':
      return { id, file: path.join(collection, `${id}.yaml`), contents: movementEntry(name, context) };
    case 'dien-hinh':
      return { id, file: path.join(collection, id, 'index.mdx'), contents: exemplarEntry(name, context) };
    case 'lay-y-kien':
      return { id, file: path.join(collection, `${id}.yaml`), contents: noticeEntry(name, context) };
    case 'khen-thuong':
      // In its own folder: the signed PDF goes beside it.
      return {
        id: `quyet-dinh-${id}`,
        file: path.join(collection, `quyet-dinh-${id}`, 'index.yaml'),
        contents: decisionEntry(name, context),
      };
    case 'dang-ky':
      return { id, file: path.join(collection, `${id}.yaml`), contents: registrationEntry(name, context) };
    case 'ngay-nghi':
      return { id, file: path.join(collection, `${id}.yaml`), contents: holidaysEntry(name, context) };
  }
}
