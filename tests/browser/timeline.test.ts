import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/root.js';
import { launchChromium } from '../support/browser.js';
import { startTestServer } from '../support/server.js';

// A 2-core machine starts Chromium slowly.
const TIMEOUT = 60_000;

/** Given a locator of SVG elements, returns their text (SVG elements have no innerText). */
const texts = (locator: ReturnType<Page['locator']>) => locator.evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
const SCREENSHOT = join(ROOT, 'test-results', 'timeline-clr-131.png');

describe('the timeline page of a compound in Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser | undefined;
  let page: Page;
  const requested: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ seedHistory: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('request', (request) => requested.push(request.url()));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`${server.url}/compounds/clr-131/timeline`);
    await page.locator('section[data-events]').waitFor({ timeout: TIMEOUT });
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    console.log(`timeline screenshot: ${SCREENSHOT}`);
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, TIMEOUT);

  it('plots each of CLR 131’s readout series, the metric change flagged', async () => {
    const series = page.locator('section[data-series]');
    // In the order they begin: cohorts 1 and 2 in 2016, the LPL/WM series in 2020, CLOVER-WaM's major responses in 2024.
    expect(await series.evaluateAll((sections) => sections.map((section) => section.getAttribute('data-series')))).toEqual([
      'clr-131-phase-1-cohort-1-survival',
      'clr-131-phase-1-cohort-2-survival',
      'clr-131-lpl-wm-complete-response',
      'clr-131-lpl-wm-overall-response-rate',
      'clover-wam-major-response-rate',
    ]);
    const cohort1 = page.locator('section[data-series="clr-131-phase-1-cohort-1-survival"]');
    expect(await cohort1.locator('h2').innerText()).toContain('metric changed between reports');
    // 11.9, the preliminary 22 (hollow: no report date) and 26.2; the not-yet-evaluable median is listed off the axis.
    expect(await texts(cohort1.locator('svg text'))).toEqual(expect.arrayContaining(['11.9', '22', '26.2']));
    expect(await cohort1.locator('svg circle').count()).toBe(3);
    expect(await cohort1.locator('.off-axis').innerText()).toContain('not yet evaluable');
  });

  it('draws the comparator range of a series as a band behind its points', async () => {
    const cohort1 = page.locator('section[data-series="clr-131-phase-1-cohort-1-survival"]');
    const band = cohort1.locator('svg rect title');
    expect(await texts(band)).toEqual(expect.arrayContaining([expect.stringMatching(/^comparator: .*, 11\.9–18\.6 months$/)]));
    expect(await texts(cohort1.locator('svg text'))).toContain('comparator 11.9–18.6');
  });

  it('links every point, designation and milestone to the source that gives it', async () => {
    const links = await page.locator('svg a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.length).toBeGreaterThan(20);
    for (const link of links) expect(link).toMatch(/^https?:\/\//);
    const cohort1Links = await page.locator('section[data-series="clr-131-phase-1-cohort-1-survival"] svg a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(cohort1Links).toEqual(expect.arrayContaining([expect.stringContaining('globenewswire.com/news-release/2016/12/01')]));
  });

  it('puts designations and each trial’s milestones on the same time axis', async () => {
    const events = page.locator('section[data-events]');
    const labels = await texts(events.locator('svg text'));
    expect(labels).toEqual(expect.arrayContaining(['Designations', 'FDA orphan drug: Multiple myeloma', 'status, completed', 'status, unknown']));
    // The EU orphan designation for WM has no dated source: listed, not placed.
    expect(await events.locator('.off-axis').innerText()).toContain('EMA orphan drug: Waldenstrom’s macroglobulinemia');
  });

  it('shows the API’s error for a compound it does not hold', async () => {
    const other = await browser!.newPage();
    await other.goto(`${server.url}/compounds/no-such-compound/timeline`);
    await other.locator('.error').waitFor({ timeout: TIMEOUT });
    expect(await other.locator('.error').innerText()).toMatch(/^NOT_FOUND: /);
    await other.close();
  });

  it('loads nothing from outside the API, and runs without errors', () => {
    expect(requested.length).toBeGreaterThan(2);
    for (const url of requested) expect(url.startsWith(`${server.url}/`)).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
