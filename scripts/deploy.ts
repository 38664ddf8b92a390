/**
 * npm run deploy -- [--from dist] [--keep 5] <target folder>
 *   publishes the build as <target>/releases/<time>/ and switches <target>/current to it atomically;
 *   keeps the newest releases (5 unless told).
 * npm run deploy -- --rollback <target folder>
 *   makes the release before the live one live again.
 * nginx serves <target>/current (deploy/nginx.conf, deploy/README.md).
 */
import { parseArgs } from 'node:util';
import { DEFAULT_KEEP, publish, rollback } from './lib/deployment';

const USAGE = `Cách dùng:
  npm run deploy -- [--from dist] [--keep ${DEFAULT_KEEP}] <thư mục đích>
  npm run deploy -- --rollback <thư mục đích>`;

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        from: { type: 'string', default: 'dist' },
        keep: { type: 'string', default: String(DEFAULT_KEEP) },
        rollback: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`, { cause: error });
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new Error(`Cần đúng một thư mục đích.\n${USAGE}`);
  const target = positionals[0]!;
  if (values.rollback) {
    const result = rollback(target);
    console.log(`Đã quay lại bản ${result.to} (thay cho ${result.from}).`);
    return;
  }
  const result = publish(values.from, target, { keep: Number(values.keep) });
  console.log(
    `Đã phát hành bản ${result.name} (${result.files} tệp) vào ${target}/releases/ và chuyển ${target}/current sang bản này.`,
  );
  if (result.previous)
    console.log(
      `Bản trước: ${result.previous} (${result.carried} tệp băm được giữ cho các trang đang mở); quay lại bằng: npm run deploy -- --rollback ${target}`,
    );
  if (result.removed.length) console.log(`Đã xóa các bản cũ: ${result.removed.join(', ')}.`);
}

try {
  main();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
