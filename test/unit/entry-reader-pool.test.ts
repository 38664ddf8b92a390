/**
 * The content sync's reading worker (src/lib/entry-reader-pool.ts) answers each file as Astro's thread
 * would: the same data, the same refusal, the same HTML; and a worker that cannot start leaves every
 * file to Astro's thread. That the site built with the worker is the site built without it, with the
 * site's real Markdown settings, is proven by test/build/incremental.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ContentEntryType } from 'astro';
import { describe, expect, it } from 'vitest';
import type { FolderCollection } from '../../src/lib/content-sources';
import { READING_WORKER_VARIABLE } from '../../src/lib/build-variables';
import { EntryReaderPool } from '../../src/lib/entry-reader-pool';
import { astroMarkdownEntryTypeFile, type WorkerSettings } from '../../src/lib/markdown-settings';
import { readCheckedEntry } from '../../src/lib/entry-reading';
import { isPlainMarkdown } from '../../src/lib/markdown/plain-markdown';
import { siteMarkdownProcessor } from '../../src/lib/markdown/site-processor';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(?:mdx|ya?ml)$/.test(name))
    .map((name) => path.resolve(dir, name));
}

const files: { filePath: string; contents: string; collection: FolderCollection }[] = [
  ...filesUnder('demo/exemplars').map((filePath) => ({ filePath, collection: 'exemplars' as const })),
  ...filesUnder('content/plans').map((filePath) => ({ filePath, collection: 'plans' as const })),
  ...filesUnder('content/phases').map((filePath) => ({ filePath, collection: 'phases' as const })),
].map((file) => ({ ...file, contents: readFileSync(file.filePath, 'utf8') }));
// Two the build refuses: a colon in an unquoted value, and a hint left unfilled.
files.push(
  {
    filePath: path.resolve('demo/exemplars/hai-cham/index.mdx'),
    contents: '---\nname: Nguyễn Văn A\nposition: Viên chức: tư vấn\n---\n\nCâu chuyện.\n',
    collection: 'exemplars',
  },
  {
    filePath: path.resolve('content/plans/chua-dien.mdx'),
    contents: '---\ntitle: "ĐIỀN VÀO ĐÂY: tên kế hoạch"\n---\n\nNội dung.\n',
    collection: 'plans',
  },
);

const settings: WorkerSettings = {
  markdownEntryType: astroMarkdownEntryTypeFile(),
  // No highlighter: these files have no code blocks, and Shiki would only slow the test down.
  markdown: {
    syntaxHighlight: false,
    shikiConfig: {} as WorkerSettings['markdown']['shikiConfig'],
  },
  image: {} as WorkerSettings['image'],
};

/** Astro's render of a Markdown body with the same settings, in this thread. */
async function renderHere(): Promise<(body: string, filePath: string) => Promise<string>> {
  const { markdownContentEntryType } = (await import(pathToFileURL(settings.markdownEntryType).href)) as {
    markdownContentEntryType: ContentEntryType;
  };
  const config = { markdown: { ...settings.markdown, processor: siteMarkdownProcessor() }, image: settings.image };
  const render = await markdownContentEntryType.getRenderFunction!(config as never);
  return async (body, filePath) => (await render({ id: '', data: {}, body, filePath, digest: '' })).html;
}

describe('the content sync reading worker', () => {
  it('reads, refuses and renders every file as Astro’s thread does', { timeout: 60_000 }, async () => {
    expect(files.length).toBeGreaterThan(10);
    const pool = new EntryReaderPool(settings, { [READING_WORKER_VARIABLE]: 'first' });
    const render = await renderHere();
    let rendered = 0;
    let refused = 0;
    try {
      for (const { filePath, contents, collection } of files) {
        const answer = await pool.read({ filePath, contents, collection, renderPlain: true });
        const here = readCheckedEntry(filePath, contents, collection);
        expect(answer.reading, filePath).toEqual(here);
        if ('refusal' in here) {
          refused++;
          expect(answer.rendered).toBeUndefined();
          continue;
        }
        if (!isPlainMarkdown(here.body)) {
          expect(answer.rendered, filePath).toBe('not-plain');
          continue;
        }
        rendered++;
        expect(typeof answer.rendered === 'object' && answer.rendered.html, filePath).toBe(
          await render(here.body, filePath),
        );
      }
    } finally {
      await pool.close();
    }
    expect(refused).toBe(2);
    expect(rendered).toBeGreaterThan(3);
    expect(pool.readInWorker).toBe(files.length);
  });

  it('leaves every file to Astro’s thread when the worker cannot start', { timeout: 60_000 }, async () => {
    const pool = new EntryReaderPool(
      { ...settings, markdownEntryType: path.resolve('khong-co/content-entry-type.js') },
      { [READING_WORKER_VARIABLE]: 'first' },
    );
    try {
      for (const { filePath, contents, collection } of files) {
        const answer = await pool.read({ filePath, contents, collection, renderPlain: true });
        expect(answer, filePath).toEqual({ reading: readCheckedEntry(filePath, contents, collection) });
      }
    } finally {
      await pool.close();
    }
    expect(pool.readInWorker).toBe(0);
  });

  it(
    'hands files to the worker in a sync that reads synchronously and never turns the event loop',
    {
      timeout: 60_000,
    },
    async () => {
      // Astro's glob() with synchronous reads runs file after file without letting a message through:
      // the worker's "ready" must be seen without one. This loop, like that sync, never yields.
      const pool = new EntryReaderPool(settings, {});
      const answers: Promise<unknown>[] = [];
      const pause = new Int32Array(new SharedArrayBuffer(4));
      const deadline = Date.now() + 30_000;
      try {
        for (let round = 0; pool.sentToWorker < 10 && Date.now() < deadline; round++) {
          const { filePath, contents, collection } = files[round % files.length]!;
          answers.push(
            pool.read({ filePath, contents, collection, renderPlain: true }).then((answer) => {
              expect(answer.reading, filePath).toEqual(readCheckedEntry(filePath, contents, collection));
            }),
          );
          Atomics.wait(pause, 0, 0, 5);
        }
        expect(pool.sentToWorker).toBeGreaterThanOrEqual(10);
        await Promise.all(answers);
      } finally {
        await pool.close();
      }
      expect(pool.readInWorker).toBe(pool.sentToWorker);
    },
  );

  it('reads in Astro’s thread while a sync has few files', async () => {
    const pool = new EntryReaderPool(settings, {});
    try {
      for (const { filePath, contents, collection } of files.slice(0, 5))
        expect(await pool.read({ filePath, contents, collection, renderPlain: true })).not.toHaveProperty('rendered');
    } finally {
      await pool.close();
    }
    expect(pool.readInWorker).toBe(0);
  });
});
