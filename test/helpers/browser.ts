// Debian's Chromium driven by playwright-core over a locally served dist folder, for tests of what users see.
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { findBrowser } from '../../scripts/browser';
import { createStaticServer } from '../../scripts/dev-server';

export const ROOT = join(__dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

/** The browser npm test found (or installed) first: Chromium, Chrome or Edge, or CHROMIUM_PATH. Never skipped. */
export function launchChromium(): Promise<Browser> {
  const search = findBrowser();
  if ('problem' in search) throw new Error(search.problem);
  return chromium.launch({
    executablePath: search.found,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface ServedChromium {
  readonly origin: string;
  readonly browser: Browser;
}

/** Serves `folder` (relative to the repo) on a free local port and launches Chromium for the test file. */
export function useServedChromium(folder: string): ServedChromium {
  const server = createStaticServer(join(ROOT, folder));
  const served = { origin: '', browser: undefined as unknown as Browser };
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    served.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    served.browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await served.browser?.close();
    server.close();
  });
  return served;
}

/** What a page said and asked for: console errors and warnings, uncaught errors, and every request. */
export function watchPage(page: Page): { problems: string[]; requests: string[] } {
  const watched = { problems: [] as string[], requests: [] as string[] };
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') watched.problems.push(message.text()); });
  page.on('pageerror', (error) => watched.problems.push(error.message));
  page.on('request', (request) => watched.requests.push(request.url()));
  return watched;
}
