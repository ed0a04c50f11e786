import { defineConfig } from 'vitest/config';
import { inkPlugin } from './src/story/vitePluginInk.ts';

export default defineConfig({
  base: './',
  plugins: [inkPlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/stories/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
