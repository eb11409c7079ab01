import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ActionStatus } from '@ex-pulse/domain';

/** One action of a plan; its title and status reach the unit's employees only when shown_to_employees. */
@Entity({ name: 'plan_action' })
export class PlanAction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'text', default: 'planned' })
  status: ActionStatus;

  @Column({ name: 'shown_to_employees', type: 'boolean', default: false })
  shownToEmployees: boolean;

  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn: string | null;

  @Column({ type: 'integer' })
  position: number;
}
