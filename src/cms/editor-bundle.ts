/**
 * The editor's script (src/cms/editor.ts: Sveltia CMS with the site's own checks) is bundled apart
 * from the pages and kept between builds. It depends on code only, never on content, and bundling it
 * was nearly all of every build's browser bundling (3.8 s of 4.0 s for the real site, whatever the
 * edit). It is bundled again when one of the files it was made from changed, or the installed
 * packages (package-lock.json), or the way it is bundled (this module and the plugins it uses).
 *
 * Kept in node_modules/.cache/tdkt-editor/, beside the installed packages it is made of, so that
 * builds of other content (tests, benchmarks, each with their own build cache) share it. Each bundle
 * is written to a folder of its own and renamed into place whole: two builds at once never see half
 * of one.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { scriptsAsFiles } from '../lib/scripts-as-files';
import { editorWithoutCdnFonts } from './vite-plugin';
import { writtenBeside, writerOf } from '../lib/written-beside';

const ENTRY = 'src/cms/editor.ts';
/** Beside a bundle's files: what it was made from (BundleInputs); not published. */
export const INPUTS_FILE = 'inputs.json';
/** How it is bundled: these files' code is part of every bundle's inputs too, so a bundle made another way is never reused. */
const BUNDLER_FILES = ['src/cms/editor-bundle.ts', 'src/cms/vite-plugin.ts', 'src/lib/scripts-as-files.ts'];
/** Bundles kept, the most recently used first; older ones are deleted. */
const KEPT_BUNDLES = 4;

export interface EditorBundle {
  /** The folder whose files are published at the site's root (all of them under `_astro/`). */
  dir: string;
  /** The address of the script the editor's page loads: "/_astro/editor.<hash>.js". */
  script: string;
  /** Bundled in this build, rather than kept from an earlier one. */
  bundled: boolean;
}

/** What a bundle was made from: each source file (outside node_modules) by its hash, and the lockfile. */
interface BundleInputs {
  lockfile: string;
  files: Record<string, string>;
  script: string;
}

function hashOf(file: string): string {
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'missing';
}

function readInputs(dir: string): BundleInputs | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dir, INPUTS_FILE), 'utf8')) as BundleInputs;
  } catch {
    return undefined;
  }
}

/** The files of the project (not of installed packages) that the bundle's modules came from. */
function sourceFilesOf(output: Rolldown.RolldownOutput, root: string): string[] {
  const files = new Set<string>();
  for (const item of output.output) {
    if (item.type !== 'chunk') continue;
    for (const id of item.moduleIds) {
      const file = id.split('?')[0]!;
      if (
        path.isAbsolute(file) &&
        file.startsWith(root + path.sep) &&
        !file.includes(`${path.sep}node_modules${path.sep}`)
      )
        files.add(path.relative(root, file));
    }
  }
  return [...files].sort();
}

async function bundle(root: string, outDir: string): Promise<{ script: string; files: string[] }> {
  const result = await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [editorWithoutCdnFonts()],
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      assetsInlineLimit: scriptsAsFiles,
      // Sveltia is one large module; its size is known (README, "The editor").
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: {
        input: path.join(root, ENTRY),
        output: {
          entryFileNames: '_astro/editor.[hash].js',
          chunkFileNames: '_astro/[name].[hash].js',
          assetFileNames: '_astro/[name].[hash][extname]',
        },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const entry = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk' && item.isEntry);
  if (!entry) throw new Error(`Không đóng gói được trang quản trị: không có tệp ${ENTRY} trong kết quả.`);
  return { script: `/${entry.fileName}`, files: outputs.flatMap((output) => sourceFilesOf(output, root)) };
}

/**
 * The editor's bundle for the code in `root`: kept from an earlier build when nothing it was made of
 * changed, bundled otherwise.
 */
export async function editorBundle(projectRoot: string, cacheRoot?: string): Promise<EditorBundle> {
  // Without a trailing separator, which the module ids below are compared with.
  const root = path.resolve(projectRoot);
  cacheRoot ??= path.join(root, 'node_modules/.cache/tdkt-editor');
  const lockfile = hashOf(path.join(root, 'package-lock.json'));
  const hashes = new Map<string, string>();
  const current = (file: string) => hashes.get(file) ?? hashes.set(file, hashOf(path.join(root, file))).get(file)!;
  mkdirSync(cacheRoot, { recursive: true });
  const kept = readdirSync(cacheRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && writerOf(entry.name) === undefined)
    .map((entry) => path.join(cacheRoot, entry.name));
  for (const dir of kept) {
    const inputs = readInputs(dir);
    if (inputs?.lockfile === lockfile && Object.entries(inputs.files).every(([file, hash]) => current(file) === hash)) {
      // Touched, so that pruning keeps the bundles in use.
      const now = new Date();
      utimesSync(path.join(dir, INPUTS_FILE), now, now);
      return { dir, script: inputs.script, bundled: false };
    }
  }
  const fresh = writtenBeside(path.join(cacheRoot, 'bundle'));
  rmSync(fresh, { recursive: true, force: true });
  const { script, files } = await bundle(root, fresh);
  const inputs: BundleInputs = {
    lockfile,
    files: Object.fromEntries([...BUNDLER_FILES, ...files].map((file) => [file, current(file)])),
    script,
  };
  writeFileSync(path.join(fresh, INPUTS_FILE), JSON.stringify(inputs));
  const name = createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 16);
  const dir = path.join(cacheRoot, name);
  if (existsSync(dir)) rmSync(fresh, { recursive: true, force: true });
  else {
    try {
      renameSync(fresh, dir);
    } catch {
      // Another build put the same bundle in place meanwhile.
      rmSync(fresh, { recursive: true, force: true });
    }
  }
  const byUse = readdirSync(cacheRoot)
    .filter((entry) => writerOf(entry) === undefined && existsSync(path.join(cacheRoot, entry, INPUTS_FILE)))
    .map((entry) => path.join(cacheRoot, entry))
    .sort((a, b) => statSync(path.join(b, INPUTS_FILE)).mtimeMs - statSync(path.join(a, INPUTS_FILE)).mtimeMs);
  for (const old of byUse.slice(KEPT_BUNDLES)) if (old !== dir) rmSync(old, { recursive: true, force: true });
  // Half-made bundles of builds that were stopped while bundling (their process is gone).
  for (const entry of readdirSync(cacheRoot)) {
    const pid = writerOf(entry);
    if (pid && !isRunning(pid)) rmSync(path.join(cacheRoot, entry), { recursive: true, force: true });
  }
  return { dir, script, bundled: true };
}

/** Whether a process with this id exists (signal 0 checks without signalling). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
