/**
 * `npm run editor`: the editor on this machine's working copy. Starts the live preview (`astro dev`,
 * drafts shown and marked) and opens /quan-tri/ in the browser, where "Làm việc với kho mã nguồn cục bộ"
 * (Chrome or Edge) edits the files of this folder directly; the preview reloads as each save lands.
 * Publishing is then a commit and a push, as for any edit (docs/huong-dan-dang-bai.md, mục 8).
 */
import { spawn } from 'node:child_process';

const PORT = process.env['PORT'] ?? '4321';
const address = `http://localhost:${PORT}/quan-tri/`;
const dev = spawn('npx', ['astro', 'dev', '--port', PORT], { stdio: 'inherit' });

async function waitForEditor(): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(address)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Bản xem thử không trả lời tại ${address}`);
}

await waitForEditor();
console.log(
  `\nTrang quản trị: ${address}\nBản xem thử: http://localhost:${PORT}/\nChọn "Làm việc với kho mã nguồn cục bộ", rồi chọn thư mục này.\n`,
);
const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'start' : 'xdg-open';
spawn(opener, [address], { stdio: 'ignore', detached: true, shell: process.platform === 'win32' }).on(
  'error',
  () => undefined,
);
process.on('SIGINT', () => dev.kill('SIGINT'));
dev.on('exit', (code) => process.exit(code ?? 0));
