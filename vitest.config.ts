import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Four layers, one command: unit (pure shared/ logic), integration (the backend on real lowdb
 * files in temp folders), ui (React screens in jsdom over the real backend in-process), and e2e
 * (the built app in Debian's Chromium through start:web). `npm test` builds before running them.
 */
export default defineConfig({
  test: {
    projects: [
      // Generous timeouts: CI shares 2 cores, and speed is measured by benchmarks, not by tests.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      {
        plugins: [react()],
        test: { name: 'ui', include: ['tests/ui/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['tests/ui/setup.ts'], testTimeout: 30_000 },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
