import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { IdentityQuestion } from '../../shared/station';
import { useT } from '../i18n/use-t';
import { useSecondsUntil } from './seconds-until';

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
  useEffect(() => yes.current?.focus(), [question.runId]);
  const left = useSecondsUntil(question.until, null);
  // The answer keys are Y and N in every language (the buttons' texts name them).
  const onKey = (event: KeyboardEvent): void => {
    const key = event.key.toLowerCase();
    if (key !== 'y' && key !== 'n') return;
    event.preventDefault();
    onAnswer(key === 'y');
  };
  const deviceId = <span className="mono">{question.deviceId}</span>;
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
        {question.deviceSsid === null
          ? t.rich(
              'station.ui.question.body',
              { deviceId: question.deviceId, seconds: left },
              { deviceId },
            )
          : t.rich(
              'station.ui.question.body-ssid',
              { deviceId: question.deviceId, ssid: question.deviceSsid, seconds: left },
              { deviceId },
            )}
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
