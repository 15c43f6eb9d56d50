import { useT } from '../i18n/use-t';
import { selectPrefix } from '../store/prefix';
import { useAppState, useCurrentStep } from '../store/store-context';
import { wizardSteps } from './wizard-steps';

/** The current step's heading and what it will do; the step's own controls sit below it. */
export function StepIntro() {
  const t = useT();
  const current = useCurrentStep();
  const prefix = useAppState(selectPrefix);
  const index = wizardSteps.findIndex((step) => step.id === current);
  const step = wizardSteps[index];
  if (step === undefined) return null;
  return (
    <header className="step-intro">
      <h2 id="step-title" tabIndex={-1}>
        <span className="eyebrow">
          {t('ui.step.of', { step: index + 1, steps: wizardSteps.length })}
        </span>{' '}
        {t.msg(step.title)}
      </h2>
      <p className="muted">{t.msg(step.summary(prefix))}</p>
    </header>
  );
}
