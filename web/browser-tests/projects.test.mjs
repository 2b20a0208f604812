// A member shares a project, enters data that produce a shift, and a follower sees the notification
// arrive live.
import { after, before, test } from 'node:test';
import { assertNoPageErrors, capture, launch, person, signIn } from './browser.mjs';

const title = `Fewer inpatient falls ${Date.now().toString(36)}`;
let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** Ten weeks around 20 falls, then seven weeks around 11: a shift below the median. */
function weeklyFalls() {
  const values = [21, 19, 22, 20, 18, 23, 20, 19, 21, 22, 12, 11, 10, 12, 11, 9, 10];
  const monday = Date.UTC(2026, 0, 5);
  return values.map((value, week) => `${new Date(monday + week * 7 * 86_400_000).toISOString().substring(0, 10)}\t${value}`).join('\n');
}

test('data that shift reach a follower live as a notification that leads to the chart', async () => {
  const maya = await person(browser, 'projects', 'lead');
  await signIn(maya, 'maya');
  await maya.page.getByRole('link', { name: 'Projects', exact: true }).first().click();
  await maya.page.getByRole('link', { name: 'Share a project' }).click();
  await maya.page.getByLabel('Title').fill(title);
  await maya.page.getByLabel('Aim').fill('Reduce inpatient falls on Ward 7 by 30% by June.');
  await maya.page.getByLabel('Topics').fill('patient safety');
  await maya.page.getByLabel('Topics').press('Enter');
  await maya.page.getByRole('button', { name: 'Share project' }).click();
  await maya.page.getByRole('heading', { name: title }).waitFor();
  await maya.page.getByRole('button', { name: 'Add measure' }).click();
  await maya.page.getByRole('alert').waitFor();
  await capture(maya, 'measure-refused-with-field-messages');
  await maya.page.getByLabel('Measure name').fill('Falls per week');
  await maya.page.getByLabel('Operational definition').fill('Inpatient falls reported on Datix for Ward 7, by week of the fall.');
  await maya.page.getByRole('button', { name: 'Add measure' }).click();
  await maya.page.getByRole('link', { name: 'Falls per week' }).click();
  await maya.page.getByRole('heading', { name: 'Falls per week' }).waitFor();
  const measureUrl = maya.page.url();

  const sam = await person(browser, 'projects', 'follower');
  await signIn(sam, 'sam');
  await sam.page.getByRole('link', { name: 'Projects', exact: true }).first().click();
  await sam.page.getByLabel('Search projects').fill(title);
  await sam.page.getByRole('button', { name: 'Search' }).click();
  await sam.page.getByRole('link', { name: title }).click();
  await sam.page.getByRole('button', { name: 'Follow this project' }).click();
  await sam.page.getByRole('button', { name: 'Stop following' }).waitFor();
  await capture(sam, 'following');
  const unreadBefore = Number(await sam.page.getByTestId('unread-count').textContent().catch(() => '0'));

  await maya.page.goto(measureUrl);
  await maya.page.getByLabel('Or paste two columns: period and value').fill(weeklyFalls());
  await maya.page.getByRole('button', { name: 'Record pasted data' }).click();
  await maya.page.getByText('Recorded 17 periods.').waitFor();
  await maya.page.getByTestId('signals').getByText('Shift (improvement)').waitFor();
  await maya.page.getByRole('img', { name: /run chart of Falls per week, 17 points/ }).waitFor();
  await capture(maya, 'shift-on-the-chart');
  assertNoPageErrors(maya);

  // No reload: the bell's count rises when the stream says a notification arrived.
  await sam.page.waitForFunction((before) => {
    const badge = document.querySelector('[data-testid="unread-count"]');
    return badge !== null && Number(badge.textContent) > before;
  }, unreadBefore, { timeout: 60_000 });
  await capture(sam, 'notified-live');
  await sam.page.getByTestId('bell').click();
  const notice = sam.page.getByTestId('notification').filter({ hasText: 'Falls per week: shift (improvement)' })
    .filter({ hasText: title });
  await notice.waitFor();
  await capture(sam, 'inbox');
  await sam.page.getByLabel('Projects you lead, are part of or follow by email').selectOption('digest');
  await sam.page.getByRole('button', { name: 'Save preferences' }).click();
  await sam.page.getByText('Your preferences are saved.').waitFor();
  await notice.getByRole('link').click();
  await sam.page.getByRole('heading', { name: 'Falls per week' }).waitFor();
  await sam.page.getByTestId('signals').getByText('Shift (improvement)').waitFor();
  await capture(sam, 'chart-from-the-notification');
  assertNoPageErrors(sam);
});
