/**
 * The peer `npm run bench` compares this site with: a minimal stock Astro site built from the same
 * generated profiles, as anyone would start one. One `.md` content collection (glob loader, a small
 * zod schema), one page template that renders each profile inside `data-pagefind-body`, then
 * Pagefind's own command line (`pagefind --site dist`). It uses this project's installed astro and
 * pagefind packages (a `node_modules` link), so both sides run the same versions on the same machine
 * in the same run, and the bench reports our figures as ratios to it.
 *
 * Written by the bench into its own folder (git-ignored); nothing of it is committed.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measuredRun } from './measured-run';

const root = path.resolve(import.meta.dirname, '../..');

const CONFIG = `import { defineConfig } from 'astro/config';

// Its own caches, so that a cold build can delete them (node_modules is a link to the project's).
export default defineConfig({ cacheDir: './.astro-cache', vite: { cacheDir: './.vite-cache' }, trailingSlash: 'always' });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const profiles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './profiles' }),
  schema: z.object({ name: z.string(), year: z.number(), summary: z.string(), unit: z.string() }),
});

export const collections = { profiles };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const profiles = await getCollection('profiles');
  return profiles.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{entry.data.name}</title>
    <meta name="description" content={entry.data.summary} />
  </head>
  <body>
    <main data-pagefind-body>
      <h1>{entry.data.name}</h1>
      <p>{entry.data.summary}</p>
      <p>Năm <span data-pagefind-filter="nam">{entry.data.year}</span></p>
      <Content />
    </main>
  </body>
</html>
`;

/** Every profile file (`exemplars/<năm>/<tên>/index.mdx`) of a generated content folder. */
function profileFiles(contentDir: string): string[] {
  const exemplars = path.join(contentDir, 'exemplars');
  return readdirSync(exemplars, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.mdx')
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Writes the peer site into `peerDir` from the profiles of `contentDir`: each profile's file copied
 * unchanged as `profiles/<năm>/<tên>.md` (a plain generated profile is Markdown; the bench runs the
 * peer on plain profiles). Returns how many profiles it has.
 */
export function writePeerSite(contentDir: string, peerDir: string): number {
  rmSync(peerDir, { recursive: true, force: true });
  mkdirSync(path.join(peerDir, 'src/pages'), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(peerDir, 'node_modules'), 'dir');
  writeFileSync(
    path.join(peerDir, 'package.json'),
    '{ "name": "stock-astro-peer", "private": true, "type": "module" }\n',
  );
  writeFileSync(path.join(peerDir, 'astro.config.mjs'), CONFIG);
  writeFileSync(path.join(peerDir, 'src/content.config.ts'), CONTENT_CONFIG);
  writeFileSync(path.join(peerDir, 'src/pages/[...slug].astro'), PAGE);
  const files = profileFiles(contentDir);
  for (const file of files) {
    const relative = path.relative(path.join(contentDir, 'exemplars'), path.dirname(file));
    const target = path.join(peerDir, 'profiles', `${relative}.md`);
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(file, target);
  }
  return files.length;
}

export interface PeerFigures {
  wallSeconds: number;
  /** CPU seconds of both steps (user + system, every process), when /usr/bin/time is there. */
  cpuSeconds: number | null;
  astroSeconds: number;
  pagefindSeconds: number;
  peakMemoryBytes: number;
  pages: number;
}

/** A cold build of the peer: its caches and output deleted, `astro build`, then `pagefind --site dist`. */
export async function buildPeer(peerDir: string, log: string): Promise<PeerFigures> {
  for (const name of ['.astro-cache', '.vite-cache', '.astro', 'dist'])
    rmSync(path.join(peerDir, name), { recursive: true, force: true });
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    NODE_ENV: 'production',
  };
  const astro = await measuredRun(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: peerDir,
    env,
    cpuTime: true,
  });
  const lines = astro.lines.map((line) => line.text);
  if (astro.code !== 0) {
    writeFileSync(log, lines.join('\n'));
    throw new Error(`Stock Astro peer failed (exit ${astro.code}); see ${log}`);
  }
  const pagefind = await measuredRun(
    process.execPath,
    [path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist'],
    { cwd: peerDir, env, cpuTime: true },
  );
  writeFileSync(log, [...lines, ...pagefind.lines.map((line) => line.text)].join('\n'));
  if (pagefind.code !== 0 || !existsSync(path.join(peerDir, 'dist/pagefind/pagefind.js')))
    throw new Error(`Pagefind failed on the peer (exit ${pagefind.code}); see ${log}`);
  const pages = readdirSync(path.join(peerDir, 'dist'), { recursive: true }).filter((name) =>
    String(name).endsWith('.html'),
  ).length;
  return {
    wallSeconds: (astro.wallMs + pagefind.wallMs) / 1000,
    cpuSeconds:
      astro.cpuSeconds !== undefined && pagefind.cpuSeconds !== undefined
        ? astro.cpuSeconds + pagefind.cpuSeconds
        : null,
    astroSeconds: astro.wallMs / 1000,
    pagefindSeconds: pagefind.wallMs / 1000,
    peakMemoryBytes: Math.max(astro.peakRssBytes, pagefind.peakRssBytes),
    pages,
  };
}
