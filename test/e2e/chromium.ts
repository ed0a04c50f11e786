/**
 * The Chromium the browser tests and the benchmark drive: Debian's by default (Playwright
 * cannot download its own here), or CHROMIUM_PATH. The flags keep it off the network.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
