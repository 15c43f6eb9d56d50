import { useT } from '../i18n/use-t';
import { useAppState } from '../store/store-context';

/**
 * What a screen reader hears without moving: how a run ended, that the device waits for its
 * Wi-Fi choice, how a release went. The region is always in the page (a region that appears
 * with its text is not announced) and its words follow the state the core reported.
 */
export function LiveRegion() {
  const t = useT();
  const outcome = useAppState((state) => state.run?.outcome ?? null);
  const awaiting = useAppState((state) => state.run?.progress?.awaitingNetwork === true);
  const summary = useAppState((state) => state.activity?.report?.summary ?? null);
  const message =
    outcome !== null
      ? t('ui.live.result', {
          title: outcome.description.title,
          sentence: outcome.description.sentence,
        })
      : awaiting
        ? t('ui.live.choose-network')
        : summary === null
          ? ''
          : t.msg(summary);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="live-region">
      {message}
    </div>
  );
}
