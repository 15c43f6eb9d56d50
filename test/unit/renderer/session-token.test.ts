import { describe, expect, it } from 'vitest';
import { takeSessionToken } from '../../../renderer/session-token';

function fakeTab(href: string) {
  let url = new URL(href);
  const items = new Map<string, string>();
  const location = {
    get hash() {
      return url.hash;
    },
    get pathname() {
      return url.pathname;
    },
    get search() {
      return url.search;
    },
  } as Location;
  const history = {
    state: null,
    replaceState: (_state: unknown, _title: string, next: string) => {
      url = new URL(next, url);
    },
  } as unknown as History;
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  } as Storage;
  return {
    location,
    history,
    storage,
    href: () => url.href,
    navigate: (to: string) => (url = new URL(to, url)),
  };
}

describe('takeSessionToken', () => {
  it('takes the token from the fragment, keeps it for a reload and clears the address bar', () => {
    const tab = fakeTab('http://127.0.0.1:4000/#session=abc_DEF-123');
    expect(takeSessionToken(tab.location, tab.history, tab.storage)).toBe('abc_DEF-123');
    expect(tab.href()).toBe('http://127.0.0.1:4000/');
    // A reload has no fragment any more: the tab's own storage still has it.
    expect(takeSessionToken(tab.location, tab.history, tab.storage)).toBe('abc_DEF-123');
  });

  it('has none in a tab that never opened the printed URL', () => {
    const tab = fakeTab('http://127.0.0.1:4000/');
    expect(takeSessionToken(tab.location, tab.history, tab.storage)).toBeNull();
  });
});
