import { useT } from '../i18n/use-t';
import { useAppState } from '../store/store-context';

/** A returned unit carried into the wizard: which device, and who it is being set up for. */
export function HandoffNote() {
  const t = useT();
  const handoff = useAppState((state) => state.handoff);
  // The account as it is now: signing in as the next owner names them here at once.
  const owner = useAppState((state) => state.account?.owner ?? null);
  if (handoff === null) return null;
  const deviceId = <span className="mono">{handoff.deviceId}</span>;
  return (
    <p className="note note-info" data-testid="handoff-note">
      {owner === null
        ? t.rich('ui.handoff.sign-in', { deviceId: handoff.deviceId }, { deviceId })
        : t.rich('ui.handoff.owner', { deviceId: handoff.deviceId, owner }, { deviceId })}
    </p>
  );
}
