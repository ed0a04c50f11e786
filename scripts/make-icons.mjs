// Renders assets/icon.svg to the PNG icons, with the Chromium the tests use: the tab's icon
// and the two a PWA install needs. The tab's icon is a PNG because the browser decodes a
// page's icon on its main thread, and an SVG one took 65-95 ms there at 4x CPU throttling,
// just as a scenario's first line came up. The outputs are committed; run this only when
// the icon changes.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync('assets/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
for (const size of [48, 192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`,
  );
  await page.screenshot({ path: `assets/public/icon-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
