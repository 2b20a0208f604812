// A member shares a project, enters data that produce a shift, and a follower sees the notification
// arrive live; then the team runs a PDSA cycle, corrects its data and the lead hands the project over.
import { after, before, test } from 'node:test';
import { assertNoPageErrors, capture, launch, person, signIn } from './browser.mjs';

const title = `Fewer inpatient falls ${Date.now().toString(36)}`;
const cycle = 'Safety huddle at 8am';
let browser;
let projectUrl;
let measureUrl;

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
  projectUrl = maya.page.url();
  await maya.page.getByRole('button', { name: 'Add measure' }).click();
  await maya.page.getByRole('alert').waitFor();
  await capture(maya, 'measure-refused-with-field-messages');
  await maya.page.getByLabel('Measure name').fill('Falls per week');
  await maya.page.getByLabel('Operational definition').fill('Inpatient falls reported on Datix for Ward 7, by week of the fall.');
  await maya.page.getByRole('button', { name: 'Add measure' }).click();
  await maya.page.getByRole('link', { name: 'Falls per week' }).click();
  await maya.page.getByRole('heading', { name: 'Falls per week' }).waitFor();
  measureUrl = maya.page.url();

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

test('the team runs a PDSA cycle that shows on the chart, corrects its data, and the lead hands the project over', async () => {
  const sam = await person(browser, 'projects', 'joiner');
  await signIn(sam, 'sam');
  await sam.page.goto(projectUrl);
  await sam.page.getByLabel('Ask to join the team').fill('I ran the falls huddles on Ward 3.');
  await sam.page.getByRole('button', { name: 'Ask to join' }).click();
  await sam.page.getByText('You asked to join the team').waitFor();

  const maya = await person(browser, 'projects', 'lead');
  await signIn(maya, 'maya');
  await maya.page.goto(projectUrl);
  await maya.page.getByText('I ran the falls huddles on Ward 3.').waitFor();
  await capture(maya, 'join-request');
  await maya.page.getByRole('button', { name: /^Accept / }).click();
  const team = maya.page.getByTestId('team');
  await team.getByRole('button', { name: /^Make .* lead$/ }).waitFor();

  await maya.page.getByRole('link', { name: 'Plan a cycle' }).click();
  await maya.page.getByRole('button', { name: 'Plan this cycle' }).click();
  await maya.page.getByRole('alert').waitFor();
  await capture(maya, 'cycle-refused-with-field-messages');
  await maya.page.getByLabel('Title').fill(cycle);
  await maya.page.getByLabel('The change we will test').fill('A five-minute safety huddle at 8am on Ward 7 names the patients most at risk of falling.');
  await maya.page.getByLabel('What we predict will happen').fill('Falls drop within three weeks as the huddle targets bay checks.');
  await maya.page.getByLabel('Starts on').fill('2026-03-09');
  await maya.page.getByLabel('Falls per week').check();
  await maya.page.getByRole('button', { name: 'Plan this cycle' }).click();
  await maya.page.getByRole('heading', { name: cycle }).waitFor();
  // A controlled textarea's text is its value too, so each stage is known recorded by the stage it shows.
  const stages = [['do', 'Huddles ran on 19 of 21 mornings.', 'study'], ['study', 'Falls fell from about 20 to 11 a week, as predicted.', 'act']];
  for (const [stage, notes, next] of stages) {
    await maya.page.getByLabel('Notes').fill(notes);
    await maya.page.getByRole('button', { name: `Record ${stage}` }).click();
    await maya.page.getByRole('button', { name: `Record ${next}` }).waitFor();
    await maya.page.locator('.stage').getByText(notes).waitFor();
  }
  await maya.page.getByLabel('Notes').fill('Make the huddle part of the ward routine.');
  await maya.page.getByRole('button', { name: 'Record act' }).click();
  await maya.page.getByRole('alert').getByText(/decision/i).first().waitFor();
  await maya.page.getByLabel(/^Adopt/).check();
  await maya.page.getByRole('button', { name: 'Record act' }).click();
  await maya.page.getByText('Completed', { exact: true }).waitFor();
  await capture(maya, 'cycle-completed');
  assertNoPageErrors(maya);

  await maya.page.goto(measureUrl);
  await maya.page.getByTestId('chart-cycles').getByRole('link', { name: cycle }).waitFor();
  await maya.page.getByText('The data (17 points)').click();
  maya.page.once('dialog', (dialog) => dialog.accept());
  await maya.page.getByRole('button', { name: 'Remove 2026-04-27' }).click();
  await maya.page.getByText('The data (16 points)').waitFor();
  await capture(maya, 'cycle-on-the-chart-point-removed');

  await maya.page.goto(projectUrl);
  maya.page.once('dialog', (dialog) => dialog.accept());
  await team.getByRole('button', { name: /^Make .* lead$/ }).click();
  await maya.page.getByRole('button', { name: 'Leave the team' }).waitFor();
  assertNoPageErrors(maya);

  await sam.page.getByTestId('bell').click();
  const notice = sam.page.getByTestId('notification').filter({ hasText: `PDSA cycle completed: ${cycle}` });
  await notice.waitFor({ timeout: 60_000 });
  await sam.page.goto(projectUrl);
  await sam.page.getByLabel('Project stage').selectOption('sustaining');
  await sam.page.getByRole('button', { name: 'Move the project' }).click();
  await sam.page.locator('.title-row .status').getByText('Sustaining').waitFor();
  await capture(sam, 'lead-moved-the-project');
  await sam.page.getByTestId('bell').click();
  await notice.getByRole('link').click();
  await sam.page.getByRole('heading', { name: cycle }).waitFor();
  await capture(sam, 'cycle-from-the-notification');
  assertNoPageErrors(sam);
});
