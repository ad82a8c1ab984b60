import { fromHex, verifyConsistency } from './merkle.js';
import { headFingerprint, verifyHeadSignature, type TreeHead } from './tree-head.js';

/** A list of heads as the service publishes it (GET /api/v1/public/tree-heads/{countyId}), or as kept. */
export interface HeadsDocument {
  countyId: number;
  keys?: { keyId: string; publicKey: string }[];
  latest?: TreeHead | null;
  items: TreeHead[];
}

export interface HeadsCheckLine {
  head: { treeSize: number; signedAt: string; fingerprint: string };
  ok: boolean;
  message: string;
}

export interface HeadsCheck {
  ok: boolean;
  countyId: number;
  /** The service's latest head the kept ones were checked against. */
  current: { treeSize: number; signedAt: string; fingerprint: string } | null;
  lines: HeadsCheckLine[];
}

/** Reads JSON from the service: a path under its origin (`/api/v1/public/…`). */
export type FetchJson = (path: string) => Promise<unknown>;

/**
 * Checks heads someone kept (a township, a 纪检 office) against the service as it is now: each kept
 * head is signed by a key of the county (the kept keys first, then those the service lists), no
 * two kept heads of one size disagree, and the service proves (RFC 9162 consistency) that its
 * latest head extends every kept head. A history rewritten after a head was kept, or a database
 * restored from an older backup, fails here whatever the service now signs.
 */
export async function checkHeads(kept: HeadsDocument, fetchJson: FetchJson): Promise<HeadsCheck> {
  const countyId = kept.countyId;
  const served = (await fetchJson(`/api/v1/public/tree-heads/${countyId}?limit=1`)) as HeadsDocument;
  const keys = new Map<string, string>();
  for (const k of served.keys ?? []) keys.set(k.keyId, k.publicKey);
  for (const k of kept.keys ?? []) keys.set(k.keyId, k.publicKey);
  const signed = (h: TreeHead) => keys.has(h.keyId) && verifyHeadSignature(h, keys.get(h.keyId)!);
  const latest = served.latest ?? null;
  const lines: HeadsCheckLine[] = [];
  const heads = uniqueHeads([...(kept.latest ? [kept.latest] : []), ...kept.items]).sort((a, b) => a.treeSize - b.treeSize);
  const ref = (h: TreeHead) => ({ treeSize: h.treeSize, signedAt: h.signedAt, fingerprint: headFingerprint(h) });
  if (!latest || !signed(latest)) {
    return {
      ok: false,
      countyId,
      current: latest ? ref(latest) : null,
      lines: [
        {
          head: latest ? ref(latest) : { treeSize: 0, signedAt: '', fingerprint: '' },
          ok: false,
          message: "the service's latest head is missing or not signed by a key of the county",
        },
      ],
    };
  }
  const bySize = new Map<number, TreeHead>();
  for (const h of heads) {
    const name = `head ${headFingerprint(h)} (size ${h.treeSize}, signed ${h.signedAt})`;
    if (h.countyId !== countyId) {
      lines.push({ head: ref(h), ok: false, message: `${name} is of county ${h.countyId}, not ${countyId}` });
      continue;
    }
    if (!signed(h)) {
      lines.push({ head: ref(h), ok: false, message: `${name} is not signed by a key of the county` });
      continue;
    }
    const twin = bySize.get(h.treeSize);
    if (twin && twin.rootHash !== h.rootHash) {
      lines.push({
        head: ref(h),
        ok: false,
        message: `${name} and head ${headFingerprint(twin)} have the same size and different roots: the log was forked`,
      });
      continue;
    }
    bySize.set(h.treeSize, h);
    if (h.treeSize > latest.treeSize) {
      lines.push({
        head: ref(h),
        ok: false,
        message: `${name} covers ${h.treeSize} leaves but the service's latest head only ${latest.treeSize}: history was lost or restored from an older backup`,
      });
      continue;
    }
    let consistent: boolean;
    try {
      const proof = (await fetchJson(
        `/api/v1/public/proofs/consistency?countyId=${countyId}&from=${h.treeSize}&to=${latest.treeSize}`,
      )) as {
        proof: string[];
      };
      consistent = verifyConsistency(h.treeSize, latest.treeSize, fromHex(h.rootHash), fromHex(latest.rootHash), proof.proof.map(fromHex));
    } catch {
      consistent = false;
    }
    lines.push(
      consistent
        ? { head: ref(h), ok: true, message: `${name} is a prefix of the current log (size ${latest.treeSize})` }
        : {
            head: ref(h),
            ok: false,
            message: `${name} is not consistent with the current head (size ${latest.treeSize}): history before it was rewritten`,
          },
    );
  }
  return { ok: lines.every((l) => l.ok), countyId, current: ref(latest), lines };
}

function uniqueHeads(heads: TreeHead[]): TreeHead[] {
  const seen = new Set<string>();
  return heads.filter((h) => {
    const key = `${h.treeSize}:${h.rootHash}:${h.signedAt}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
