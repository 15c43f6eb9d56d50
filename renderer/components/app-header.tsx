import { useT } from '../i18n/use-t';
import { useAppState } from '../store/store-context';
import { ProductMark } from './product-mark';
import { ViewTabs } from './view-tabs';

export function AppHeader() {
  const t = useT();
  const info = useAppState((state) => state.info);
  const infoError = useAppState((state) => state.infoError);
  return (
    <header className="app-header">
      <div className="brand">
        <ProductMark />
        <div>
          <h1 className="brand-name">{info?.name ?? t('ui.header.name')}</h1>
          <p className="brand-tagline">{t('ui.header.tagline')}</p>
        </div>
      </div>
      <ViewTabs />
      <dl className="host-facts" aria-label={t('ui.header.facts')}>
        {info !== null && (
          <>
            <div>
              <dt>{t('ui.header.version')}</dt>
              <dd data-testid="app-version">{info.version}</dd>
            </div>
            <div>
              <dt>{t('ui.header.host')}</dt>
              <dd data-testid="app-host">
                {info.host === 'desktop' ? t('ui.header.host.desktop') : t('ui.header.host.web')}
              </dd>
            </div>
            <div>
              <dt>{t('ui.header.mode')}</dt>
              <dd data-testid="app-mode">
                {info.simulated ? t('ui.header.mode.simulated') : t('ui.header.mode.real')}
              </dd>
            </div>
          </>
        )}
        {infoError !== null && <p className="inline-error">{t.msg(infoError)}</p>}
      </dl>
    </header>
  );
}
