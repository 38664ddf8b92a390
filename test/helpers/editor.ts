/**
 * Drives the web editor (/quan-tri/) in Chromium against Sveltia's in-browser test repository: the
 * repository is a folder (`sveltia-cms-test`) in the browser's private file system (OPFS), filled
 * with real content files before the editor starts and read back after it saved.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export const TEST_REPOSITORY = 'sveltia-cms-test';

/** Every file under `dir`, as repository paths under `prefix` with their bytes (base64). */
export function repositoryFiles(dir: string, prefix: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const relative of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(dir, relative);
    if (statSync(full).isFile())
      files[`${prefix}/${relative.split(path.sep).join('/')}`] = readFileSync(full).toString('base64');
  }
  return files;
}

/** Writes files into the test repository (OPFS); the page must be on the site's origin. */
export async function writeRepository(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(
    async ({ root, files }) => {
      const opfs = await navigator.storage.getDirectory();
      await opfs.removeEntry(root, { recursive: true }).catch(() => undefined);
      const repository = await opfs.getDirectoryHandle(root, { create: true });
      for (const [file, base64] of Object.entries(files)) {
        const parts = file.split('/');
        let dir = repository;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const handle = await dir.getFileHandle(parts.at(-1)!, { create: true });
        const writable = await handle.createWritable();
        const binary = atob(base64);
        const bytes = new Uint8Array(binary.length);
        for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
        await writable.write(bytes);
        await writable.close();
      }
    },
    { root: TEST_REPOSITORY, files },
  );
}

/** Every file of the test repository, as repository paths and bytes (base64). */
export async function readRepository(page: Page): Promise<Record<string, string>> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(async (root) => {
    const out: Record<string, string> = {};
    const opfs = await navigator.storage.getDirectory();
    const stack: [FileSystemDirectoryHandle, string][] = [[await opfs.getDirectoryHandle(root), '']];
    while (stack.length > 0) {
      const [dir, prefix] = stack.pop()!;
      for await (const [name, entry] of (
        dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        const file = prefix ? `${prefix}/${name}` : name;
        if (entry.kind === 'directory') {
          stack.push([entry as FileSystemDirectoryHandle, file]);
          continue;
        }
        const bytes = new Uint8Array(await (await (entry as FileSystemFileHandle).getFile()).arrayBuffer());
        let binary = '';
        for (const byte of bytes) binary += String.fromCharCode(byte);
        out[file] = btoa(binary);
      }
    }
    return out;
  }, TEST_REPOSITORY);
}

/** Opens the editor on the test repository filled with `files`, signed in, on its first screen. */
export async function openEditor(
  context: BrowserContext,
  origin: string,
  files: Record<string, string>,
  beforeEditor: (page: Page) => void = () => undefined,
): Promise<Page> {
  const page = await context.newPage();
  // The site's origin, without the editor, to fill the repository before the editor reads it.
  await page.goto(`${origin}/404.html`);
  await writeRepository(page, files);
  beforeEditor(page);
  await page.goto(`${origin}/quan-tri/?thu-nghiem`);
  await page.getByRole('button', { name: 'Làm việc với kho mã nguồn thử nghiệm' }).click();
  await page
    .getByRole('heading', { level: 1 })
    .first()
    .waitFor({ timeout: 60_000 })
    .catch(() => undefined);
  return page;
}
