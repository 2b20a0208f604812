// An organiser publishes an event, members fill it, one more is waitlisted and is promoted when someone
// cancels.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoPageErrors, capture, launch, person, signIn } from './browser.mjs';

const title = `Run charts for ward teams ${Date.now().toString(36)}`;
let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('an event fills, the next registrant waits, and is promoted when a place frees up', async () => {
  const olu = await person(browser, 'events', 'organiser');
  await signIn(olu, 'olu');
  await olu.page.getByRole('link', { name: 'Events', exact: true }).first().click();
  await olu.page.getByRole('link', { name: 'New event' }).click();
  await olu.page.getByRole('button', { name: 'Publish' }).click();
  await olu.page.getByRole('alert').waitFor();
  await capture(olu, 'event-refused-with-field-messages');

  const start = new Date(Date.now() + 14 * 86_400_000);
  const day = start.toISOString().substring(0, 10);
  await olu.page.getByLabel('Title').fill(title);
  await olu.page.getByLabel('Kind').selectOption('workshop');
  await olu.page.getByLabel('Places').fill('2');
  await olu.page.getByLabel('Starts').fill(`${day}T13:00`);
  await olu.page.getByLabel('Ends').fill(`${day}T15:00`);
  await olu.page.getByLabel('Summary').fill('Build a run chart your ward will read, from your own data.');
  await olu.page.getByLabel('Description').fill('Bring **a year of monthly data**. We will:\n\n- plot it\n- find the signals');
  await olu.page.getByLabel('Venue').fill('Northfield Education Centre, Room 2');
  await olu.page.getByLabel('Topics').fill('measurement for improvement');
  await olu.page.getByLabel('Topics').press('Enter');
  await olu.page.getByRole('button', { name: 'Publish' }).click();
  await olu.page.getByRole('heading', { name: title }).waitFor();
  await olu.page.getByTestId('seats').getByText('2 of 2 places left').waitFor();
  await capture(olu, 'published');
  const eventUrl = olu.page.url();

  let maya;
  for (const [login, expected] of [['maya', 'You have a place at this event.'], ['sam', 'You have a place at this event.']]) {
    const member = await person(browser, 'events', login);
    await signIn(member, login);
    await member.page.getByRole('link', { name: 'Events', exact: true }).first().click();
    await member.page.getByRole('link', { name: title }).click();
    await member.page.getByRole('button', { name: 'Register' }).click();
    await member.page.getByText(expected).waitFor();
    await capture(member, 'registered');
    assertNoPageErrors(member);
    if (login === 'maya') {
      maya = member;
    }
  }

  const tom = await person(browser, 'events', 'tom');
  await signIn(tom, 'tom');
  await tom.page.goto(eventUrl);
  await tom.page.getByTestId('seats').getByText('Full').waitFor();
  await tom.page.getByRole('button', { name: 'Join the waitlist' }).click();
  await tom.page.getByText('You are number 1 on the waitlist.').waitFor();
  await capture(tom, 'waitlisted');

  await maya.page.getByRole('button', { name: 'Cancel my place' }).click();
  // Tom takes the freed place at once, so the event is still full for Maya.
  await maya.page.getByRole('button', { name: 'Join the waitlist' }).waitFor();

  await tom.page.getByTestId('unread-count').waitFor();
  await tom.page.reload();
  await tom.page.getByText('You have a place at this event.').waitFor();
  await capture(tom, 'promoted');
  await tom.page.getByRole('link', { name: 'Events', exact: true }).first().click();
  await tom.page.getByRole('button', { name: 'Calendar' }).click();
  await tom.page.getByRole('table').waitFor();
  await capture(tom, 'calendar');
  assertNoPageErrors(tom);

  await olu.page.reload();
  await olu.page.getByTestId('attendees').getByText(/Tom Evans/).waitFor();
  const attendees = await olu.page.getByTestId('attendees').textContent();
  assert.match(attendees, /Sam/);
  assert.match(attendees, /Tom Evans/);
  assert.doesNotMatch(attendees, /Maya/);
  await capture(olu, 'attendees');
  assertNoPageErrors(olu);
});
