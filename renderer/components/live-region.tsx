import { useAppState } from '../store/store-context';

/**
 * What a screen reader hears without moving: how a run ended, that the device waits for its
 * Wi-Fi choice, how a release went. The region is always in the page (a region that appears
 * with its text is not announced) and its words follow the state the core reported.
 */
export function LiveRegion() {
  const message = useAppState((state) => {
    const outcome = state.run?.outcome ?? null;
    if (outcome !== null)
      return `Result: ${outcome.description.title}. ${outcome.description.sentence}`;
    if (state.run?.progress?.awaitingNetwork === true)
      return 'The device is waiting: choose the Wi-Fi network it should join.';
    return state.activity?.report?.summary ?? '';
  });
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="live-region">
      {message}
    </div>
  );
}
