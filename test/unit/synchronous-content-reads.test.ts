/**
 * The content sync's reads of its own files are made synchronously (src/lib/synchronous-content-reads.ts):
 * glob() must get the same text and the same errors as from `fs.promises.readFile`, and the process
 * must get the original back once every sync is over.
 */
import fs, { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readingSynchronously } from '../../src/lib/synchronous-content-reads';

const root = mkdtempSync(path.join(os.tmpdir(), 'tdkt-reads-'));
const profiles = path.join(root, 'exemplars');
const plans = path.join(root, 'plans');
mkdirSync(profiles);
mkdirSync(plans);
writeFileSync(path.join(profiles, 'mai.mdx'), '---\nname: Trần Thị Mai\n---\nChị Mai.');
writeFileSync(path.join(plans, 'ke-hoach.mdx'), 'Kế hoạch');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const original = fs.promises.readFile;

describe('readingSynchronously', () => {
  it('gives glob() the same text, and the same error for a missing file', async () => {
    const file = pathToFileURL(path.join(profiles, 'mai.mdx'));
    const missing = pathToFileURL(path.join(profiles, 'khong-co.mdx'));
    const expected = await original(file, 'utf-8');
    const expectedError = await original(missing, 'utf-8').catch((error: NodeJS.ErrnoException) => error.code);
    await readingSynchronously([profiles], async () => {
      expect(fs.promises.readFile).not.toBe(original);
      expect(await fs.promises.readFile(file, 'utf-8')).toBe(expected);
      await expect(fs.promises.readFile(missing, 'utf-8')).rejects.toMatchObject({ code: expectedError });
      // Outside the folders synced, and reads with other arguments, are the original's.
      expect(await fs.promises.readFile(pathToFileURL(path.join(plans, 'ke-hoach.mdx')), 'utf-8')).toBe('Kế hoạch');
      expect(Buffer.isBuffer(await fs.promises.readFile(file))).toBe(true);
    });
  });

  it('puts the original back once the last of several syncs is over, even one that failed', async () => {
    let release!: () => void;
    const slow = readingSynchronously([profiles], () => new Promise<void>((resolve) => (release = resolve)));
    await expect(readingSynchronously([plans], () => Promise.reject(new Error('lỗi nội dung')))).rejects.toThrow(
      'lỗi nội dung',
    );
    expect(fs.promises.readFile).not.toBe(original);
    release();
    await slow;
    expect(fs.promises.readFile).toBe(original);
  });

  it("answers glob()'s reads with the sync's own reader, for its folders only", async () => {
    const file = pathToFileURL(path.join(profiles, 'mai.mdx'));
    const asked: string[] = [];
    const fromSnapshot = (url: URL) => (asked.push(url.href), 'không đổi');
    await readingSynchronously(
      [profiles],
      async () => {
        expect(await fs.promises.readFile(file, 'utf-8')).toBe('không đổi');
        expect(await fs.promises.readFile(pathToFileURL(path.join(plans, 'ke-hoach.mdx')), 'utf-8')).toBe('Kế hoạch');
      },
      fromSnapshot,
    );
    expect(asked).toEqual([file.href]);
    expect(fs.promises.readFile).toBe(original);
  });
});
