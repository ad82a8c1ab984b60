import { Registry1795300000000 } from './1795300000000-Registry.js';
import { Ledger1795400000000 } from './1795400000000-Ledger.js';
import { Stores1795500000000 } from './1795500000000-Stores.js';
import { Rankings1795600000000 } from './1795600000000-Rankings.js';
import { Operations1796100000000 } from './1796100000000-Operations.js';
import { Evidence1796200000000 } from './1796200000000-Evidence.js';
import { ResidentPins1796300000000 } from './1796300000000-ResidentPins.js';
import { Procedure1796400000000 } from './1796400000000-Procedure.js';
import { CounterPages1796500000000 } from './1796500000000-CounterPages.js';
import { Lifecycle1796600000000 } from './1796600000000-Lifecycle.js';
import { Levels1796700000000 } from './1796700000000-Levels.js';
import { Reports1796800000000 } from './1796800000000-Reports.js';
import { HouseholdGrids1796900000000 } from './1796900000000-HouseholdGrids.js';
import { PinLockout1797000000000 } from './1797000000000-PinLockout.js';
import { ImportLimits1797100000000 } from './1797100000000-ImportLimits.js';
import { EntryEvidence1797200000000 } from './1797200000000-EntryEvidence.js';
import { CappedClaims1797350000000 } from './1797350000000-CappedClaims.js';
import { DuplicateClaims1797360000000 } from './1797360000000-DuplicateClaims.js';
import { ConflictOfInterest1797400000000 } from './1797400000000-ConflictOfInterest.js';
import { RuleAdoptions1797500000000 } from './1797500000000-RuleAdoptions.js';
import { TransparencyLog1797600000000 } from './1797600000000-TransparencyLog.js';
import { Notifications1797700000000 } from './1797700000000-Notifications.js';
import { Integration1797800000000 } from './1797800000000-Integration.js';
import { MessageIndex1797900000000 } from './1797900000000-MessageIndex.js';
import { ChangeFeed1798000000000 } from './1798000000000-ChangeFeed.js';
import { PeriodEntryCheck1798100000000 } from './1798100000000-PeriodEntryCheck.js';
import { BookingCheck1798200000000 } from './1798200000000-BookingCheck.js';
import { RedemptionDebit1798300000000 } from './1798300000000-RedemptionDebit.js';
import { LogAppendKeepsIndex1798400000000 } from './1798400000000-LogAppendKeepsIndex.js';
import { InstallationKey1798500000000 } from './1798500000000-InstallationKey.js';
import { EarnedByHolder1798600000000 } from './1798600000000-EarnedByHolder.js';

/** Every migration, in order. A new migration is added here after review. */
export const MIGRATIONS = [
  Registry1795300000000,
  Ledger1795400000000,
  Stores1795500000000,
  Rankings1795600000000,
  Operations1796100000000,
  Evidence1796200000000,
  ResidentPins1796300000000,
  Procedure1796400000000,
  CounterPages1796500000000,
  Lifecycle1796600000000,
  Levels1796700000000,
  Reports1796800000000,
  HouseholdGrids1796900000000,
  PinLockout1797000000000,
  ImportLimits1797100000000,
  EntryEvidence1797200000000,
  CappedClaims1797350000000,
  DuplicateClaims1797360000000,
  ConflictOfInterest1797400000000,
  RuleAdoptions1797500000000,
  TransparencyLog1797600000000,
  Notifications1797700000000,
  Integration1797800000000,
  MessageIndex1797900000000,
  ChangeFeed1798000000000,
  PeriodEntryCheck1798100000000,
  BookingCheck1798200000000,
  RedemptionDebit1798300000000,
  LogAppendKeepsIndex1798400000000,
  InstallationKey1798500000000,
  EarnedByHolder1798600000000,
];
