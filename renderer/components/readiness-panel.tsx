import type { CheckStatus } from '../../shared/contract';
import { useAppState } from '../store/store-context';

const statusWords: Record<CheckStatus, string> = {
  ok: 'Ready',
  warn: 'Check',
  fail: 'Needs attention',
};
const statusIcons: Record<CheckStatus, string> = { ok: '✓', warn: '!', fail: '✕' };

export function ReadinessPanel() {
  const readiness = useAppState((state) => state.readiness);
  const error = useAppState((state) => state.readinessError);
  const checking = useAppState((state) => state.checking);
  const recheck = useAppState((state) => state.recheck);
  const act = useAppState((state) => state.actOnReadiness);

  return (
    <section
      className="card readiness"
      aria-labelledby="readiness-title"
      data-testid="readiness-panel"
    >
      <div className="card-heading">
        <div>
          <h2 id="readiness-title">Before you start</h2>
          <p className="muted">
            {readiness === null
              ? 'Checking this computer…'
              : readiness.ready
                ? 'This computer is ready to set up devices.'
                : 'Fix the items marked below before the first device.'}
          </p>
        </div>
        <button
          type="button"
          className="button-secondary"
          onClick={() => void recheck()}
          disabled={checking}
        >
          {checking ? 'Checking…' : 'Check again'}
        </button>
      </div>
      {error !== null && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      {readiness !== null && (
        <ul className="checks">
          {readiness.items.map((item) => (
            <li
              key={item.id}
              className={`check check-${item.status}`}
              data-testid={`check-${item.id}`}
            >
              <span className="check-icon" aria-hidden="true">
                {statusIcons[item.status]}
              </span>
              <div className="check-body">
                <p className="check-label">
                  {item.label} <span className="check-status">{statusWords[item.status]}</span>
                </p>
                <p className="check-detail">{item.detail}</p>
                {item.fix !== undefined && <p className="check-fix">What to do: {item.fix}</p>}
                {item.action !== undefined && (
                  <button
                    type="button"
                    className="button-secondary check-action"
                    onClick={() => void act(item.action!.id)}
                    disabled={checking}
                  >
                    {item.action.label}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
