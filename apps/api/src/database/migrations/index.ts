import { CreateFoundationSchema1763830000000 } from './1763830000000-CreateFoundationSchema';
import { CreatePulseEngine1763900000000 } from './1763900000000-CreatePulseEngine';
import { AddAnswersAndRollups1764000000000 } from './1764000000000-AddAnswersAndRollups';
import { AddCustomerMetrics1764100000000 } from './1764100000000-AddCustomerMetrics';
import { AddInternalProviders1764200000000 } from './1764200000000-AddInternalProviders';
import { CoverSegmentRollupFilters1764300000000 } from './1764300000000-CoverSegmentRollupFilters';
import { CountClosedYearChanges1764400000000 } from './1764400000000-CountClosedYearChanges';
import { AddYearRollups1764500000000 } from './1764500000000-AddYearRollups';
import { CountCustomerMetricChanges1764600000000 } from './1764600000000-CountCustomerMetricChanges';
import { DropMonthRollups1764700000000 } from './1764700000000-DropMonthRollups';
import { KeepOutboxPlannedAt1764800000000 } from './1764800000000-KeepOutboxPlannedAt';
import { CountInvitationsStillOpen1764900000000 } from './1764900000000-CountInvitationsStillOpen';
import { HoldAnswersUntilTheDayEnds1765050000000 } from './1765050000000-HoldAnswersUntilTheDayEnds';
import { DeriveAnswerLinksWhenSending1765100000000 } from './1765100000000-DeriveAnswerLinksWhenSending';
import { ThrottleSignInsBeforeHashing1765200000000 } from './1765200000000-ThrottleSignInsBeforeHashing';
import { AddUnitGoals1765250000000 } from './1765250000000-AddUnitGoals';
import { AddFollowUpsAndActionPlans1765300000000 } from './1765300000000-AddFollowUpsAndActionPlans';
import { AddConversations1765400000000 } from './1765400000000-AddConversations';
import { AddWeeklyDigest1765500000000 } from './1765500000000-AddWeeklyDigest';
import { AddAccountsAndAuditLog1765600000000 } from './1765600000000-AddAccountsAndAuditLog';
import { AddEmployeeSync1765700000000 } from './1765700000000-AddEmployeeSync';

/** Every migration, in order. A new migration is added here and reviewed by hand. */
export const migrations = [CreateFoundationSchema1763830000000, CreatePulseEngine1763900000000, AddAnswersAndRollups1764000000000, AddCustomerMetrics1764100000000, AddInternalProviders1764200000000, CoverSegmentRollupFilters1764300000000, CountClosedYearChanges1764400000000, AddYearRollups1764500000000, CountCustomerMetricChanges1764600000000, DropMonthRollups1764700000000, KeepOutboxPlannedAt1764800000000, CountInvitationsStillOpen1764900000000, HoldAnswersUntilTheDayEnds1765050000000, DeriveAnswerLinksWhenSending1765100000000, ThrottleSignInsBeforeHashing1765200000000, AddUnitGoals1765250000000, AddFollowUpsAndActionPlans1765300000000, AddConversations1765400000000, AddWeeklyDigest1765500000000, AddAccountsAndAuditLog1765600000000, AddEmployeeSync1765700000000];
