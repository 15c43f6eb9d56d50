import { useT } from '../i18n/use-t';
import { useAppState } from '../store/store-context';
import { useSecondsUntil } from './seconds-until';

/** A command, the same in every language. */
const DEMO_COMMAND = 'npm run demo';

/** The core is waiting before it asks the cloud again: say so, and for how long. */
function CloudWaitBanner() {
  const t = useT();
  const waiting = useAppState((state) => state.cloudWaiting);
  const left = useSecondsUntil(waiting?.until ?? null, waiting?.seconds ?? null);
  if (waiting === null || left === 0) return null;
  return (
    <div className="banner banner-wait" role="status" data-testid="cloud-wait-banner">
      <strong>
        {waiting.reason === 'rate-limited'
          ? t('ui.banner.cloud-wait.rate-limited')
          : t('ui.banner.cloud-wait.retrying')}
      </strong>{' '}
      {t('ui.banner.cloud-wait.again', { operation: waiting.operation, seconds: left })}
    </div>
  );
}

/** Simulation, lost-connection and cloud-wait notices: what an operator must never miss. */
export function StatusBanners() {
  const t = useT();
  const simulated = useAppState((state) => state.info?.simulated === true);
  const connection = useAppState((state) => state.connection);
  return (
    <>
      <CloudWaitBanner />
      {connection === 'lost' && (
        <div className="banner banner-danger" role="alert">
          <strong>{t('ui.banner.lost.title')}</strong>{' '}
          {t.rich(
            'ui.banner.lost.text',
            { command: DEMO_COMMAND },
            { command: <code>{DEMO_COMMAND}</code> },
          )}
        </div>
      )}
      {simulated && (
        <div className="banner banner-sim" role="note" data-testid="simulation-banner">
          <strong>{t('ui.banner.simulation.title')}</strong> {t('ui.banner.simulation.text')}
        </div>
      )}
    </>
  );
}
