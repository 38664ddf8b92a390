/**
 * The system programs that browser and serving tests need, found on this machine or explained:
 * never skipped silently. `.ci/run` installs them (scripts/install-system-deps.sh).
 */
import { existsSync } from 'node:fs';

const INSTALL_HINT = 'Cài đặt bằng lệnh (quyền root): apt-get update && apt-get install -y chromium nginx-light';

function firstExisting(candidates: (string | undefined)[]): string | undefined {
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
}

/** Debian's Chromium (`CHROMIUM_PATH` overrides). */
export function chromiumPath(): string {
  const found = firstExisting([process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser']);
  if (!found) throw new Error(`Không tìm thấy Chromium (cần cho các kiểm thử trên trình duyệt). ${INSTALL_HINT}`);
  return found;
}

/** Debian's nginx (`NGINX_PATH` overrides). */
export function nginxPath(): string {
  const found = firstExisting([process.env['NGINX_PATH'], '/usr/sbin/nginx', '/usr/bin/nginx']);
  if (!found) throw new Error(`Không tìm thấy nginx (cần cho các kiểm thử phục vụ trang). ${INSTALL_HINT}`);
  return found;
}
