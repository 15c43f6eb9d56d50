import { m, type Message } from '../../shared/i18n';
import type { PhaseState, PhaseStatus } from '../../shared/provisioning';
import { useT } from '../i18n/use-t';

const statusWords: Readonly<Record<PhaseStatus, Message>> = {
  pending: m('ui.checklist.status.pending'),
  active: m('ui.checklist.status.active'),
  done: m('ui.checklist.status.done'),
  failed: m('ui.checklist.status.failed'),
  skipped: m('ui.checklist.status.skipped'),
};

/** The run's phases as a live checklist, with the time each took. */
export function PhaseChecklist({ phases }: { phases: readonly PhaseState[] }) {
  const t = useT();
  return (
    <ol className="phase-list" aria-label={t('ui.checklist.label')}>
      {phases.map((phase) => (
        <li
          key={phase.phase}
          className={`phase phase-${phase.status}`}
          aria-current={phase.status === 'active' ? 'step' : undefined}
        >
          <span className="phase-icon" aria-hidden="true" />
          <span className="phase-text">
            <span className="phase-label">
              {t.msg(phase.label)}{' '}
              <span className="visually-hidden">
                {t('ui.checklist.status', { status: statusWords[phase.status] })}
              </span>
            </span>
            {phase.detail !== null && <span className="phase-detail">{t.msg(phase.detail)}</span>}
          </span>
          <span className="phase-time">
            {phase.ms === null ? '' : t('ui.duration.seconds', { seconds: phase.ms / 1000 })}
          </span>
        </li>
      ))}
    </ol>
  );
}
