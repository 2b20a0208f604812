import { Organisations } from './Organisations';
import { Rounds } from './Rounds';

/** The administrator's page: recruitment rounds and the organisations that nominate in them. */
export function Admin() {
  return (
    <section>
      <h1>Administration</h1>
      <Rounds />
      <Organisations />
    </section>
  );
}
