import { useId, useState } from 'react';
import type { CheckStatus } from '../../shared/contract';
import { m, type Message } from '../../shared/i18n';
import { useT } from '../i18n/use-t';
import { useAppState } from '../store/store-context';

const statusWords: Readonly<Record<CheckStatus, Message>> = {
  ok: m('ui.readiness.status.ok'),
  warn: m('ui.readiness.status.warn'),
  fail: m('ui.readiness.status.fail'),
};
const statusIcons: Record<CheckStatus, string> = { ok: '✓', warn: '!', fail: '✕' };

/**
 * "Before you start": what the core found on this computer, item by item, whatever items it
 * sends. Once every item is green it folds to one line, so it never pushes the step's own
 * controls off the screen; anything to fix keeps it open.
 */
export function ReadinessPanel() {
  const t = useT();
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
            {t('ui.readiness.title')}
          </h2>
          <p className="muted">
            {readiness === null
              ? t('ui.readiness.checking')
              : readiness.ready
                ? t('ui.readiness.ready')
                : t('ui.readiness.not-ready')}
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
              {open ? t('ui.readiness.hide') : t('ui.readiness.show')}
            </button>
          )}
          <button
            type="button"
            className="button-secondary"
            onClick={() => void recheck()}
            disabled={request.busy}
          >
            {request.busy ? t('ui.readiness.rechecking') : t('ui.readiness.recheck')}
          </button>
        </div>
      </div>
      {request.error !== null && (
        <p className="inline-error" role="alert">
          {t.msg(request.error)}
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
                  {t.msg(item.label)}{' '}
                  <span className="check-status">{t.msg(statusWords[item.status])}</span>
                </p>
                <p className="check-detail">{t.msg(item.detail)}</p>
                {item.fix !== undefined && (
                  <p className="check-fix">{t('ui.readiness.fix', { fix: item.fix })}</p>
                )}
                {item.action !== undefined && (
                  <button
                    type="button"
                    className="button-secondary check-action"
                    onClick={() => void act(item.action!.id)}
                    disabled={request.busy}
                  >
                    {t.msg(item.action.label)}
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
