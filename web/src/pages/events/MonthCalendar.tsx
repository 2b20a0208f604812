import { Link } from 'react-router';
import type { EventItem } from '../../api/types';

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' });
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A month as a table of weeks, each day listing its events; a real table, so screen readers can walk it. */
export function MonthCalendar({ month, events, onMonth }: { month: string; events: EventItem[]; onMonth: (month: string) => void }) {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(year, m - 1, 1);
  const lead = (first.getDay() + 6) % 7;
  const days = new Date(year, m, 0).getDate();
  const cells: (number | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7) {
    cells.push(null);
  }
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const on = (date: number) => events.filter((event) => {
    const starts = new Date(event.startsAt);
    return starts.getFullYear() === year && starts.getMonth() === m - 1 && starts.getDate() === date;
  });
  const shift = (by: number) => {
    const target = new Date(year, m - 1 + by, 1);
    onMonth(`${target.getFullYear()}-${String(target.getMonth() + 1).padStart(2, '0')}`);
  };
  return (
    <div className="calendar">
      <div className="inline calendar-nav">
        <button type="button" className="secondary" onClick={() => shift(-1)}>Previous month</button>
        <h2 aria-live="polite">{monthName.format(first)}</h2>
        <button type="button" className="secondary" onClick={() => shift(1)}>Next month</button>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Scrollable table">
        <table>
          <caption className="visually-hidden">Events in {monthName.format(first)}</caption>
          <thead><tr>{WEEKDAYS.map((d) => <th key={d} scope="col">{d}</th>)}</tr></thead>
          <tbody>
            {weeks.map((week, w) => (
              <tr key={w}>
                {week.map((date, d) => (
                  <td key={d} className={date ? '' : 'empty'}>
                    {date && <span className="date">{date}</span>}
                    {date && on(date).map((event) => (
                      <Link key={event.id} to={`/events/${event.id}`} className="calendar-event">
                        {new Date(event.startsAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })} {event.title}
                      </Link>
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
