/** How an occasion a phase celebrates is named: "Kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam". */
import { t } from '../i18n/ui';
import type { Occasion } from '../schemas/phase';

/** The occasion's name as a heading or list item reads it, with its anniversary when stated. */
export function occasionTitle(occasion: Pick<Occasion, 'name' | 'anniversary'>): string {
  if (occasion.anniversary) return t('phase.anniversary', { years: occasion.anniversary, name: occasion.name });
  return occasion.name.charAt(0).toLocaleUpperCase('vi') + occasion.name.slice(1);
}
