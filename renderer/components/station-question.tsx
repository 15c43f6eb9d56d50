import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { IdentityQuestion } from '../../shared/station';

/** "Is the unit in your hand flashing rainbow?" — Y or N, or the two buttons. */
export function StationQuestion({
  question,
  onAnswer,
}: {
  question: IdentityQuestion;
  onAnswer(confirmed: boolean): void;
}) {
  const yes = useRef<HTMLButtonElement>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    yes.current?.focus();
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [question.runId]);
  const left = Math.max(0, Math.ceil((Date.parse(question.until) - now) / 1000));
  const onKey = (event: KeyboardEvent): void => {
    const key = event.key.toLowerCase();
    if (key !== 'y' && key !== 'n') return;
    event.preventDefault();
    onAnswer(key === 'y');
  };
  return (
    <section
      className="station-question"
      role="group"
      aria-labelledby="station-question-title"
      onKeyDown={onKey}
      data-testid="station-question"
    >
      <h2 id="station-question-title">Is the unit in your hand flashing rainbow?</h2>
      <p>
        Device <span className="mono">{question.deviceId}</span>
        {question.deviceSsid === null ? '' : ` (${question.deviceSsid})`} is online and should be
        flashing rainbow now. {left} s left to answer.
      </p>
      <div className="station-question-buttons">
        <button ref={yes} type="button" className="button-primary" onClick={() => onAnswer(true)}>
          Yes, it is (Y)
        </button>
        <button type="button" className="button-secondary" onClick={() => onAnswer(false)}>
          No (N)
        </button>
      </div>
    </section>
  );
}
