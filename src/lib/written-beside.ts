/**
 * Files and folders a build writes whole before it puts them in place: written beside their target
 * under a name of this process, then renamed over it, so that a reader never sees half of one and an
 * interrupted build's leftovers are recognised, with the process that left them.
 */

/** Where `target` is written before it is renamed over it. */
export function writtenBeside(target: string): string {
  return `${target}.new-${process.pid}`;
}

/** The process that was writing `name` (a name writtenBeside gave), or undefined for any other name. */
export function writerOf(name: string): number | undefined {
  const pid = Number(/\.new-(\d+)$/.exec(name)?.[1]);
  return pid > 0 ? pid : undefined;
}
