import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { AppState } from './app-store';

export const AppStoreContext = createContext<StoreApi<AppState> | null>(null);

export function useAppState<T>(selector: (state: AppState) => T): T {
  const store = useContext(AppStoreContext);
  if (store === null) throw new Error('useAppState is used outside <AppStoreContext.Provider>');
  return useStore(store, selector);
}
