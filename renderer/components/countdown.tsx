import type { RunProgress } from '../../shared/provisioning';
import { useSecondsUntil } from './seconds-until';

/** What happens when the wait runs out, so a number is never the only thing said. */
function atZero(progress: RunProgress): string {
  if (progress.awaitingNetwork)
    return 'If no network is chosen by then, the setup stops and this computer returns to its own Wi-Fi.';
  switch (progress.phase) {
    case 'find':
      return 'If no Photon network appears by then, the setup stops.';
    case 'join':
      return 'If this computer is not on the Photon’s network by then, the setup stops and it returns to its own Wi-Fi.';
    case 'verify':
      return 'Then Photon Setup stops waiting and tells you what the cloud saw last.';
    default:
      return 'If it runs out, the setup stops and this computer returns to its own Wi-Fi.';
  }
}

/** The current wait, counted down to the time the core gave, with what happens at zero. */
export function Countdown({ progress }: { progress: RunProgress }) {
  const left = useSecondsUntil(progress.countdownEndsAt, progress.countdownS);
  if (progress.countdownEndsAt === null) return null;
  return (
    <p className="countdown" data-testid="countdown">
      <span role="timer" aria-live="off" className="countdown-left">
        {left} s left.
      </span>{' '}
      {atZero(progress)}
    </p>
  );
}
