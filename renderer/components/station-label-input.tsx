import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FIELD_LIMITS } from '../../shared/limits';
import type { Message } from '../../shared/i18n';
import type { StationState } from '../../shared/station';
import { useT } from '../i18n/use-t';

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
  error: Message | null;
  onScan(label: string): Promise<boolean>;
  /** Changes whenever the field should take the focus back (a question was answered). */
  focusKey: number;
}) {
  const t = useT();
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
        {required ? t('station.ui.label.required') : t('station.ui.label.optional')}
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
          placeholder={t('station.ui.label.placeholder')}
        />
        <button type="submit" className="button-secondary">
          {t('station.ui.label.use')}
        </button>
      </div>
      <p id="station-label-state" className={error === null ? 'field-hint' : 'field-error'}>
        {error !== null
          ? t.msg(error)
          : station.pendingLabel !== null
            ? t('station.ui.label.next', { label: station.pendingLabel })
            : required
              ? t('station.ui.label.waiting')
              : t('station.ui.label.none')}
      </p>
    </form>
  );
}
