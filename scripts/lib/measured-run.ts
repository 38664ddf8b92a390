/**
 * Runs a command and measures it as a whole: wall time, and the peak memory of its whole process
 * tree (the sum of the resident set sizes of the command and every process it started, sampled from
 * /proc), with every output line time-stamped as it arrived.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

export interface MeasuredRun {
  code: number;
  wallMs: number;
  /** Highest sum of RSS over the process tree, in bytes. */
  peakRssBytes: number;
  /** Each line of stdout and stderr, with milliseconds since the start. */
  lines: { ms: number; text: string }[];
  /**
   * CPU seconds (user + system) of the command and every descendant it waited for, when asked for
   * (`cpuTime`) and /usr/bin/time is there; on a shared machine this moves far less than wall time.
   */
  cpuSeconds?: number;
}

const PAGE_SIZE = 4096;

/** Parent pid and RSS (bytes) of every process, from /proc/<pid>/stat. */
function processTable(): Map<number, { parent: number; rss: number }> {
  const table = new Map<number, { parent: number; rss: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may contain spaces: read fields after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { parent: Number(fields[1]), rss: Number(fields[21]) * PAGE_SIZE });
    } catch {
      // The process ended while we read the table.
    }
  }
  return table;
}

/** Sum of RSS of `root` and all its descendants. */
export function treeRss(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += table.get(pid)?.rss ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** How often to sample memory, in ms. */
  sampleEveryMs?: number;
  /** Also print each line as it comes. */
  echo?: boolean;
  /** Measure CPU time too, by running the command under /usr/bin/time. */
  cpuTime?: boolean;
}

const TIME = '/usr/bin/time';
const CPU_LINE = /^TDKT-CPU ([\d.]+) ([\d.]+)$/;

export function measuredRun(command: string, args: string[], options: RunOptions = {}): Promise<MeasuredRun> {
  if (options.cpuTime && existsSync(TIME)) {
    return measuredRun(TIME, ['-f', 'TDKT-CPU %U %S', command, ...args], { ...options, cpuTime: false }).then((run) => {
      const at = run.lines.findLastIndex((line) => CPU_LINE.test(line.text));
      if (at === -1) return run;
      const [, user, system] = CPU_LINE.exec(run.lines[at]!.text)!;
      return { ...run, lines: run.lines.filter((_, index) => index !== at), cpuSeconds: Number(user) + Number(system) };
    });
  }
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: MeasuredRun['lines'] = [];
    let peak = 0;
    const sample = () => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, options.sampleEveryMs ?? 100);
    const collect = (stream: NodeJS.ReadableStream) => {
      let pending = '';
      stream.on('data', (chunk: Buffer) => {
        const ms = performance.now() - started;
        pending += chunk.toString();
        const parts = pending.split('\n');
        pending = parts.pop() ?? '';
        for (const text of parts) {
          lines.push({ ms, text });
          if (options.echo) console.log(text);
        }
      });
      stream.on('end', () => {
        if (pending) lines.push({ ms: performance.now() - started, text: pending });
      });
    };
    collect(child.stdout);
    collect(child.stderr);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code: code ?? 1, wallMs: performance.now() - started, peakRssBytes: peak, lines });
    });
  });
}
