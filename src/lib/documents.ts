/** How the parts of an official document read in Vietnamese. */
import type { CitedDocument } from '../schemas/cited-document';
import type { Plan, Target } from '../schemas/plan';
import { formatDateShort } from './dates';
import { formatNumber } from './numbers';

/** "Kế hoạch số 08/KH-SLĐTBXH ngày 12/01/2024 của Sở Lao động - Thương binh và Xã hội về …" */
export function formatCitedDocument(document: CitedDocument): string {
  return [
    document.kind,
    document.number && `số ${document.number}`,
    document.date && `ngày ${formatDateShort(document.date)}`,
    document.issuer && `của ${document.issuer}`,
    document.title,
  ]
    .filter(Boolean)
    .join(' ');
}

/** The signature block's lines: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] or ["GIÁM ĐỐC"]. */
export function signerHeading(signer: Plan['signer']): string[] {
  const lines =
    signer.prefix && signer.onBehalfOf ? [`${signer.prefix} ${signer.onBehalfOf}`, signer.position] : [signer.position];
  return lines.map((line) => line.toLocaleUpperCase('vi'));
}

/** "KT. Giám đốc, Phó Giám đốc Trương Đức Huân": the signer in running text. */
export function signerInline(signer: Plan['signer']): string {
  const onBehalf = signer.prefix && signer.onBehalfOf ? `${signer.prefix} ${signer.onBehalfOf}, ` : '';
  return `${onBehalf}${signer.position} ${signer.name}`;
}

/** "từ 0,8–1 %/năm", "32.200 lao động", "khoảng 200 người". */
export function formatTargetValue(target: Pick<Target, 'value' | 'upTo' | 'qualifier' | 'unit'>): string {
  const amount =
    target.upTo === undefined
      ? formatNumber(target.value)
      : `${formatNumber(target.value)}–${formatNumber(target.upTo)}`;
  const unit = target.unit.startsWith('%') ? target.unit : ` ${target.unit}`;
  return `${target.qualifier ? `${target.qualifier} ` : ''}${amount}${unit}`;
}

/** The full title as a reader names the document: "Kế hoạch Triển khai công tác thi đua, khen thưởng năm 2024". */
export function documentName(plan: Pick<Plan, 'documentKind' | 'title'>): string {
  return `${plan.documentKind} ${plan.title.charAt(0).toLocaleLowerCase('vi')}${plan.title.slice(1)}`;
}
