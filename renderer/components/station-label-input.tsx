import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FIELD_LIMITS } from '../../shared/limits';
import type { StationState } from '../../shared/station';

/**
 * Where a USB barcode or data-matrix scanner types: it keeps the focus while the station runs,
 * and a scan ends with Enter. The id is checked here by the core and again against the device.
 */
export function StationLabelInput({
  station,
  error,
  onScan,
  focusKey,
}: {
  station: StationState;
  error: string | null;
  onScan(label: string): Promise<boolean>;
  /** Changes whenever the field should take the focus back (a question was answered). */
  focusKey: number;
}) {
  const [value, setValue] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const asking = station.question !== null;
  useEffect(() => {
    if (!asking) field.current?.focus();
  }, [asking, focusKey, station.waitingFor]);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (value.trim() === '') return;
    if (await onScan(value)) setValue('');
  };
  const required = station.config?.requireLabel === true;
  return (
    <form className="station-label" onSubmit={(event) => void submit(event)}>
      <label htmlFor="station-label-field">
        {required ? 'Label of the next unit (scan it)' : 'Label (optional: scan to check the next unit)'}
      </label>
      <div className="station-label-row">
        <input
          id="station-label-field"
          ref={field}
          value={value}
          maxLength={FIELD_LIMITS.stationLabel}
          onChange={(event) => setValue(event.target.value)}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error !== null ? true : undefined}
          aria-describedby="station-label-state"
          className="mono"
          placeholder="24 characters, 0-9 and a-f"
        />
        <button type="submit" className="button-secondary">
          Use label
        </button>
      </div>
      <p id="station-label-state" className={error === null ? 'field-hint' : 'field-error'}>
        {error ??
          (station.pendingLabel === null
            ? required
              ? 'Waiting for a scan.'
              : 'No label: units are set up as they appear.'
            : `Next unit: label ${station.pendingLabel}. It must match the device's own id.`)}
      </p>
    </form>
  );
}
