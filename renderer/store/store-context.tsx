import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { currentStep } from './navigation';
import type { AppState } from './state';

export const AppStoreContext = createContext<StoreApi<AppState> | null>(null);

export function useAppState<T>(selector: (state: AppState) => T): T {
  const store = useContext(AppStoreContext);
  if (store === null) throw new Error('useAppState is used outside <AppStoreContext.Provider>');
  return useStore(store, selector);
}

/** The wizard step on screen, derived from the state by the navigation table. */
export const useCurrentStep = () => useAppState(currentStep);
