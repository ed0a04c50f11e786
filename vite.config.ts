import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { inkPlugin } from './src/story/vitePluginInk.ts';

const phaserSrc = fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url));

/**
 * Phaser's source expects webpack's build flags; fix them the way its own build does.
 * The game draws with Canvas 2D only: flat shapes and text, no shaders. Without a GPU
 * (software WebGL) a WebGL frame took 100 ms or more here, most of it in multisampling
 * and reading the frame back; a Canvas frame took 17 ms and looks the same. Leaving the
 * WebGL renderer out also saves about 56 KB gzip of JavaScript.
 */
export function phaserFlags(): Plugin {
  const flags: Record<string, string> = {
    CANVAS_RENDERER: 'true',
    WEBGL_RENDERER: 'false',
    FEATURE_SOUND: 'false',
    PLUGIN_CAMERA3D: 'false',
    PLUGIN_FBINSTANT: 'false',
    WEBGL_DEBUG: 'false',
  };
  return {
    name: 'phaser-flags',
    transform(code, id) {
      if (!id.startsWith(phaserSrc)) return null;
      let out = code.replace(
        /typeof (CANVAS_RENDERER|WEBGL_RENDERER|FEATURE_SOUND|PLUGIN_CAMERA3D|PLUGIN_FBINSTANT|WEBGL_DEBUG)\b/g,
        (_, f: string) => flags[f] ?? 'false',
      );
      // Phaser's device check opens a WebGL context as its module loads, only to learn
      // whether WebGL could be chosen: 50–65 ms at 4× throttling here, before anything shows,
      // and on a real Chromebook it wakes the GPU process. With no WebGL renderer built in
      // the answer is unused. (Its other finding, that ImageData is a Uint8ClampedArray,
      // is true of every browser the game runs in.)
      if (flags.WEBGL_RENDERER === 'false' && id.endsWith('/device/Features.js')) {
        const check = 'Features.webGL = testWebGL();';
        if (!out.includes(check)) this.error(`phaser-flags: ${check} not found in ${id}; Phaser changed`);
        out = out.replace(check, 'Features.webGL = false; isUint8 = true;');
      }
      return out;
    },
  };
}

/** 'phaser' is Phaser's own source, trimmed (see src/vendor/phaser-lean.js). */
export const PHASER_ALIASES = [
  { find: /^phaser$/, replacement: fileURLToPath(new URL('./src/vendor/phaser-lean.js', import.meta.url)) },
  { find: /^phaser-src\/(.*)$/, replacement: `${phaserSrc}$1` },
];

/**
 * The built page forbids inline script, eval and every origin but its own. Dev keeps Vite's
 * inline HMR client, so this applies to builds only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Phaser's built-in textures and howler's audio unlock use data: URIs.
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<meta charset="utf-8" />',
          `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  };
}

/**
 * Phaser draws text to canvas, so the game waits for its font before the first screen. A
 * preload lets the font download alongside the script instead of after it has run. Only
 * the faces the first screens use: the italic loads with the play screen.
 */
function preloadFonts(): Plugin {
  const FONT = /atkinson-hyperlegible-latin-(400-normal|700-normal)-[\w-]+\.woff2$/;
  return {
    name: 'preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const links = Object.keys(ctx.bundle ?? {})
          .filter((file) => FONT.test(file))
          .sort()
          .map((file) => `    <link rel="preload" href="./${file}" as="font" type="font/woff2" crossorigin />`);
        return html.replace('  </head>', `${links.join('\n')}\n  </head>`);
      },
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: 'assets/public',
  plugins: [
    inkPlugin(),
    phaserFlags(),
    contentSecurityPolicy(),
    preloadFonts(),
    // Offline after one visit: every story, image, sound and font is precached.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: 'Online Grenzen',
        short_name: 'Online Grenzen',
        description: 'Een serious game over ongewenst gedrag online, voor leerlingen en schoolteams.',
        lang: 'nl',
        start_url: './',
        scope: './',
        display: 'fullscreen',
        orientation: 'landscape',
        background_color: '#1d2a4d',
        theme_color: '#1d2a4d',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff,woff2,ogg,mp3,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // The first visit is already offline-ready, without a second reload.
        clientsClaim: true,
        skipWaiting: true,
        navigateFallback: 'index.html',
      },
    }),
  ],
  resolve: { alias: PHASER_ALIASES },
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
    // The story walks are CPU-bound and the main process idles: use every core (the default
    // leaves one free, which on a 2-core CI machine means one worker).
    maxWorkers: availableParallelism(),
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
