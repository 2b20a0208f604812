// What every journey shares: a real headless Chromium, signing in at the issuer, screenshots at phone and
// desktop width, and an axe-core check of every page visited.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = require('axe-core').source;

export const WEB = (process.env.QNET_WEB_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
export const PASSWORD = process.env.QNET_DEMO_PASSWORD ?? 'qnet-demo';
const SHOTS = new URL('../target/screenshots/', import.meta.url).pathname;
const DESKTOP = { width: 1366, height: 900 };
const steps = new Map();
const PHONE = { width: 390, height: 844 };

export async function launch() {
  return chromium.launch({
    executablePath: process.env.QNET_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A person at their own browser: cookies of their own, desktop width, every page checked as it is captured. */
export async function person(browser, journey, who) {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB', timezoneId: 'Europe/London' });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, context, journey, who, errors };
}

/** Signs in from qnet's start page through the issuer's form and back. */
export async function signIn(someone, username) {
  const { page } = someone;
  await page.goto(`${WEB}/`);
  await page.getByRole('link', { name: 'Sign in to qnet' }).click();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await capture(someone, 'sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /^Welcome/ }).waitFor();
}

/**
 * Screenshots the page at desktop and at phone width and runs axe-core (WCAG 2.2 A and AA rules) at each;
 * a serious or critical violation fails the journey, naming the rule and the elements.
 */
export async function capture(someone, name) {
  const { page, journey, who } = someone;
  const step = (steps.get(journey) ?? 0) + 1;
  steps.set(journey, step);
  const file = `${journey}-${String(step).padStart(2, '0')}-${who}-${name}.png`;
  for (const [viewport, size] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    await page.setViewportSize(size);
    mkdirSync(join(SHOTS, viewport), { recursive: true });
    await page.screenshot({ path: join(SHOTS, viewport, file), fullPage: true });
    await assertAccessible(page, `${file} (${viewport})`);
  }
  await page.setViewportSize(DESKTOP);
}

async function assertAccessible(page, where) {
  // Evaluated through the DevTools protocol, which the pages' Content-Security-Policy rightly would not allow
  // as an inline script.
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    await page.evaluate(axeSource);
  }
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [],
    `accessibility violations on ${where}`);
}

export function assertNoPageErrors(someone) {
  assert.deepEqual(someone.errors, [], `script errors in ${someone.who}'s pages`);
}
