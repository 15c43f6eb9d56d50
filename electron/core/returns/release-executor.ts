// Runs a confirmed plan one step at a time: stop at the first failure, record every step in the
// audit log, and on a re-run skip what is already done (checked against the cloud, not assumed).
import { m, formatMessage, type Message } from '../../../shared/i18n';
import type {
  ReleasedState,
  ReleasePlan,
  ReleaseReport,
  ReleaseStep,
  ReleaseStepId,
} from '../../../shared/returns';
import { CloudError } from '../cloud';
import { OperatorError } from '../runtime';
import { lookupDevice } from './lookup-device';
import type { ReturnsContext } from './returns-context';

export type StepListener = (plan: ReleasePlan) => void;

/**
 * An action's detail, twice: in English (`detail`, one stable text for the CSV and for scripts)
 * and as the sentence itself (`detailText`), so History shows it in the window's language (the
 * log leaves out one beyond its bounds).
 */
const detailOf = (text: Message, prefix = ''): { detail: string; detailText: Message } => ({
  detail: `${prefix}${formatMessage('en', text)}`,
  detailText: text,
});

const failureSentence = (error: unknown): Message =>
  error instanceof OperatorError ? error.text : m('returns.step.unexpected');

async function alreadyDone(
  context: ReturnsContext,
  plan: ReleasePlan,
  step: ReleaseStep,
): Promise<boolean> {
  if (step.state === 'done' || step.state === 'already-done') return true;
  const now = await lookupDevice(context, plan.deviceId);
  const inProduct =
    now.product !== null && plan.product !== null && now.product.id === plan.product.id;
  switch (step.id) {
    case 'release-from-owner':
      return now.visible && now.owner.kind === 'none';
    case 'remove-from-product':
      // Once removed (and not yet re-added) the device is no longer in the product.
      return (
        !inProduct &&
        !plan.steps.some((other) => other.id === 're-add-to-product' && other.state === 'done')
      );
    case 're-add-to-product':
      return (
        inProduct &&
        plan.steps.every(
          (other) =>
            other.id !== 'remove-from-product' ||
            other.state === 'done' ||
            other.state === 'already-done',
        )
      );
    case 'unclaim-developer':
      return !now.visible || now.owner.kind !== 'user' || !now.owner.isSignedInUser;
  }
}

/**
 * Where a complete plan left the device: nobody owns it, and it is in the product unless it was
 * removed (and not re-added). Said from the steps, because a lookup right after may be blind to
 * it (an unclaimed developer device is no longer visible to that developer).
 */
function leftAs(plan: ReleasePlan): ReleasedState {
  const ran = (id: ReleaseStepId): boolean =>
    plan.steps.some(
      (step) => step.id === id && (step.state === 'done' || step.state === 'already-done'),
    );
  const inProduct = !ran('remove-from-product') || ran('re-add-to-product');
  return { owner: 'none', product: inProduct ? plan.product : null };
}

async function runStep(
  context: ReturnsContext,
  plan: ReleasePlan,
  step: ReleaseStep,
): Promise<void> {
  const token = await context.account.token();
  const product = plan.product;
  switch (step.id) {
    case 'release-from-owner':
      if (product === null) throw new OperatorError(m('returns.no-product'));
      await context.cloud.unclaimProductDevice(token, product.id, plan.deviceId);
      return;
    case 'remove-from-product':
      if (product === null) throw new OperatorError(m('returns.no-product'));
      await context.cloud.removeProductDevice(token, product.id, plan.deviceId);
      return;
    case 're-add-to-product': {
      if (product === null) throw new OperatorError(m('returns.no-product'));
      const result = await context.cloud.importDevices(token, product.id, [plan.deviceId]);
      if (
        result.updatedDeviceIds.length === 0 &&
        result.existingDeviceIds.length === 0 &&
        result.updated === 0
      )
        throw new OperatorError(
          result.nonmemberDeviceIds.length > 0
            ? m('returns.re-add.other-account')
            : m('returns.re-add.refused'),
        );
      return;
    }
    case 'unclaim-developer':
      await context.cloud.unclaimDevice(token, plan.deviceId);
      return;
  }
}

export async function executeReleasePlan(
  context: ReturnsContext,
  plan: ReleasePlan,
  onChange: StepListener = () => undefined,
): Promise<ReleaseReport> {
  if (plan.refusal !== null) throw new OperatorError(plan.refusal);
  const record = (
    step: ReleaseStep,
    result: 'done' | 'skipped' | 'failed',
    detail: { detail: string; detailText?: Message },
  ): void =>
    context.audit.append({
      type: 'action',
      id: context.newId(),
      at: context.now().toISOString(),
      station: context.who.station,
      operator: context.who.operator,
      deviceId: plan.deviceId,
      step: step.id,
      result,
      ...detail,
      appVersion: context.appVersion,
      simulated: context.simulated,
    });

  for (const step of plan.steps) {
    if (step.state === 'done' || step.state === 'already-done') continue;
    try {
      if (await alreadyDone(context, plan, step)) {
        step.state = 'already-done';
        step.error = null;
        record(step, 'skipped', detailOf(m('returns.audit.already-done')));
        onChange(plan);
        continue;
      }
      await runStep(context, plan, step);
      step.state = 'done';
      step.error = null;
      record(step, 'done', detailOf(step.title));
      onChange(plan);
    } catch (error) {
      step.state = 'failed';
      step.error = failureSentence(error);
      // The CSV's detail leads with the cloud's problem code; the sentence says it in words.
      record(
        step,
        'failed',
        detailOf(step.error, error instanceof CloudError ? `${error.kind}: ` : ''),
      );
      for (const later of plan.steps.slice(plan.steps.indexOf(step) + 1)) later.state = 'not-run';
      onChange(plan);
      const ran = plan.steps
        .filter((other) => other.state === 'done' || other.state === 'already-done')
        .map((other) => other.title);
      return {
        plan,
        complete: false,
        summary:
          ran.length === 0
            ? m('returns.summary.stopped', { step: step.title, error: step.error })
            : m('returns.summary.stopped-after', { step: step.title, error: step.error, ran }),
        leftAs: null,
      };
    }
  }
  return {
    plan,
    complete: true,
    summary: m('returns.summary.released', {
      deviceId: plan.deviceId,
      steps: plan.steps.map((step) =>
        step.state === 'already-done'
          ? m('returns.step.was-done', { title: step.title })
          : step.title,
      ),
    }),
    leftAs: leftAs(plan),
  };
}
