import { useSyncExternalStore } from 'react';
import { getVaultStatus, subscribeVaultStatus, type VaultStatus } from '../vault/session';

export function useVaultStatus(): VaultStatus {
  return useSyncExternalStore(subscribeVaultStatus, getVaultStatus, getVaultStatus);
}
