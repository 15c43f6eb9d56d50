// The web host's per-start token, for the WebSocket. It arrives in the address's fragment
// ("#session=…", which no server ever sees), is kept in this tab's sessionStorage (scoped to
// this origin, port included, so it survives a reload but no other server reads it) and is then
// removed from the address bar.
import { SESSION_FRAGMENT_KEY } from '../shared/web-protocol';

const STORAGE_KEY = 'photon-setup.session';

export function takeSessionToken(
  location: Location,
  history: History,
  storage: Storage,
): string | null {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fromAddress = fragment.get(SESSION_FRAGMENT_KEY);
  if (fromAddress !== null && fromAddress !== '') {
    storage.setItem(STORAGE_KEY, fromAddress);
    history.replaceState(history.state, '', location.pathname + location.search);
    return fromAddress;
  }
  return storage.getItem(STORAGE_KEY);
}
