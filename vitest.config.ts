import { defineConfig } from 'vitest/config';

// Two projects: the main side and shared code in Node; the renderer in a DOM (happy-dom: light and
// quick on a busy machine, and enough for hooks and components driven through Testing Library).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
          exclude: ['src/renderer/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'renderer',
          include: ['src/renderer/**/*.test.ts', 'src/renderer/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['src/renderer/test-support/setup.ts'],
        },
      },
    ],
  },
});
