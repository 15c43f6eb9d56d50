import { useId, useState } from 'react';
import { ledAlternatives, type LedStateId } from '../../shared/led';
import { useT } from '../i18n/use-t';
import { patternWords } from './led-words';

/** "My LED shows something else": what each other colour means right now, and what to do. */
export function LedAlternatives({ expected }: { expected: LedStateId }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="led-alternatives">
      <button
        type="button"
        className="button-link"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {t('ui.led.something-else')}
      </button>
      {open && (
        <ul id={panelId} className="led-alternative-list">
          {ledAlternatives(expected).map((state) => (
            <li key={state.id} data-led={state.id}>
              <span
                className={`led-swatch led-${state.color} led-pattern-${state.pattern}${
                  state.flashColor === undefined ? '' : ` led-flash-${state.flashColor}`
                }`}
                aria-hidden="true"
              />
              <div>
                <strong>{t.msg(state.label)}</strong>{' '}
                <span className="muted small">
                  {t('ui.led.alternative.pattern', { pattern: patternWords[state.pattern] })}
                </span>{' '}
                {t('ui.led.alternative.meaning', { meaning: state.meaning })}
                <p className="muted small">{t.msg(state.advice)}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
