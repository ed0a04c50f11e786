import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { inkPlugin } from './src/story/vitePluginInk.ts';

const phaserSrc = fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url));

/** Phaser's source expects webpack's build flags; fix them the way its own build does. */
function phaserFlags(): Plugin {
  const flags: Record<string, string> = {
    CANVAS_RENDERER: 'true',
    WEBGL_RENDERER: 'true',
    FEATURE_SOUND: 'false',
    PLUGIN_CAMERA3D: 'false',
    PLUGIN_FBINSTANT: 'false',
    WEBGL_DEBUG: 'false',
  };
  return {
    name: 'phaser-flags',
    transform(code, id) {
      if (!id.startsWith(phaserSrc)) return null;
      return code.replace(
        /typeof (CANVAS_RENDERER|WEBGL_RENDERER|FEATURE_SOUND|PLUGIN_CAMERA3D|PLUGIN_FBINSTANT|WEBGL_DEBUG)\b/g,
        (_, f: string) => flags[f] ?? 'false',
      );
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [inkPlugin(), phaserFlags()],
  resolve: {
    alias: [
      { find: /^phaser$/, replacement: fileURLToPath(new URL('./src/vendor/phaser-lean.js', import.meta.url)) },
      { find: /^phaser-src\/(.*)$/, replacement: `${phaserSrc}$1` },
    ],
  },
  define: { global: 'globalThis' },
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
