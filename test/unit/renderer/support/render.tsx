// The whole window, rendered in the DOM against a fake bridge: tests press what the operator
// presses and read what the operator reads.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect } from 'vitest';
import { cleanup } from '@testing-library/react';
import { App } from '../../../../renderer/app';
import type { Locale } from '../../../../shared/i18n';
import { fakeBridge, memoryStorage, type FakeBridge, type Handlers } from './fake-bridge';

afterEach(() => cleanup());

export async function renderApp(
  handlers: Handlers = {},
  storage = memoryStorage(),
  languageOverride: Locale | null = null,
) {
  const bridge: FakeBridge = fakeBridge(handlers);
  const user = userEvent.setup();
  const view = render(
    <App bridge={bridge} storage={storage} languageOverride={languageOverride} />,
  );
  // Started: the core's own name is shown once app.info answered.
  await waitFor(() => expect(screen.getByTestId('app-version').textContent).toBe('0.1.0'));
  return { bridge, user, storage, ...view };
}

/** The element that has keyboard focus, for focus-move assertions. */
export const focused = (): Element | null => document.activeElement;
