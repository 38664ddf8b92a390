/**
 * The files a written Pagefind bundle uses, so that a shard can be written over the files of its last
 * bundle and then cleared of those it no longer uses.
 *
 * Why: Pagefind names its fragments (one per page), word index chunks and filter files by the first
 * seven hex digits of their content's hash, and skips writing any such file that already exists
 * (pagefind/src/output/mod.rs, "Immutable"). Every file it does write is compressed at gzip's best
 * level, one after the other. A one-profile edit changes one page of its shard, so the other pages'
 * fragments, linked from the shard's last bundle, need not be compressed and written again. The files
 * of the last bundle that the new one does not use are then deleted here, so that the bundle is the
 * same, file for file, as one written into an empty folder.
 *
 * Only fragments are linked (REUSED_FOLDERS). A linked file is wrongly kept only when a new file has
 * the same seven digits as a file the new bundle no longer uses: Pagefind lengthens a name that
 * collides within the new bundle, not with old files. For fragments, those are the old versions of
 * the pages changed, one or a few per edit: about 1 in 2^28 per pair. Word index chunks change by the
 * dozen with any page, which would make that chance thousands of times larger, for about as much time
 * again (2024 shard of 1,022 pages, linking both: writing 1.3–1.7 s; fragments only: 1.8–2.0 s; none:
 * 2.2–2.8 s, on a busy machine).
 *
 * The bundle's metadata (`pagefind.<hash>.pf_meta`, named in `pagefind-entry.json`) names every
 * fragment (by its page), chunk and filter file it uses: it is gzip, Pagefind's 12-byte marker, then
 * one CBOR value (pagefind/src/index/index_metadata.rs), read here for its text strings.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The folders of a bundle whose files Pagefind never writes again once they exist. */
const HASHED_FOLDERS = ['fragment', 'index', 'filter'] as const;

/** The hashed folders whose files are linked from the last bundle before Pagefind writes (see above). */
export const REUSED_FOLDERS = ['fragment'] as const;

const MARKER = 'pagefind_dcd';

/** Every text string in the CBOR value that fills `bytes` from `start`; throws unless it fills them exactly. */
export function cborTextStrings(bytes: Uint8Array, start = 0): Set<string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const strings = new Set<string>();
  let at = start;
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0 || at + size > bytes.byteLength)
      throw new Error(`CBOR không đọc được (độ dài ${info} ở byte ${at})`);
    const value =
      size === 1
        ? view.getUint8(at)
        : size === 2
          ? view.getUint16(at)
          : size === 4
            ? view.getUint32(at)
            : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  // Iterative: the items still to read, so that no depth of nesting can overflow the stack.
  let pending = 1;
  while (pending > 0) {
    pending -= 1;
    if (at >= bytes.byteLength) throw new Error('CBOR không đọc được (hết dữ liệu)');
    const initial = bytes[at++]!;
    const major = initial >> 5;
    const count = argument(initial & 31);
    if (major === 2 || major === 3) {
      if (at + count > bytes.byteLength) throw new Error('CBOR không đọc được (chuỗi vượt quá dữ liệu)');
      if (major === 3) strings.add(decoder.decode(bytes.subarray(at, at + count)));
      at += count;
    } else if (major === 4) pending += count;
    else if (major === 5) pending += 2 * count;
    // A tag is followed by the item it tags; integers and simple values (7) are read with their argument.
    else if (major === 6) pending += 1;
  }
  if (at !== bytes.byteLength) throw new Error('CBOR không đọc được (dữ liệu thừa)');
  return strings;
}

/** The names (hashes) the bundle in `bundleDir` uses, from its metadata. */
function namesUsed(bundleDir: string): Set<string> {
  const entry = JSON.parse(readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const names = new Set<string>();
  for (const { hash } of Object.values(entry.languages)) {
    const meta = gunzipSync(readFileSync(path.join(bundleDir, `pagefind.${hash}.pf_meta`)));
    if (meta.toString('latin1', 0, MARKER.length) !== MARKER)
      throw new Error(`pagefind.${hash}.pf_meta không bắt đầu bằng ${MARKER}`);
    for (const name of cborTextStrings(meta, MARKER.length)) names.add(name);
  }
  return names;
}

/**
 * Deletes the files of HASHED_FOLDERS in `bundleDir` that its metadata does not name. Throws when the
 * metadata cannot be read, before deleting anything.
 */
export function removeUnusedFiles(bundleDir: string): void {
  const used = namesUsed(bundleDir);
  for (const folder of HASHED_FOLDERS) {
    let files: string[];
    try {
      files = readdirSync(path.join(bundleDir, folder));
    } catch {
      continue;
    }
    for (const file of files) {
      // "vi_1470205.pf_index" is named in the metadata as "vi_1470205".
      if (used.has(file.replace(/\.pf_[a-z]+$/, ''))) continue;
      rmSync(path.join(bundleDir, folder, file));
    }
  }
}
