/**
 * Reads a Chromium net log (--log-net-log) and lists every network act that went to anything but
 * the local test server: DNS jobs, TCP connect attempts and UDP sends. Playwright's request events
 * do not see the browser's own traffic; the net log does.
 */
import { readFileSync } from 'node:fs';

type NetLogEvent = { type: number; params?: Record<string, unknown> };
type NetLog = { constants: { logEventTypes: Record<string, number> }; events: NetLogEvent[] };

export type ForeignAct = { event: string; target: string };

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
/**
 * UDP_CONNECT is left out on purpose: Chromium connect()s a UDP socket to a public IPv6 address to
 * learn whether IPv6 is routable, which sends no packet. Any UDP packet actually sent is counted.
 */
const WATCHED = ['TCP_CONNECT_ATTEMPT', 'UDP_BYTES_SENT', 'HOST_RESOLVER_MANAGER_JOB'];

/** Chromium may leave the file without its closing brackets when it is killed; repair that. */
function parse(text: string): NetLog {
  try {
    return JSON.parse(text) as NetLog;
  } catch {
    const trimmed = text.trimEnd().replace(/,$/, '');
    return JSON.parse(`${trimmed}]}`) as NetLog;
  }
}

function hostOf(target: string): string {
  if (target.startsWith('[')) return target.slice(0, target.indexOf(']') + 1);
  return target.includes(':') && target.split(':').length === 2 ? (target.split(':')[0] ?? target) : target;
}

export function foreignNetworkActs(file: string, allowedPorts: readonly number[]): ForeignAct[] {
  const log = parse(readFileSync(file, 'utf8'));
  const names = new Map(Object.entries(log.constants.logEventTypes).map(([name, id]) => [id, name]));
  const acts: ForeignAct[] = [];
  for (const event of log.events) {
    const name = names.get(event.type);
    if (!name || !WATCHED.includes(name) || !event.params) continue;
    if (name === 'UDP_BYTES_SENT') {
      acts.push({ event: name, target: `${String(event.params.byte_count)} bytes` });
      continue;
    }
    const target = String(event.params.address ?? event.params.host ?? '');
    if (!target) continue;
    const host = hostOf(target);
    const port = Number(target.slice(target.lastIndexOf(':') + 1));
    const local = LOCAL_HOSTS.has(host) && (name.startsWith('HOST_RESOLVER') || allowedPorts.includes(port));
    if (!local) acts.push({ event: name, target });
  }
  return acts;
}
