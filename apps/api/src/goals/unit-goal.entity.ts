import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * An eNPS target of a unit for a calendar period (migration 1765250000000-AddUnitGoals): one per
 * unit and period, the organisation's with no department.
 */
@Entity({ name: 'unit_goal' })
// One goal per unit and period, null folded to the nil UUID: an expression index the migration owns.
@Index('unit_goal_unit_period_key', { synchronize: false })
export class UnitGoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null: the organisation as a whole. */
  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  /** A calendar period key: 2026, 2026-H2, 2026-Q4, 2026-11. */
  @Column({ type: 'text' })
  period: string;

  @Column({ type: 'smallint' })
  target: number;

  /** The account that set the current target (null once that account is deleted). */
  @Column({ name: 'set_by', type: 'uuid', nullable: true })
  setBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
