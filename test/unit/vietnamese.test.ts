import { describe, expect, it } from 'vitest';
import { daysBetween, formatDateLong, formatDateShort, isRealIsoDate, todayInVietnam } from '../../src/lib/dates';
import { entryIdFromPath } from '../../src/lib/entry-id';
import { formatNumber } from '../../src/lib/numbers';
import { foldVietnamese, slugifyVietnamese } from '../../src/lib/vietnamese-text';

describe('Vietnamese text', () => {
  it('folds tones, vowel marks and đ', () => {
    expect(foldVietnamese('Điển hình tiên tiến, đợt thi đua thưởng')).toBe('Dien hinh tien tien, dot thi dua thuong');
  });

  it('makes unaccented slugs with đ as d', () => {
    expect(slugifyVietnamese('Đợt thi đua thứ nhất năm 2024')).toBe('dot-thi-dua-thu-nhat-nam-2024');
    expect(slugifyVietnamese('II. NỘI DUNG VÀ CHƯƠNG TRÌNH THI ĐUA')).toBe('ii-noi-dung-va-chuong-trinh-thi-dua');
  });

  it('derives entry ids from file names, folders and accents', () => {
    expect(entryIdFromPath('content/plans/2024/ke-hoach-a.mdx')).toBe('ke-hoach-a');
    expect(entryIdFromPath('demo/exemplars/nguyen-van-a/index.mdx')).toBe('nguyen-van-a');
    expect(entryIdFromPath('Đợt 1.yaml')).toBe('dot-1');
  });
});

describe('dates', () => {
  it('rejects days that do not exist', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2024-02-30')).toBe(false);
    expect(isRealIsoDate('2023-02-29')).toBe(false);
    expect(isRealIsoDate('12/01/2024')).toBe(false);
  });

  it('writes list dates as dd/mm/yyyy', () => {
    expect(formatDateShort('2024-01-12')).toBe('12/01/2024');
    expect(formatDateShort('2024-06-30')).toBe('30/06/2024');
  });

  it('writes header dates as Nghị định 30/2020 does: leading zero for days below 10 and months 1 and 2 only', () => {
    expect(formatDateLong('2024-01-12')).toBe('ngày 12 tháng 01 năm 2024');
    expect(formatDateLong('2024-02-03')).toBe('ngày 03 tháng 02 năm 2024');
    expect(formatDateLong('2024-03-05')).toBe('ngày 05 tháng 3 năm 2024');
    expect(formatDateLong('2024-12-31')).toBe('ngày 31 tháng 12 năm 2024');
  });

  it('takes today in Viet Nam, not on the machine', () => {
    // 20:00 UTC on 31 December is already 1 January in Ha Noi (UTC+7).
    expect(todayInVietnam(new Date('2024-12-31T20:00:00Z'))).toBe('2025-01-01');
    expect(todayInVietnam(new Date('2024-12-31T16:59:00Z'))).toBe('2024-12-31');
  });

  it('turns the day at midnight in Ha Noi, one millisecond after the last one asked for', () => {
    expect(todayInVietnam(new Date('2024-12-31T16:59:59.999Z'))).toBe('2024-12-31');
    expect(todayInVietnam(new Date('2024-12-31T17:00:00.000Z'))).toBe('2025-01-01');
    expect(todayInVietnam(new Date('2024-12-31T16:59:59.999Z'))).toBe('2024-12-31');
  });

  it('counts days across months', () => {
    expect(daysBetween('2024-01-01', '2024-06-30')).toBe(181);
    expect(daysBetween('2024-03-15', '2024-03-14')).toBe(-1);
  });
});

describe('numbers', () => {
  it('group thousands with dots and use a decimal comma', () => {
    expect(formatNumber(32200)).toBe('32.200');
    expect(formatNumber(1800)).toBe('1.800');
    expect(formatNumber(0.8)).toBe('0,8');
    expect(formatNumber(3.5)).toBe('3,5');
  });
});
