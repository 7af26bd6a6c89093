import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One build of seeds/ per run, shared by the tests that only read the site (tests/site/seed-site.ts).
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/remove-temp-folders.ts'],
  },
});
