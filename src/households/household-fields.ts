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

export function householdFields(
  key: string,
  input: { headName: string; address?: string | null; phone?: string | null },
): FieldResult<StoredHouseholdFields> {
  if (!input.headName.trim()) return { ok: false, field: 'headName' };
  let phoneMasked: string | null = null;
  let phoneHash: string | null = null;
  if (input.phone) {
    const phone = normalizePhone(input.phone);
    if (!phone) return { ok: false, field: 'phone' };
    phoneMasked = maskPhone(phone);
    phoneHash = hashPii(key, phone);
  }
  return { ok: true, value: { headName: input.headName.trim(), address: input.address?.trim() || null, phoneMasked, phoneHash } };
}

export function memberFields(key: string, input: { name: string; relation: string; idNumber?: string | null }): FieldResult<StoredMemberFields> {
  if (!input.name.trim()) return { ok: false, field: 'name' };
  if (!input.relation.trim()) return { ok: false, field: 'relation' };
  let idNumberMasked: string | null = null;
  let idNumberHash: string | null = null;
  if (input.idNumber) {
    const id = normalizeIdNumber(input.idNumber);
    if (!id) return { ok: false, field: 'idNumber' };
    idNumberMasked = maskIdNumber(id);
    idNumberHash = hashPii(key, id);
  }
  return { ok: true, value: { name: input.name.trim(), relation: input.relation.trim(), idNumberMasked, idNumberHash } };
}
