import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { FocusKind } from '@ex-pulse/domain';

/** One focus area of a plan: a driver, a theme, or a follow-up item. */
@Entity({ name: 'action_plan_focus' })
export class ActionPlanFocus {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ type: 'text' })
  kind: FocusKind;

  @Column({ type: 'text', nullable: true })
  driver: string | null;

  @Column({ type: 'text', nullable: true })
  theme: string | null;

  @Column({ name: 'item_id', type: 'uuid', nullable: true })
  itemId: string | null;

  @Column({ type: 'integer' })
  position: number;
}
