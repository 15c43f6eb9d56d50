import { m, type Message } from '../../shared/i18n';
import type { RunProgress } from '../../shared/provisioning';
import { useT } from '../i18n/use-t';
import { useSecondsUntil } from './seconds-until';

/** What happens when the wait runs out, so a number is never the only thing said. */
function atZero(progress: RunProgress): Message {
  if (progress.awaitingNetwork) return m('ui.countdown.at-zero.network');
  switch (progress.phase) {
    case 'find':
      return m('ui.countdown.at-zero.find');
    case 'join':
      return m('ui.countdown.at-zero.join');
    case 'verify':
      return m('ui.countdown.at-zero.verify');
    default:
      return m('ui.countdown.at-zero.other');
  }
}

/** The current wait, counted down to the time the core gave, with what happens at zero. */
export function Countdown({ progress }: { progress: RunProgress }) {
  const t = useT();
  const left = useSecondsUntil(progress.countdownEndsAt, progress.countdownS);
  if (progress.countdownEndsAt === null) return null;
  return (
    <p className="countdown" data-testid="countdown">
      <span role="timer" aria-live="off" className="countdown-left">
        {t('ui.countdown.left', { seconds: left })}
      </span>{' '}
      {t.msg(atZero(progress))}
    </p>
  );
}
