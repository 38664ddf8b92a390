/**
 * What each content file's metadata was when its text was last read, with the digest of that text, so
 * that a later sync can tell an unchanged file without reading it: the same file (inode), the same
 * size, and the same modification and change times to the nanosecond. This is how git's index tells
 * unchanged files (its notes on "racy git", Documentation/technical/racy-git), with the same guard: a
 * file changed within RACY_MARGIN_MS of the moment its metadata was taken could change again within
 * the same tick of the file system's clock without its times moving, so it is not kept, and is read
 * at every sync until it has been still for longer. The change time cannot be set back by a program
 * (utimes sets it to now), so a file whose times were restored after a change is read too.
 */
import type { BigIntStats } from 'node:fs';

/** Files changed this close to the moment their metadata was taken are read again at the next sync. */
export const RACY_MARGIN_MS = 2000;

/** One file: inode, size, modification and change times in nanoseconds (as text: JSON has no bigint), digest. */
type FileFacts = [ino: string, size: string, mtimeNs: string, ctimeNs: string, digest: string];

interface SnapshotText {
  /** What the digests are of (the sync's own digest of a known text); another form, and none is kept. */
  form: string;
  files: Record<string, FileFacts>;
}

function factsOf(stat: BigIntStats, digest: string): FileFacts {
  return [String(stat.ino), String(stat.size), String(stat.mtimeNs), String(stat.ctimeNs), digest];
}

/** Files by name (any key the caller chooses, such as the path under the collection's folder). */
export class FileSnapshot {
  private readonly files = new Map<string, FileFacts>();

  private readonly form: string;

  constructor(form: string) {
    this.form = form;
  }

  /** The snapshot kept as `text` (FileSnapshot.toText), or an empty one if it is missing, unreadable or of another form. */
  static fromText(text: unknown, form: string): FileSnapshot {
    const snapshot = new FileSnapshot(form);
    if (typeof text !== 'string') return snapshot;
    try {
      const kept = JSON.parse(text) as SnapshotText;
      if (kept.form !== form) return snapshot;
      for (const [name, facts] of Object.entries(kept.files))
        if (Array.isArray(facts) && facts.length === 5) snapshot.files.set(name, facts);
    } catch {
      // An unreadable snapshot reads every file, as if there were none.
    }
    return snapshot;
  }

  /** The digest of the text of `name`, when its metadata now is what it was when that text was read. */
  unchangedDigest(name: string, stat: BigIntStats): string | undefined {
    const facts = this.files.get(name);
    if (!facts) return undefined;
    const [ino, size, mtimeNs, ctimeNs, digest] = facts;
    const now = factsOf(stat, digest);
    return now[0] === ino && now[1] === size && now[2] === mtimeNs && now[3] === ctimeNs ? digest : undefined;
  }

  /**
   * Keeps that `name` had `digest` when its metadata was `stat`, taken at `takenAtMs` (before its text
   * was read); not kept when the file changed within RACY_MARGIN_MS of that moment.
   */
  keep(name: string, stat: BigIntStats, digest: string, takenAtMs: number): void {
    if (stat.ctimeNs >= BigInt(Math.floor(takenAtMs - RACY_MARGIN_MS)) * 1_000_000n) return;
    this.files.set(name, factsOf(stat, digest));
  }

  /** Keeps what `other` has of `name` (a file found unchanged by it). */
  keepFrom(other: FileSnapshot, name: string): void {
    const facts = other.files.get(name);
    if (facts) this.files.set(name, facts);
  }

  get size(): number {
    return this.files.size;
  }

  toText(): string {
    const text: SnapshotText = { form: this.form, files: Object.fromEntries(this.files) };
    return JSON.stringify(text);
  }
}
