import { useShallow } from 'zustand/react/shallow';
import { m } from '../../shared/i18n';
import { useT } from '../i18n/use-t';
import { canGoTo } from '../store/navigation';
import { selectPrefix } from '../store/prefix';
import { useAppState, useCurrentStep } from '../store/store-context';
import { wizardSteps } from '../steps/wizard-steps';

const stateWords = {
  done: m('ui.rail.state.done'),
  current: m('ui.rail.state.current'),
  upcoming: m('ui.rail.state.upcoming'),
} as const;

export function StepRail() {
  const t = useT();
  const current = useCurrentStep();
  const goTo = useAppState((state) => state.goTo);
  const prefix = useAppState(selectPrefix);
  // The rail's links follow the navigation table; compared item by item, so a new array of the
  // same answers does not re-render the rail.
  const reachable = useAppState(
    useShallow((state) => wizardSteps.map((step) => canGoTo(step.id, state))),
  );
  const currentIndex = wizardSteps.findIndex((step) => step.id === current);
  return (
    <nav className="step-rail" aria-label={t('ui.rail.label')}>
      <ol>
        {wizardSteps.map((step, index) => {
          const state =
            index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'upcoming';
          const body = (
            <>
              <span className="rail-number" aria-hidden="true">
                {state === 'done' ? '✓' : t.number(index + 1)}
              </span>
              <span className="rail-text">
                <span className="rail-title">
                  {t.msg(step.title)}{' '}
                  <span className="visually-hidden">
                    {t('ui.rail.state', { state: stateWords[state] })}
                  </span>
                </span>
                <span className="rail-hint">{t.msg(step.hint(prefix))}</span>
              </span>
            </>
          );
          return (
            <li
              key={step.id}
              className={`rail-step rail-step-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              {reachable[index] === true ? (
                <button type="button" className="rail-button" onClick={() => goTo(step.id)}>
                  {body}
                </button>
              ) : (
                <span className="rail-static">{body}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
