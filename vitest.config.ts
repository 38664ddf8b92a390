import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Build tests run real `astro build`s; give them time on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // One worker runs file after file without a fresh module graph each (~2.4 s per file on a busy
    // machine): no test mocks modules or timers, and what files share is read-only.
    isolate: false,
    projects: [
      {
        // Plain logic and schemas on fixtures: no site is built, so `vitest run --project unit` takes seconds.
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        // Everything that reads a built site: the sites are built once for all of these files.
        extends: true,
        test: {
          name: 'site',
          include: ['test/{build,search,browser,serving}/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
        },
      },
    ],
  },
});
