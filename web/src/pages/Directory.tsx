import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, query } from '../api/client';
import type { DirectoryPage, FacetValue } from '../api/types';
import { Loading } from '../components/Loading';
import { Pages } from '../components/Pages';
import { ProblemMessage } from '../components/ProblemMessage';
import { labelOf } from '../format';
import { useLoad } from '../useLoad';
import { useQueryState } from '../useQueryState';

const PAGE_SIZE = 20;

/** The member directory: text search, facet filters with counts, and pages; the address keeps the search. */
export function Directory() {
  const [params, change] = useQueryState();
  const q = params.get('q') ?? '';
  const topics = params.getAll('topic');
  const region = params.get('region') ?? '';
  const profession = params.get('profession') ?? '';
  const page = Number(params.get('page') ?? '0');
  const found = useLoad(
    () => api<DirectoryPage>(`/members/members${query({ q, topic: topics, region, profession, page, size: PAGE_SIZE })}`),
    [params.toString()],
  );
  const [text, setText] = useState(q);

  const toggleTopic = (topic: string) =>
    change({ topic: topics.includes(topic) ? topics.filter((t) => t !== topic) : [...topics, topic] });
  const search = (event: FormEvent) => {
    event.preventDefault();
    change({ q: text.trim() || null });
  };

  return (
    <section>
      <h1>Member directory</h1>
      <form role="search" className="search" onSubmit={search}>
        <label htmlFor="directory-q" className="visually-hidden">Search members</label>
        <input id="directory-q" type="search" value={text} onChange={(event) => setText(event.target.value)}
          placeholder="Search by name, organisation, topic or skill" />
        <button type="submit">Search</button>
      </form>
      <div className="with-sidebar">
        <aside aria-label="Filters" className="facets">
          {found.data && (
            <>
              <Facet title="Topic" values={found.data.facets.topic} chosen={topics} onPick={toggleTopic} />
              <Facet title="Region" values={found.data.facets.region} chosen={region ? [region] : []}
                onPick={(v) => change({ region: v === region ? null : v })} />
              <Facet title="Profession" values={found.data.facets.profession} chosen={profession ? [profession] : []}
                onPick={(v) => change({ profession: v === profession ? null : v })} label={labelOf} />
            </>
          )}
        </aside>
        <div className="results">
          <ProblemMessage problem={found.problem} />
          {found.loading && !found.data && <Loading what="members" />}
          {found.data && (
            <>
              <p role="status" className="meta" data-testid="directory-total">
                {found.data.total === 1 ? '1 member' : `${found.data.total} members`}
              </p>
              <ul className="list">
                {found.data.items.map((member) => (
                  <li key={member.id} className="list-item" data-testid="directory-member">
                    <div>
                      <p className="item-title"><Link to={`/members/${member.id}`}>{member.name}</Link></p>
                      <p className="meta">
                        {labelOf(member.profession)} · {member.region}{member.organisation ? ` · ${member.organisation}` : ''}
                      </p>
                      {member.topics.length > 0 && (
                        <ul className="chips" aria-label="Topics">
                          {member.topics.map((topic) => <li key={topic} className="chip">{topic}</li>)}
                        </ul>
                      )}
                    </div>
                    {member.openToMentoring && <span className="status status-accepted">Open to mentoring</span>}
                  </li>
                ))}
              </ul>
              <Pages page={page} size={PAGE_SIZE} total={found.data.total} onPage={(p) => change({ page: p ? String(p) : null })} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}

function Facet({ title, values, chosen, onPick, label = (v) => v }: {
  title: string; values: FacetValue[]; chosen: string[]; onPick: (value: string) => void; label?: (value: string) => string;
}) {
  if (values.length === 0) {
    return null;
  }
  return (
    <fieldset className="facet">
      <legend>{title}</legend>
      {values.slice(0, 12).map((facet) => (
        <label key={facet.value} className="check">
          <input type="checkbox" checked={chosen.includes(facet.value)} onChange={() => onPick(facet.value)} />
          {label(facet.value)} <span className="count">({facet.count})</span>
        </label>
      ))}
    </fieldset>
  );
}
