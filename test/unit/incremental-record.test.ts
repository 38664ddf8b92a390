/**
 * The pages' record of a build (src/integrations/incremental-pages.ts) is made the site's only once
 * the site is in place, and the record's old JSON form, which no build reads, goes with it.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitRecord, pendingRecordFile } from '../../src/integrations/incremental-pages';
import { CACHE_DIR_VARIABLE } from '../../src/lib/build-cache';

let cache: string;
let before: string | undefined;

beforeEach(() => {
  cache = mkdtempSync(path.join(os.tmpdir(), 'tdkt-record-'));
  before = process.env[CACHE_DIR_VARIABLE];
  process.env[CACHE_DIR_VARIABLE] = cache;
});

afterEach(() => {
  if (before === undefined) delete process.env[CACHE_DIR_VARIABLE];
  else process.env[CACHE_DIR_VARIABLE] = before;
  rmSync(cache, { recursive: true, force: true });
});

/** A pending record for `site`, and a record in the old JSON form beside it; their paths. */
function records(site: string) {
  const pending = pendingRecordFile(site);
  const committed = pending.replace(/\.next\.bin$/, '.bin');
  const legacy = pending.replace(/\.next\.bin$/, '.json');
  mkdirSync(path.dirname(pending), { recursive: true });
  writeFileSync(pending, 'bản ghi mới');
  writeFileSync(legacy, '{}');
  return { pending, committed, legacy };
}

describe('the pages record of a build', () => {
  it('becomes the site’s once the site is in place, and the old JSON record is deleted', () => {
    const { pending, committed, legacy } = records(path.join(cache, 'dist'));
    commitRecord(path.join(cache, 'dist'), true);
    expect(existsSync(committed)).toBe(true);
    expect(existsSync(pending)).toBe(false);
    expect(existsSync(legacy)).toBe(false);
  });

  it('is dropped after a failed build, which leaves every other record as it was', () => {
    const { pending, committed, legacy } = records(path.join(cache, 'dist'));
    commitRecord(path.join(cache, 'dist'), false);
    expect(existsSync(pending)).toBe(false);
    expect(existsSync(committed)).toBe(false);
    expect(existsSync(legacy)).toBe(true);
  });
});
