import { useState } from 'react';
import { api, Problem } from '../../api/client';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useLoad } from '../../useLoad';

interface Subscription {
  active: boolean;
  url?: string;
}

/**
 * The member's calendar feed: their confirmed events, for any calendar app. The service gives the feed's
 * path once; calendar apps reach it through the gateway's public address, where they need no sign-in.
 */
export function SubscriptionLink() {
  const existing = useLoad(() => api<Subscription>('/events/calendar/subscription'), []);
  const [url, setUrl] = useState<string>();
  const [problem, setProblem] = useState<Problem>();
  const make = async () => {
    try {
      const made = await api<Subscription>('/events/calendar/subscription', 'POST');
      setUrl(`${window.location.origin}/api/events${new URL(made.url!).pathname}`);
    } catch (failure) {
      setProblem(failure as Problem);
    }
  };
  return (
    <section className="panel-box" aria-labelledby="subscription">
      <h2 id="subscription">Your events in your calendar</h2>
      <ProblemMessage problem={problem ?? existing.problem} />
      {url ? (
        <>
          <p>Add this address to your calendar app as a subscription. Keep it to yourself: anyone with it sees your events.</p>
          <p><input aria-label="Your calendar subscription address" readOnly value={url} onFocus={(e) => e.target.select()} /></p>
        </>
      ) : (
        <p>{existing.data?.active
          ? 'You have a calendar subscription. Making a new address stops the old one working.'
          : 'Subscribe from your calendar app to see the events you have a place at.'}</p>
      )}
      <button type="button" className="secondary" onClick={make}>
        {existing.data?.active ? 'Make a new subscription address' : 'Get my subscription address'}
      </button>
    </section>
  );
}
