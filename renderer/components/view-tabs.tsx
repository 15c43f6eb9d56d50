import type { View } from '../store/state';
import { useAppState } from '../store/store-context';

const views: ReadonlyArray<[View, string]> = [
  ['setup', 'Setup'],
  ['station', 'Station'],
  ['returns', 'Returned units'],
  ['history', 'History'],
  ['settings', 'Settings'],
];

export function ViewTabs() {
  const view = useAppState((state) => state.view);
  const showView = useAppState((state) => state.showView);
  return (
    <nav className="view-tabs" aria-label="Sections">
      {views.map(([id, label]) => (
        <button
          key={id}
          type="button"
          className={`view-tab${view === id ? ' view-tab-on' : ''}`}
          aria-current={view === id ? 'page' : undefined}
          onClick={() => showView(id)}
        >
          {label}
        </button>
      ))}
    </nav>
  );
}
