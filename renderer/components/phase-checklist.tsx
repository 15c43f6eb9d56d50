import type { PhaseState, PhaseStatus } from '../../shared/provisioning';

const statusWords: Record<PhaseStatus, string> = {
  pending: 'Waiting',
  active: 'In progress',
  done: 'Done',
  failed: 'Failed',
  skipped: 'Skipped',
};

const seconds = (ms: number | null): string => (ms === null ? '' : `${(ms / 1000).toFixed(1)} s`);

/** The run's phases as a live checklist, with the time each took. */
export function PhaseChecklist({ phases }: { phases: readonly PhaseState[] }) {
  return (
    <ol className="phase-list" aria-label="Setup progress">
      {phases.map((phase) => (
        <li
          key={phase.phase}
          className={`phase phase-${phase.status}`}
          aria-current={phase.status === 'active' ? 'step' : undefined}
        >
          <span className="phase-icon" aria-hidden="true" />
          <span className="phase-text">
            <span className="phase-label">
              {phase.label} <span className="visually-hidden">({statusWords[phase.status]})</span>
            </span>
            {phase.detail !== null && <span className="phase-detail">{phase.detail}</span>}
          </span>
          <span className="phase-time">{seconds(phase.ms)}</span>
        </li>
      ))}
    </ol>
  );
}
