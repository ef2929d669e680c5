import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { startTestServer } from '../support/server.js';

// A 2-core machine starts Chromium, Monaco and its workers slowly.
const TIMEOUT = 60_000;

describe('GraphiQL explorer in Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser | undefined;
  let page: Page;
  const requested: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    // Monaco puts only the lines in view into the DOM: a tall page keeps the whole result there.
    page = await browser.newPage({ viewport: { width: 1280, height: 2000 } });
    page.on('request', (request) => requested.push(request.url()));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The page's Content-Security-Policy blocks a foreign load before it becomes a request,
    // and Chromium reports the refusal as a console error.
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`${server.url}/`);
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, TIMEOUT);

  it('opens one tab per example operation, the headline question first and active', async () => {
    const tabs = page.locator('.graphiql-tab');
    await tabs.first().waitFor({ timeout: TIMEOUT });

    expect(await page.title()).toBe('Oncology program graph — explorer');
    expect(await tabs.count()).toBeGreaterThanOrEqual(5);
    expect(await tabs.first().innerText()).toContain('Orphan');
    expect(await tabs.first().getAttribute('class')).toContain('graphiql-tab-active');
  }, TIMEOUT);

  it('runs the headline operation against the API and shows CLR 131', async () => {
    // The run button does nothing until Monaco has loaded the operation into the editor.
    await waitForText(page, '.graphiql-query-editor .view-lines', 'Orphan');
    await page.locator('.graphiql-execute-button').click();

    await waitForText(page, '.result-window', 'CLR 131');
  }, TIMEOUT);

  it('runs the GraphQL language worker from its own bundle', async () => {
    await expect
      .poll(() => page.workers().map((worker) => worker.url()), { timeout: TIMEOUT })
      .toContainEqual(expect.stringMatching(/\/explorer\/graphql\.worker-\w+\.js$/));
  }, TIMEOUT);

  it('requests nothing outside its own origin', () => {
    const foreign = requested.filter((url) => {
      const { protocol, hostname } = new URL(url);
      return protocol !== 'data:' && protocol !== 'blob:' && hostname !== '127.0.0.1';
    });

    expect(foreign).toEqual([]);
    expect(requested).toContainEqual(`${server.url}/graphql`);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await expect
    // Monaco renders spaces as no-break spaces.
    .poll(async () => (await page.locator(selector).textContent())?.replaceAll('\u00a0', ' '), { timeout: TIMEOUT })
    .toContain(text);
}
