import { AuditEntry } from '../audit/audit-entry.entity.js';
import { SecurityAlarm } from '../auth/security-alarm.entity.js';
import { IdempotencyKey } from '../common/idempotency/idempotency-key.entity.js';
import { Evidence } from '../evidence/evidence.entity.js';
import { Household } from '../households/household.entity.js';
import { HouseholdImport } from '../households/household-import.entity.js';
import { HouseholdMember } from '../households/household-member.entity.js';
import { HouseholdPin } from '../households/household-pin.entity.js';
import { StaffDeclaration } from '../households/staff-declaration.entity.js';
import { Notice, Objection, ProcedureEvent } from '../publicity/notice.entity.js';
import { Claim, ClaimEvidence } from '../claims/claim.entity.js';
import { Account, CapUsage, LedgerTransaction, Posting } from '../ledger/ledger.entities.js';
import { Lot, LotMove, Sanction } from '../ledger/lot.entities.js';
import { RuleAdoption } from '../programs/adoptions/rule-adoption.entity.js';
import { Program } from '../programs/program.entity.js';
import { PeriodClosure } from '../programs/periods/period-closure.entity.js';
import { Rule, RuleExclusion, RuleVersion } from '../programs/rule.entity.js';
import { AllocationPlan, RankingEntry, RankingRun } from '../rankings/ranking.entities.js';
import { Region } from '../regions/region.entity.js';
import { LogKey, LogLeaf, LogNode, LogTree, TreeHeadRow } from '../transparency/log.entities.js';
import { HouseholdContact, Message, MessageDelivery, NotificationChannel } from '../notifications/message.entities.js';
import { Announcement } from '../announcements/announcement.entity.js';
import { ApiClient, ApiClientSecret, EventMapping, IntegrationEvent, IntegrationRequest } from '../integration/integration.entities.js';
import { Device } from '../stores/device.entity.js';
import { Store } from '../stores/store.entity.js';
import { ItemLimitUsage, StockMovement, StoreItem } from '../stores/store-item.entity.js';
import { ReceiptCounter, Redemption, RedemptionLine, Refund, Settlement } from '../stores/redemptions/redemption.entities.js';
import { User } from '../users/user.entity.js';
import { Installation } from './installation.entity.js';

/** Every entity of the schema; the data source and the drift check both use this list. */
export const ENTITIES = [
  Installation,
  Region,
  User,
  Household,
  HouseholdMember,
  HouseholdPin,
  StaffDeclaration,
  HouseholdImport,
  Evidence,
  Store,
  Device,
  AuditEntry,
  SecurityAlarm,
  Program,
  Rule,
  RuleVersion,
  RuleExclusion,
  RuleAdoption,
  PeriodClosure,
  Account,
  LedgerTransaction,
  Posting,
  CapUsage,
  Lot,
  LotMove,
  Sanction,
  IdempotencyKey,
  StoreItem,
  StockMovement,
  ItemLimitUsage,
  Settlement,
  Redemption,
  RedemptionLine,
  Refund,
  ReceiptCounter,
  RankingRun,
  RankingEntry,
  AllocationPlan,
  Notice,
  Objection,
  ProcedureEvent,
  Claim,
  ClaimEvidence,
  LogTree,
  LogLeaf,
  LogNode,
  LogKey,
  TreeHeadRow,
  Message,
  NotificationChannel,
  MessageDelivery,
  HouseholdContact,
  Announcement,
  ApiClient,
  ApiClientSecret,
  IntegrationRequest,
  IntegrationEvent,
  EventMapping,
];
