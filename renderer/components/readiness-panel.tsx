import { useId, useState } from 'react';
import type { CheckStatus } from '../../shared/contract';
import { useAppState } from '../store/store-context';

const statusWords: Record<CheckStatus, string> = {
  ok: 'Ready',
  warn: 'Check',
  fail: 'Needs attention',
};
const statusIcons: Record<CheckStatus, string> = { ok: '✓', warn: '!', fail: '✕' };

/**
 * "Before you start": what the core found on this computer, item by item, whatever items it
 * sends. Once every item is green it folds to one line, so it never pushes the step's own
 * controls off the screen; anything to fix keeps it open.
 */
export function ReadinessPanel() {
  const readiness = useAppState((state) => state.readiness);
  const request = useAppState((state) => state.requests.readiness);
  const recheck = useAppState((state) => state.recheck);
  const act = useAppState((state) => state.actOnReadiness);
  const [opened, setOpened] = useState(false);
  const listId = useId();
  const allGreen = readiness !== null && readiness.items.every((item) => item.status === 'ok');
  const open = !allGreen || opened;

  return (
    <section
      className={`card readiness${open ? '' : ' readiness-folded'}`}
      aria-labelledby="readiness-title"
      data-testid="readiness-panel"
    >
      <div className="card-heading">
        <div>
          <h2 id="readiness-title">
            {allGreen && (
              <span className="readiness-ok" aria-hidden="true">
                ✓{' '}
              </span>
            )}
            Before you start
          </h2>
          <p className="muted">
            {readiness === null
              ? 'Checking this computer…'
              : readiness.ready
                ? 'This computer is ready to set up devices.'
                : 'Fix the items marked below before the first device.'}
          </p>
        </div>
        <div className="card-heading-actions">
          {allGreen && (
            <button
              type="button"
              className="button-link"
              aria-expanded={open}
              aria-controls={listId}
              onClick={() => setOpened((value) => !value)}
            >
              {open ? 'Hide the checks' : 'Show the checks'}
            </button>
          )}
          <button
            type="button"
            className="button-secondary"
            onClick={() => void recheck()}
            disabled={request.busy}
          >
            {request.busy ? 'Checking…' : 'Check again'}
          </button>
        </div>
      </div>
      {request.error !== null && (
        <p className="inline-error" role="alert">
          {request.error}
        </p>
      )}
      {readiness !== null && open && (
        <ul className="checks" id={listId}>
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
                    disabled={request.busy}
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
