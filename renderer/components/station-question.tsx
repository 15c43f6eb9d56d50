import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { IdentityQuestion } from '../../shared/station';
import { useT } from '../i18n/use-t';

/** Stands in for the device id inside the sentence, so the sentence is translated whole. */
const SLOT = '\u2063';

/** "Is the unit in your hand flashing rainbow?" — Y or N, or the two buttons. */
export function StationQuestion({
  question,
  onAnswer,
}: {
  question: IdentityQuestion;
  onAnswer(confirmed: boolean): void;
}) {
  const t = useT();
  const yes = useRef<HTMLButtonElement>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    yes.current?.focus();
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [question.runId]);
  const left = Math.max(0, Math.ceil((Date.parse(question.until) - now) / 1000));
  // The answer keys are Y and N in every language (the buttons' texts name them).
  const onKey = (event: KeyboardEvent): void => {
    const key = event.key.toLowerCase();
    if (key !== 'y' && key !== 'n') return;
    event.preventDefault();
    onAnswer(key === 'y');
  };
  const [before, after = ''] = (
    question.deviceSsid === null
      ? t('station.ui.question.body', { deviceId: SLOT, seconds: left })
      : t('station.ui.question.body-ssid', {
          deviceId: SLOT,
          ssid: question.deviceSsid,
          seconds: left,
        })
  ).split(SLOT);
  return (
    <section
      className="station-question"
      role="group"
      aria-labelledby="station-question-title"
      onKeyDown={onKey}
      data-testid="station-question"
    >
      <h2 id="station-question-title">{t('station.ui.question.title')}</h2>
      <p>
        {before}
        <span className="mono">{question.deviceId}</span>
        {after}
      </p>
      <div className="station-question-buttons">
        <button ref={yes} type="button" className="button-primary" onClick={() => onAnswer(true)}>
          {t('station.ui.question.yes')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onAnswer(false)}>
          {t('station.ui.question.no')}
        </button>
      </div>
    </section>
  );
}
