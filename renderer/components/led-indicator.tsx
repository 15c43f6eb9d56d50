import type { LedReport } from '../../shared/led';
import { ledStates } from '../../shared/led';
import { useT } from '../i18n/use-t';
import { patternWords } from './led-words';

/**
 * The Photon's RGB LED drawn and animated the way the board shows it, large enough to hold the
 * board beside, with its pattern in words, labelled with whether the app observed this state or
 * only expects it.
 */
export function LedIndicator({
  report,
  size = 'large',
}: {
  report: LedReport;
  size?: 'large' | 'small';
}) {
  const t = useT();
  const state = ledStates[report.state];
  const flash = state.flashColor === undefined ? '' : ` led-flash-${state.flashColor}`;
  return (
    <figure
      className={`led-indicator led-${size}`}
      data-testid="led-indicator"
      data-led={state.id}
      data-source={report.source}
    >
      <div className="led-figure">
        <div className="led-board" aria-hidden="true">
          <span className={`led-light led-${state.color} led-pattern-${state.pattern}${flash}`} />
        </div>
        {size === 'large' && (
          <span className="led-pattern-words">
            {t('ui.led.it', { pattern: patternWords[state.pattern] })}
          </span>
        )}
      </div>
      <figcaption>
        <span className={`led-source led-source-${report.source}`}>
          {report.source === 'observed' ? t('ui.led.observed') : t('ui.led.expected')}
        </span>
        <strong className="led-label">{t.msg(state.label)}</strong>
        <span className="led-meaning">{t.msg(state.meaning)}</span>
        <span className="led-basis">{t.msg(report.basis)}</span>
      </figcaption>
    </figure>
  );
}
