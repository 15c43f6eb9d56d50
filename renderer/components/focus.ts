// Where keyboard focus goes when the screen changes under the operator: to the new screen's
// first control marked data-autofocus, or else its heading, never left on <body>.
import { useEffect, useRef, type RefObject } from 'react';

const AUTOFOCUS = '[data-autofocus]';

function focusInside(container: HTMLElement): void {
  const target =
    container.querySelector<HTMLElement>(AUTOFOCUS) ??
    container.querySelector<HTMLElement>('h2, h3');
  if (target === null) return;
  if (
    !target.matches('button, input, select, textarea, a[href]') &&
    !target.hasAttribute('tabindex')
  )
    target.setAttribute('tabindex', '-1');
  target.focus();
}

/** Moves focus into `container` whenever `key` changes (not on the first render). */
export function useFocusOnChange(key: string, container: RefObject<HTMLElement | null>): void {
  const seen = useRef(key);
  useEffect(() => {
    if (seen.current === key) return;
    seen.current = key;
    if (container.current !== null) focusInside(container.current);
  }, [key, container]);
}

/** Moves focus into `container` once, when it appears (a card the operator must act on next). */
export function useFocusOnMount(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (container.current !== null) focusInside(container.current);
  }, [container]);
}
