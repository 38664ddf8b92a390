/**
 * What drawing the share images costs the build: renders the seeds' two plan cards and the demo's
 * profile cards (with photos) a few times and prints milliseconds per image and bytes per file.
 * Run: npx tsx scripts/measure-share-images.ts [rounds]
 */
import path from 'node:path';
import { renderShareImage, type ShareCard } from '../src/lib/share-image';

const rounds = Number(process.argv[2] ?? 5);
const site = { siteName: 'Thi đua – Khen thưởng', host: 'thidua.dichvuvieclam.example' };
const cards: { name: string; card: ShareCard }[] = [
  {
    name: 'plan, no photo',
    card: {
      ...site,
      kicker: 'KẾ HOẠCH',
      title: 'Triển khai công tác thi đua, khen thưởng năm 2024',
      agency: 'Trung tâm Dịch vụ việc làm',
      parentAgency: 'Sở Lao động - Thương binh và Xã hội',
    },
  },
  {
    name: 'profile with photo',
    card: {
      ...site,
      kicker: 'ĐIỂN HÌNH TIÊN TIẾN',
      title: 'Trần Thị Mai Anh',
      subtitle: 'Phòng Tư vấn – Giới thiệu việc làm',
      label: 'Hồ sơ minh họa',
      agency: 'Trung tâm Dịch vụ việc làm',
      parentAgency: 'Sở Lao động - Thương binh và Xã hội',
      photoFile: path.resolve('demo/exemplars/tran-thi-mai-anh/anh.jpg'),
    },
  },
];

const started = performance.now();
await renderShareImage(cards[0]!.card);
console.log(`first image (loads fonts and the layout engine): ${(performance.now() - started).toFixed(0)} ms`);
for (const { name, card } of cards) {
  let bytes = 0;
  const start = performance.now();
  for (let round = 0; round < rounds; round++) bytes = (await renderShareImage(card)).length;
  console.log(
    `${name}: ${((performance.now() - start) / rounds).toFixed(0)} ms per image, ${(bytes / 1024).toFixed(0)} KB`,
  );
}
