import { useId, useState, type InputHTMLAttributes } from 'react';

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
  error?: string | null | undefined;
}

export function TextField({ label, value, onChange, hint, error, ...input }: FieldProps) {
  const id = useId();
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
          {error}
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
        aria-label={`${revealed ? 'Hide' : 'Show'} ${props.label.toLowerCase()}`}
        onClick={() => setRevealed((value) => !value)}
      >
        {revealed ? 'Hide' : 'Show'}
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

export function FormError({ message }: { message: string | null }) {
  if (message === null) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
