/**
 * A content file is taken as unchanged without reading it only when its metadata is exactly what it
 * was when its text was read (src/lib/file-snapshot.ts): any edit, even one that keeps the size and
 * puts the modification time back, makes the sync read it again.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileSnapshot, RACY_MARGIN_MS } from '../../src/lib/file-snapshot';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FORM = 'form-1';
/** A snapshot taken well after the file's last change (not "racy"). */
const later = () => Date.now() + RACY_MARGIN_MS + 1000;

function fileWith(name: string, text: string): { file: string; stat: ReturnType<typeof statOf> } {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return { file, stat: statOf(file) };
}
const statOf = (file: string) => statSync(file, { bigint: true });

describe('FileSnapshot', () => {
  it('gives the digest of a file whose metadata is unchanged, also after being saved and read back', () => {
    const { file, stat } = fileWith('mai.mdx', 'Chị Mai.');
    const snapshot = new FileSnapshot(FORM);
    snapshot.keep('mai.mdx', stat, 'digest-a', later());
    const kept = FileSnapshot.fromText(snapshot.toText(), FORM);
    expect(kept.unchangedDigest('mai.mdx', statOf(file))).toBe('digest-a');
    expect(kept.unchangedDigest('khac.mdx', statOf(file))).toBeUndefined();
  });

  it('reads again a file edited to the same size with its modification time put back', () => {
    const { file, stat } = fileWith('hung.mdx', 'Anh Hùng.');
    const snapshot = new FileSnapshot(FORM);
    snapshot.keep('hung.mdx', stat, 'digest-a', later());
    writeFileSync(file, 'Anh Dũng.');
    // To the nanosecond, as a copy that keeps times would (Node's utimes rounds to the microsecond).
    const mtime = `@${stat.mtimeNs / 1_000_000_000n}.${String(stat.mtimeNs % 1_000_000_000n).padStart(9, '0')}`;
    execFileSync('touch', ['-m', '-d', mtime, file]);
    const now = statOf(file);
    expect(now.size).toBe(stat.size);
    expect(now.mtimeNs).toBe(stat.mtimeNs);
    expect(snapshot.unchangedDigest('hung.mdx', now)).toBeUndefined();
  });

  it('reads again a file replaced by another one (saved by renaming, as many editors do)', () => {
    const { file, stat } = fileWith('lan.mdx', 'Chị Lan.');
    const snapshot = new FileSnapshot(FORM);
    snapshot.keep('lan.mdx', stat, 'digest-a', later());
    const replacement = fileWith('lan.mdx.tmp', 'Chị Lan.').file;
    renameSync(replacement, file);
    expect(snapshot.unchangedDigest('lan.mdx', statOf(file))).toBeUndefined();
  });

  it('keeps no file changed just before its metadata was taken ("racy"), nor a snapshot of another form', () => {
    const { file, stat } = fileWith('tuan.mdx', 'Anh Tuấn.');
    const racy = new FileSnapshot(FORM);
    racy.keep('tuan.mdx', stat, 'digest-a', Date.now());
    expect(racy.size).toBe(0);
    expect(racy.unchangedDigest('tuan.mdx', statOf(file))).toBeUndefined();

    const still = new FileSnapshot(FORM);
    still.keep('tuan.mdx', stat, 'digest-a', later());
    expect(FileSnapshot.fromText(still.toText(), 'form-2').size).toBe(0);
    expect(FileSnapshot.fromText('{không phải JSON', FORM).size).toBe(0);
    expect(FileSnapshot.fromText(undefined, FORM).size).toBe(0);
  });
});
