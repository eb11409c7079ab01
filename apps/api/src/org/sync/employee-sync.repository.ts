import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Not, Repository } from 'typeorm';
import { EmployeeSyncEntity } from './employee-sync.entity';

/** How many syncs the list shows. */
export const LISTED_SYNCS = 100;

/** Where syncs are kept: the one place that knows employee_sync. */
@Injectable()
export class EmployeeSyncRepository {
  constructor(@InjectRepository(EmployeeSyncEntity) private readonly syncs: Repository<EmployeeSyncEntity>) {}

  latest(): Promise<EmployeeSyncEntity[]> {
    return this.syncs.find({ order: { receivedAt: 'DESC' }, take: LISTED_SYNCS });
  }

  byId(id: string): Promise<EmployeeSyncEntity | null> {
    return this.syncs.findOneBy({ id });
  }

  /** The sync, locked for the rest of the transaction (a confirmation and a discard cannot cross). */
  lockedById(tx: EntityManager, id: string): Promise<EmployeeSyncEntity | null> {
    return tx.getRepository(EmployeeSyncEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  save(sync: Omit<EmployeeSyncEntity, 'id'> & { id?: string }, tx?: EntityManager): Promise<EmployeeSyncEntity> {
    const repository = tx ? tx.getRepository(EmployeeSyncEntity) : this.syncs;
    return repository.save(repository.create(sync));
  }

  /** Held syncs other than `newer` become discarded: a newer list replaces them. */
  async supersede(tx: EntityManager, newer: EmployeeSyncEntity): Promise<void> {
    const repository = tx.getRepository(EmployeeSyncEntity);
    const held = await repository.find({ where: { status: 'held', id: Not(newer.id) }, lock: { mode: 'pessimistic_write' } });
    for (const sync of held) {
      sync.status = 'discarded';
      sync.rows = null;
      sync.decidedAt = newer.receivedAt;
      sync.report = { ...sync.report, note: `Replaced by the newer list received ${newer.receivedAt.toISOString()}; a held list is never applied after a newer one.` };
      await repository.save(sync);
    }
  }
}
