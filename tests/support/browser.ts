import { type Browser, chromium } from 'playwright-core';

/** Given nothing, launches the machine's Chromium headless, without anything it would fetch from elsewhere on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
