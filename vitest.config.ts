import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Date tests must meet a daylight-saving change: Athens moves its clocks on the last Sunday of March.
    env: { TZ: 'Europe/Athens' },
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
