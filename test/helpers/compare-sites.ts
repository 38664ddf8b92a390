/**
 * Two built sites compared byte for byte: what one has and the other lacks, and every file that
 * differs. The only allowed difference is the build's own timestamp (the calendar's DTSTAMP lines:
 * RFC 5545 asks for the moment the file was written).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const withoutBuildTime = (file: string, bytes: Buffer) =>
  file.endsWith('.ics') ? Buffer.from(bytes.toString('utf8').replace(/^DTSTAMP:.*$/gm, 'DTSTAMP:')) : bytes;

/** Differences between the sites in `a` and `b`, one line each ("only in a: x", "differs: y"). */
export function siteDifferences(a: string, b: string): string[] {
  const [filesA, filesB] = [filesOf(a), filesOf(b)];
  const inB = new Set(filesB);
  const inA = new Set(filesA);
  const differences = [
    ...filesA.filter((file) => !inB.has(file)).map((file) => `chỉ có trong ${a}: ${file}`),
    ...filesB.filter((file) => !inA.has(file)).map((file) => `chỉ có trong ${b}: ${file}`),
  ];
  for (const file of filesA.filter((name) => inB.has(name))) {
    const [bytesA, bytesB] = [readFileSync(path.join(a, file)), readFileSync(path.join(b, file))];
    if (!withoutBuildTime(file, bytesA).equals(withoutBuildTime(file, bytesB))) differences.push(`khác nhau: ${file}`);
  }
  return differences;
}
