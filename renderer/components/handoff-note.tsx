import { useT } from '../i18n/use-t';
import { useAppState } from '../store/store-context';

/** A returned unit carried into the wizard: which device, and who it is being set up for. */
export function HandoffNote() {
  const t = useT();
  const handoff = useAppState((state) => state.handoff);
  if (handoff === null) return null;
  const deviceId = <span className="mono">{handoff.deviceId}</span>;
  return (
    <p className="note note-info" data-testid="handoff-note">
      {handoff.owner === null
        ? t.rich('ui.handoff.sign-in', { deviceId: handoff.deviceId }, { deviceId })
        : t.rich(
            'ui.handoff.owner',
            { deviceId: handoff.deviceId, owner: handoff.owner },
            { deviceId },
          )}
    </p>
  );
}
