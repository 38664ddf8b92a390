/**
 * deploy/ci-example.yml is copied by the centre's IT staff into their CI: it must be valid YAML (a
 * stray "key: value" inside a step name once made it unreadable), call only scripts and files the
 * project has, and rebuild daily so that entries with a future publishDate appear on their day.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  run?: string;
  uses?: string;
}
interface Workflow {
  on: { push?: { branches?: string[] }; schedule?: { cron: string }[] };
  jobs: Record<string, { steps: Step[] }>;
}

const workflow = parse(readFileSync('deploy/ci-example.yml', 'utf8')) as Workflow;
const scripts = Object.keys(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts,
);
const commands = Object.values(workflow.jobs).flatMap((job) =>
  job.steps.flatMap((step) => (step.run ? [step.run] : [])),
);

describe('the example CI workflow', () => {
  it('publishes on every commit to main and rebuilds every day just after midnight in Việt Nam', () => {
    expect(workflow.on.push?.branches).toEqual(['main']);
    // 17:05 UTC is 00:05 at UTC+7.
    expect(workflow.on.schedule).toEqual([{ cron: '5 17 * * *' }]);
  });

  it('runs only npm scripts and files the project has', () => {
    const npmScripts = commands.flatMap((command) =>
      [...command.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!),
    );
    expect(npmScripts).toEqual(expect.arrayContaining(['check:content', 'build', 'check:site', 'deploy']));
    for (const name of npmScripts) expect(scripts, name).toContain(name);
    for (const [, file] of commands.flatMap((command) => [...command.matchAll(/bash (\S+\.sh)/g)]))
      expect(existsSync(file!), file).toBe(true);
    expect(commands).toContain('npm test');
  });
});
