import { useSyncExternalStore } from 'react';
import { getVaultStatus, subscribeVaultStatus, type VaultStatus } from '../vault/vaultState';

export function useVaultStatus(): VaultStatus {
  return useSyncExternalStore(subscribeVaultStatus, getVaultStatus, getVaultStatus);
}
