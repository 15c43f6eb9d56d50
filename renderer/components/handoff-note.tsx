import { useAppState } from '../store/store-context';

/** A returned unit carried into the wizard: which device, and who it is being set up for. */
export function HandoffNote() {
  const handoff = useAppState((state) => state.handoff);
  if (handoff === null) return null;
  return (
    <p className="note note-info" data-testid="handoff-note">
      Returned unit <span className="mono">{handoff.deviceId}</span>:{' '}
      {handoff.owner === null
        ? 'sign in with its next owner’s account below.'
        : `setting it up for its next owner, ${handoff.owner}.`}{' '}
      Its id is filled in on Find device.
    </p>
  );
}
