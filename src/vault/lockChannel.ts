/**
 * Cross-tab messages about the vault: lock, wipe and "a vault now exists". Carries no data at all,
 * only the message type, so nothing sensitive crosses between tabs.
 */

export type VaultMessage = { type: 'lock' } | { type: 'wipe' } | { type: 'created' };
const CHANNEL_NAME = 'polku-vault';

let channel: BroadcastChannel | undefined;
const handlers = new Set<(message: VaultMessage) => void>();

function isVaultMessage(data: unknown): data is VaultMessage {
  const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
  return type === 'lock' || type === 'wipe' || type === 'created';
}

function ensureChannel(): BroadcastChannel | undefined {
  if (channel || typeof BroadcastChannel !== 'function') return channel;
  channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent) => {
    if (!isVaultMessage(event.data)) return;
    for (const handler of [...handlers]) handler(event.data);
  };
  return channel;
}

export function postVaultMessage(message: VaultMessage): void {
  try {
    ensureChannel()?.postMessage(message);
  } catch {
    // A closed channel (page unloading) cannot post; the other tabs lock on their own triggers.
  }
}

export function onVaultMessage(handler: (message: VaultMessage) => void): () => void {
  ensureChannel();
  handlers.add(handler);
  return () => handlers.delete(handler);
}

/** For tests: closes the channel so a process can exit. */
export function closeVaultChannel(): void {
  channel?.close();
  channel = undefined;
}
