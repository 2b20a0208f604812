import { useState, type KeyboardEvent } from 'react';

interface TopicInputProps {
  id: string;
  value: string[];
  onChange: (topics: string[]) => void;
  max: number;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/** Free topic labels, added with Enter or a comma and removed with their button. */
export function TopicInput({ id, value, onChange, max, ...aria }: TopicInputProps) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const topic = draft.trim().replace(/,$/, '').trim();
    if (topic && !value.includes(topic) && value.length < max) {
      onChange([...value, topic]);
    }
    setDraft('');
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    }
  };
  return (
    <div className="topics">
      {value.length > 0 && (
        <ul className="chips" aria-label="Chosen topics">
          {value.map((topic) => (
            <li key={topic} className="chip">
              {topic}
              <button type="button" className="chip-remove" aria-label={`Remove ${topic}`}
                onClick={() => onChange(value.filter((other) => other !== topic))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline">
        <input id={id} value={draft} onChange={(event) => setDraft(event.target.value)} onKeyDown={onKey}
          onBlur={add} placeholder="e.g. patient safety" {...aria} />
        <button type="button" className="secondary" onClick={add}>Add topic</button>
      </div>
    </div>
  );
}
