import { useId, useState, type InputHTMLAttributes } from 'react';
import type { Message } from '../../shared/i18n';
import { useT, type Translate } from '../i18n/use-t';

/** A problem to show: a Message (the core's, or a schema's), said in this window's language. */
export type Problem = Message;

const words = (t: Translate, problem: Problem): string => t.msg(problem);

interface FieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'onChange' | 'value' | 'maxLength'
> {
  label: string;
  /** Required: the contract schema's limit for this value (shared/limits.ts). */
  maxLength: number;
  value: string;
  onChange(value: string): void;
  /** Shown under the field, linked for screen readers. */
  hint?: string | undefined;
  /** The problem with this field, in plain words; the field is marked invalid. */
  error?: Problem | null | undefined;
}

export function TextField({ label, value, onChange, hint, error, ...input }: FieldProps) {
  const id = useId();
  const t = useT();
  const described = [hint === undefined ? null : `${id}-hint`, error ? `${id}-error` : null]
    .filter((part) => part !== null)
    .join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described.length > 0 ? described : undefined}
        {...input}
      />
      {hint !== undefined && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {words(t, error)}
        </p>
      )}
    </div>
  );
}

/**
 * A secret: masked, with a reveal toggle while it is being typed. Once submitted the value
 * leaves the renderer and is never shown again (the core only says a secret is stored).
 */
export function SecretField(props: FieldProps) {
  const [revealed, setRevealed] = useState(false);
  const t = useT();
  return (
    <div className="secret-field">
      <TextField
        {...props}
        type={revealed ? 'text' : 'password'}
        autoComplete="off"
        spellCheck={false}
      />
      <button
        type="button"
        className="reveal-toggle"
        aria-pressed={revealed}
        aria-label={
          revealed
            ? t('ui.field.hide-secret', { field: props.label })
            : t('ui.field.show-secret', { field: props.label })
        }
        onClick={() => setRevealed((value) => !value)}
      >
        {revealed ? t('ui.field.hide') : t('ui.field.show')}
      </button>
    </div>
  );
}

export function Checkbox({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange(value: boolean): void;
}) {
  const id = useId();
  return (
    <div className="checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export function FormError({ message }: { message: Problem | null | undefined }) {
  const t = useT();
  if (message === null || message === undefined) return null;
  return (
    <p className="form-error" role="alert">
      {words(t, message)}
    </p>
  );
}
