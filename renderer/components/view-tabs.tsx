import { m, type Message } from '../../shared/i18n';
import { useT } from '../i18n/use-t';
import type { View } from '../store/state';
import { useAppState } from '../store/store-context';

const views: ReadonlyArray<[View, Message]> = [
  ['setup', m('ui.tabs.setup')],
  ['station', m('ui.tabs.station')],
  ['returns', m('ui.tabs.returns')],
  ['history', m('ui.tabs.history')],
  ['settings', m('ui.tabs.settings')],
];

export function ViewTabs() {
  const t = useT();
  const view = useAppState((state) => state.view);
  const showView = useAppState((state) => state.showView);
  return (
    <nav className="view-tabs" aria-label={t('ui.tabs.label')}>
      {views.map(([id, label]) => (
        <button
          key={id}
          type="button"
          className={`view-tab${view === id ? ' view-tab-on' : ''}`}
          aria-current={view === id ? 'page' : undefined}
          onClick={() => showView(id)}
        >
          {t.msg(label)}
        </button>
      ))}
    </nav>
  );
}
