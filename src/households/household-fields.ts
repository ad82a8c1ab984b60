import { hashPii, maskIdNumber, maskPhone, normalizeIdNumber, normalizePhone } from '../common/pii.js';

/** What is stored of a household's personal data: masks and keyed hashes, never the raw value. */
export interface StoredHouseholdFields {
  headName: string;
  address: string | null;
  phoneMasked: string | null;
  phoneHash: string | null;
}

export interface StoredMemberFields {
  name: string;
  relation: string;
  idNumberMasked: string | null;
  idNumberHash: string | null;
}

export type FieldResult<T> = { ok: true; value: T } | { ok: false; field: string };

/** A personal datum as stored: masked for display and hashed for lookups; both null when absent, null itself when invalid. */
function protect(
  key: string,
  raw: string | null | undefined,
  normalize: (raw: string) => string | null,
  mask: (value: string) => string,
): { masked: string | null; hash: string | null } | null {
  if (!raw) return { masked: null, hash: null };
  const value = normalize(raw);
  return value ? { masked: mask(value), hash: hashPii(key, value) } : null;
}

export function householdFields(
  key: string,
  input: { headName: string; address?: string | null; phone?: string | null },
): FieldResult<StoredHouseholdFields> {
  if (!input.headName.trim()) return { ok: false, field: 'headName' };
  const phone = protect(key, input.phone, normalizePhone, maskPhone);
  if (!phone) return { ok: false, field: 'phone' };
  return {
    ok: true,
    value: { headName: input.headName.trim(), address: input.address?.trim() || null, phoneMasked: phone.masked, phoneHash: phone.hash },
  };
}

export function memberFields(
  key: string,
  input: { name: string; relation: string; idNumber?: string | null },
): FieldResult<StoredMemberFields> {
  if (!input.name.trim()) return { ok: false, field: 'name' };
  if (!input.relation.trim()) return { ok: false, field: 'relation' };
  const id = protect(key, input.idNumber, normalizeIdNumber, maskIdNumber);
  if (!id) return { ok: false, field: 'idNumber' };
  return {
    ok: true,
    value: { name: input.name.trim(), relation: input.relation.trim(), idNumberMasked: id.masked, idNumberHash: id.hash },
  };
}
