/** Numbers written the Vietnamese way: "32.200", "0,8", "3,5". */
const vietnameseNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });

export function formatNumber(value: number): string {
  return vietnameseNumber.format(value);
}
