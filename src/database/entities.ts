import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Household } from '../households/household.entity.js';
import { HouseholdImport } from '../households/household-import.entity.js';
import { HouseholdMember } from '../households/household-member.entity.js';
import { Region } from '../regions/region.entity.js';
import { Device } from '../stores/device.entity.js';
import { Store } from '../stores/store.entity.js';
import { User } from '../users/user.entity.js';

/** Every entity of the schema; the data source and the drift check both use this list. */
export const ENTITIES = [Region, User, Household, HouseholdMember, HouseholdImport, Store, Device, AuditEntry];
