import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Build tests run real `astro build`s; give them time on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
