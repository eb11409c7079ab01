import { CONVERSATION_ENTITIES } from '../conversations/conversation.entities';
import { FOLLOW_UP_ENTITIES } from '../follow-up/follow-up.entities';
import { UnitGoalEntity } from '../goals/unit-goal.entity';
import { EmployeeImportMappingEntity } from '../org/import/mapping/employee-import-mapping.entity';
import { EmployeeSyncEntity } from '../org/sync/employee-sync.entity';
import { AuditLogEntry } from '../audit/audit-log.entity';
import { USER_ENTITIES } from '../users/users.entities';

/** Every TypeORM entity. Report queries use SQL; entities serve the CRUD features. */
export const entities: Function[] = [
  ...FOLLOW_UP_ENTITIES, ...CONVERSATION_ENTITIES, UnitGoalEntity, ...USER_ENTITIES, AuditLogEntry, EmployeeImportMappingEntity, EmployeeSyncEntity,
];
