import { ValidateBy } from 'class-validator';
import { isIP } from 'node:net';

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** One entry as Express's `trust proxy` takes it: a named range, an address, or address/prefix. */
function isProxyEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) >= 1 && Number(prefix) <= (version === 4 ? 32 : 128);
}

/** Validates TRUST_PROXY: `none` or proxy entries, comma-separated (never `true` or a hop count: those believe any client). */
export function IsTrustProxy() {
  return ValidateBy({
    name: 'isTrustProxy',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && (value === 'none' || value.split(',').every((e) => isProxyEntry(e.trim()))),
      defaultMessage: () => 'must be "none" or a comma-separated list of IP addresses, CIDR ranges, loopback, linklocal or uniquelocal',
    },
  });
}

/** The proxies of a valid TRUST_PROXY value, for Express's `trust proxy` setting (empty: trust nobody). */
export function trustedProxies(value: string): string[] {
  return value === 'none' ? [] : value.split(',').map((e) => e.trim());
}
