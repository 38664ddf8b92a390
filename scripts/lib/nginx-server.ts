/**
 * Serves a built site with a real nginx on a free loopback port, for tests and scripts, with the
 * production configuration (deploy/nginx.conf) inside a minimal http block of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { nginxPath } from './system-tools';

export interface RunningSite {
  /** "http://127.0.0.1:PORT" without a trailing slash. */
  origin: string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

const SITE_CONFIG = path.resolve('deploy/nginx.conf');

/**
 * deploy/nginx.conf, the production configuration, with its placeholders filled in: the same file
 * the server runs, so tests see the headers, types, caching and error pages visitors will.
 */
function nginxSiteConfig(values: { listen: string; serverName: string; root: string }): string {
  return readFileSync(SITE_CONFIG, 'utf8')
    .replaceAll('__LISTEN__', values.listen)
    .replaceAll('__SERVER_NAME__', values.serverName)
    .replaceAll('__ROOT__', values.root);
}

async function waitUntilServing(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${log()}`);
    try {
      await fetch(origin + '/');
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`nginx did not answer on ${origin}:\n${log()}`);
}

/** Starts nginx serving `root` (a built `dist/`, or a deployment's `current` symlink). */
export async function serveWithNginx(root: string): Promise<RunningSite> {
  const binary = nginxPath();
  const port = await freePort();
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'tdkt-nginx-'));
  for (const dir of ['logs', 'tmp']) mkdirSync(path.join(prefix, dir));
  const runAsRoot = process.getuid?.() === 0;
  const config = `
${runAsRoot ? 'user root;' : ''}
worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/tmp/body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
  ${nginxSiteConfig({ listen: `127.0.0.1:${port}`, serverName: 'localhost', root: path.resolve(root) })}
}`;
  const configFile = path.join(prefix, 'nginx.conf');
  writeFileSync(configFile, config);
  const child = spawn(binary, ['-p', prefix, '-c', configFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const log = () =>
    stderr +
    (existsSync(path.join(prefix, 'logs/error.log')) ? readFileSync(path.join(prefix, 'logs/error.log'), 'utf8') : '');
  await waitUntilServing(origin, child, log);
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => {
          rmSync(prefix, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGQUIT');
      }),
  };
}
