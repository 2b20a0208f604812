// The administrator opens a recruitment round and registers an organisation; a nominator nominates,
// the panel admits, the new member signs in, edits the profile and connects with a peer, who accepts.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoPageErrors, capture, launch, person, signIn, WEB } from './browser.mjs';

const suffix = Date.now().toString(36);
const ROUND = `Journey round ${suffix}`;
const ORGANISATION = `Southgate Community Trust ${suffix}`;
const candidate = { name: `Grace Okoro ${suffix}`, email: `grace.${suffix}@northfield.example` };
let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** A date and time `days` from today's midnight, as a datetime-local field takes it. */
function localDateTime(days) {
  const day = new Date();
  day.setDate(day.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T00:00`;
}

test('the administrator opens a round and registers an organisation whose nominator is told', async () => {
  const ada = await person(browser, 'membership', 'admin');
  await signIn(ada, 'ada');
  await ada.page.getByRole('link', { name: 'Administration' }).first().click();
  const open = ada.page.getByRole('form', { name: 'Open a recruitment round' });
  await open.getByRole('button', { name: 'Open round' }).click();
  await open.getByRole('alert').waitFor();
  await capture(ada, 'round-refused-with-field-messages');
  await open.getByLabel('Name', { exact: true }).fill(ROUND);
  await open.getByLabel('Opens').fill(localDateTime(0));
  await open.getByLabel('Closes').fill(localDateTime(-1));
  await open.getByLabel('Quota').fill('3');
  await open.getByRole('button', { name: 'Open round' }).click();
  await open.getByRole('alert').getByText(/must be after/).waitFor();
  await open.getByLabel('Closes').fill(localDateTime(30));
  await open.getByRole('button', { name: 'Open round' }).click();
  await ada.page.getByTestId('rounds').getByRole('listitem').filter({ hasText: ROUND }).getByText('Open', { exact: true }).waitFor();

  const register = ada.page.getByRole('form', { name: 'Register an organisation' });
  await register.getByLabel('Name', { exact: true }).fill(ORGANISATION);
  await register.getByLabel('Kind').selectOption('nhs-trust');
  await register.getByLabel('Region').selectOption('South East');
  await register.getByLabel('Nominator 1: sign-in name').fill('nora');
  await register.getByLabel('Nominator 1: email').fill('not an email');
  await register.getByRole('button', { name: 'Register organisation' }).click();
  await register.getByRole('alert').waitFor();
  await capture(ada, 'organisation-refused-with-field-messages');
  await register.getByLabel('Nominator 1: email').fill('nora@northfield.example');
  await register.getByRole('button', { name: 'Register organisation' }).click();
  await ada.page.getByTestId('organisations').getByText(ORGANISATION).waitFor();
  await capture(ada, 'round-opened-organisation-registered');
  assertNoPageErrors(ada);

  const nora = await person(browser, 'membership', 'nominator');
  await signIn(nora, 'nora');
  await nora.page.getByTestId('bell').click();
  await nora.page.getByTestId('notification').filter({ hasText: `You can now nominate candidates for ${ORGANISATION}` })
    .waitFor({ timeout: 60_000 });
  await nora.context.close();
});

test('a nominated candidate is admitted, signs in, fills in the profile and connects with a peer who accepts', async () => {
  const nora = await person(browser, 'membership', 'nominator');
  await signIn(nora, 'nora');
  await nora.page.getByRole('link', { name: 'Nominations' }).first().click();
  await nora.page.getByLabel('Recruitment round').selectOption({ label: ROUND });
  await nora.page.getByTestId('quota-left').waitFor();
  await nora.page.getByRole('button', { name: 'Submit nomination' }).click();
  await nora.page.getByRole('alert').waitFor();
  await capture(nora, 'nomination-refused-with-field-messages');
  assert.match(await nora.page.getByRole('alert').textContent(), /missing or invalid/);

  await nora.page.getByLabel('Full name').fill(candidate.name);
  await nora.page.getByLabel('Email address').fill(candidate.email);
  await nora.page.getByLabel('Profession').selectOption('midwife');
  await nora.page.getByLabel('Region').selectOption('North West');
  await nora.page.getByLabel('Improvement topics').fill('maternity');
  await nora.page.getByLabel('Improvement topics').press('Enter');
  await nora.page.getByLabel('Improvement topics').fill('sepsis');
  await nora.page.getByLabel('Improvement topics').press('Enter');
  await nora.page.getByLabel('Supporting statement').fill('Leads the maternity early warning score work across three wards.');
  await nora.page.getByRole('button', { name: 'Submit nomination' }).click();
  await nora.page.getByText(`${candidate.name} is nominated.`).waitFor();
  await nora.page.getByTestId('nomination').filter({ hasText: candidate.name }).waitFor();
  await capture(nora, 'nominated');
  assertNoPageErrors(nora);

  const pat = await person(browser, 'membership', 'panel');
  await signIn(pat, 'pat');
  await pat.page.getByRole('link', { name: 'Panel' }).first().click();
  await pat.page.getByLabel('Recruitment round').selectOption({ label: `${ROUND} (open)` });
  const nomination = pat.page.getByTestId('panel-nomination').filter({ hasText: candidate.name });
  await nomination.waitFor();
  await capture(pat, 'review');
  await nomination.getByRole('button', { name: 'Admit' }).click();
  await nomination.getByRole('alert').waitFor();
  assert.match(await nomination.getByRole('alert').textContent(), /Reason/);
  await nomination.getByLabel(`Reason for your decision on ${candidate.name}`).fill('Sustained, well-measured improvement work.');
  await nomination.getByRole('button', { name: 'Admit' }).click();
  await nomination.waitFor({ state: 'detached' });
  await pat.page.getByLabel('Show').selectOption('admitted');
  await pat.page.getByTestId('panel-nomination').filter({ hasText: candidate.name }).waitFor();
  await capture(pat, 'admitted');
  assertNoPageErrors(pat);

  const grace = await person(browser, 'membership', 'new-member');
  await signInOnceProvisioned(grace, candidate.email);
  await grace.page.getByRole('link', { name: 'My profile' }).first().click();
  await grace.page.getByLabel('About you').fill('Midwife leading safer maternity care; keen to learn SPC.');
  await grace.page.getByLabel('Organisation').fill('Northfield NHS Trust');
  await grace.page.getByLabel('Skills').fill('run charts');
  await grace.page.getByLabel('Skills').press('Enter');
  await grace.page.getByRole('button', { name: 'Save profile' }).click();
  await grace.page.getByText('Your profile is saved.').waitFor();
  await capture(grace, 'profile-saved');

  await grace.page.getByRole('link', { name: 'Directory' }).first().click();
  await grace.page.getByLabel('Search members').fill('Maya');
  await grace.page.getByRole('button', { name: 'Search' }).click();
  await grace.page.getByTestId('directory-member').filter({ hasText: 'Maya Patel' }).waitFor();
  await capture(grace, 'directory-search');
  await grace.page.getByRole('link', { name: 'Maya Patel' }).click();
  await grace.page.getByRole('button', { name: 'Connect with Maya' }).click();
  await grace.page.getByText('Connection requested').waitFor();
  await capture(grace, 'connection-requested');

  const maya = await person(browser, 'membership', 'peer');
  await signIn(maya, 'maya');
  await maya.page.getByTestId('unread-count').waitFor();
  await maya.page.getByRole('link', { name: 'Connections' }).first().click();
  const request = maya.page.getByTestId('connection').filter({ hasText: candidate.name });
  await capture(maya, 'request-waiting');
  await request.getByRole('button', { name: `Accept ${candidate.name}` }).click();
  await maya.page.getByRole('heading', { name: 'Connected' }).waitFor();
  await maya.page.getByTestId('connection').filter({ hasText: candidate.name }).getByRole('button', { name: `Remove ${candidate.name}` }).waitFor();
  await capture(maya, 'connected');
  assertNoPageErrors(maya);

  await grace.page.reload();
  await grace.page.getByText('You are connected.').waitFor();
  await capture(grace, 'connected');
  await grace.page.getByRole('link', { name: 'Connections' }).first().click();
  await grace.page.getByTestId('connection').filter({ hasText: 'Maya Patel' }).waitFor();
  await grace.page.getByRole('heading', { name: 'People you may want to know' }).waitFor();
  await capture(grace, 'connections-and-suggestions');
  assertNoPageErrors(grace);
});

test('signing out ends the session: the API answers 401 and the start page offers sign-in again', async () => {
  const tom = await person(browser, 'sign-out', 'member');
  await signIn(tom, 'tom');
  await tom.page.getByRole('button', { name: 'Sign out' }).click();
  await tom.page.getByRole('link', { name: 'Sign in to qnet' }).waitFor();
  const status = await tom.page.evaluate(async () => (await fetch('/api/members/members/me')).status);
  assert.equal(status, 401);
  await capture(tom, 'signed-out');
});

test('no token is readable from the page, and a state change without the CSRF token is refused', async () => {
  const sam = await person(browser, 'security', 'member');
  await signIn(sam, 'sam');
  const seen = await sam.page.evaluate(async () => {
    const session = await (await fetch('/session')).text();
    const forged = await fetch('/api/notifications/notifications/read-all', { method: 'POST' });
    return { cookies: document.cookie, storage: JSON.stringify({ ...localStorage, ...sessionStorage }), session,
      forgedStatus: forged.status, forgedType: forged.headers.get('Content-Type') };
  });
  for (const place of [seen.cookies, seen.storage, seen.session]) {
    assert.doesNotMatch(place, /eyJ[\w-]+\.[\w-]+\./, 'a JWT is readable from the page');
  }
  assert.doesNotMatch(seen.cookies, /QNET_SESSION/, 'the session cookie is readable from the page');
  assert.equal(seen.forgedStatus, 403);
  assert.match(seen.forgedType, /application\/problem\+json/);
  const sessionCookie = (await sam.context.cookies(WEB)).find((cookie) => cookie.name === 'QNET_SESSION');
  assert.equal(sessionCookie.httpOnly, true);
  assert.equal(sessionCookie.secure, true);
  assert.equal(sessionCookie.sameSite, 'Lax');
});

/** The issuer learns of an admission from Kafka; until then the new member's sign-in is refused. */
async function signInOnceProvisioned(someone, username) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      await signIn(someone, username);
      return;
    } catch (notYet) {
      if (Date.now() > deadline) {
        throw notYet;
      }
      await someone.page.waitForTimeout(2000);
    }
  }
}
