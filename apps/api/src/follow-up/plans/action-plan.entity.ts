import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ActionPlanStatus } from '@ex-pulse/domain';

/** A unit's action plan: what it works on (ActionPlanFocus) and what it does (PlanAction). */
@Entity({ name: 'action_plan' })
export class ActionPlan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @Column({ type: 'text' })
  title: string;

  /** Chooses which actions the unit's employees see. */
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ type: 'text', default: 'open' })
  status: ActionPlanStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
