import {
  BadRequestException, ConflictException, HttpException, Inject, Injectable, NotFoundException, UnprocessableEntityException,
} from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { EmployeeSyncDto, EmployeeSyncReport, EmployeeSyncSource, ImportRowError, SyncEmployee } from '@ex-pulse/contracts';
import { syncSafetyDecision } from '@ex-pulse/domain';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { Clock } from '../../common/clock';
import { OrganisationService } from '../../common/organisation.service';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import type { ApiKeyCaller } from '../../cx/api-keys/api-keys.service';
import type { ParsedEmployeeCsv } from '../import/employee-csv';
import type { CheckedEmployeeRow } from '../import/employee-import-references';
import { toRowError } from '../import/employee-import.service';
import { EmployeeToWrite, writeEmployees } from '../import/employee-import.sql';
import { checkRowsAgainstDatabase } from '../import/employee-row-check';
import type { ParsedEmployeeRow } from '../import/employee-row-rules';
import { EmployeeImportMappingService } from '../import/mapping/employee-import-mapping.service';
import { EmployeeSyncEntity, HeldSyncRow } from './employee-sync.entity';
import { EmployeeSyncRepository } from './employee-sync.repository';
import { endLeavers, loadDirectory } from './employee-sync.sql';
import { SyncPlan, planSync } from './sync-plan';
import { rowsFromJson } from './sync-rows';

/** External ids of leavers a report lists. */
const LISTED_LEAVERS = 200;

type Planned = { plan: SyncPlan } | { errors: ImportRowError[] };

/**
 * The HR system's whole employee list, applied as one change (README, "Sync from the HR system"):
 * creates, updates, and an end date for everyone missing; all or nothing; a list that would end
 * too many current employees is held for HR. Every sync is kept with its report.
 */
@Injectable()
export class EmployeeSyncService {
  constructor(
    private readonly db: DataSource,
    private readonly syncs: EmployeeSyncRepository,
    private readonly mapped: EmployeeImportMappingService,
    private readonly organisation: OrganisationService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  receiveJson(caller: ApiKeyCaller, employees: SyncEmployee[]): Promise<EmployeeSyncDto> {
    return this.receive(caller, 'json', { rows: rowsFromJson(employees), fileProblems: [] });
  }

  /** The HR system's CSV, read through the saved column mapping. */
  async receiveCsv(caller: ApiKeyCaller, csv: Buffer): Promise<EmployeeSyncDto> {
    let parsed: ParsedEmployeeCsv;
    try {
      parsed = await this.mapped.parse(csv);
    } catch (error) {
      if (!(error instanceof BadRequestException)) throw error;
      parsed = { rows: [], fileProblems: [messageOf(error)] };
    }
    return this.receive(caller, 'csv', parsed);
  }

  async list(): Promise<EmployeeSyncDto[]> {
    return this.toDtos(await this.syncs.latest());
  }

  async get(id: string): Promise<EmployeeSyncDto> {
    const sync = await this.syncs.byId(id);
    if (!sync) throw new NotFoundException('There is no sync with this id.');
    return (await this.toDtos([sync]))[0];
  }

  /** Applies a held sync as received (the list checked again against today's directory). */
  async confirm(user: AuthenticatedUser, id: string): Promise<EmployeeSyncDto> {
    const sync = await this.decide(id, async (tx, held) => {
      const rows = (held.rows ?? []).map((r): ParsedEmployeeRow => ({ ...r, problems: [] }));
      const planned = await this.plan(tx, rows, held.syncDate);
      held.decidedAt = this.clock.now();
      held.decidedBy = user.id;
      held.rows = null;
      if ('errors' in planned) {
        held.status = 'failed';
        held.report = { ...held.report, errors: planned.errors, note: `Since the list was held, ${planned.errors.length} of its rows stopped fitting the directory (e.g. a department was removed); nothing changed.` };
      } else {
        await this.apply(tx, planned.plan);
        held.status = 'applied';
        held.report = report(rows.length, planned.plan, 'Confirmed by HR after the safety stop held it.');
      }
      return held;
    });
    if (sync.status === 'failed') throw failed(sync.report.note!, await this.toDto(sync));
    return this.toDto(sync);
  }

  async discard(user: AuthenticatedUser, id: string): Promise<EmployeeSyncDto> {
    const sync = await this.decide(id, async (_tx, held) => {
      Object.assign(held, { status: 'discarded', rows: null, decidedAt: this.clock.now(), decidedBy: user.id });
      held.report = { ...held.report, note: 'Discarded by HR; nothing changed.' };
      return held;
    });
    return this.toDto(sync);
  }

  private async receive(caller: ApiKeyCaller, source: EmployeeSyncSource, parsed: ParsedEmployeeCsv): Promise<EmployeeSyncDto> {
    const base = {
      receivedAt: this.clock.now(), syncDate: await this.organisation.today(), source,
      apiKeyId: caller.id, apiKeyName: caller.name, rows: null, decidedAt: null, decidedBy: null,
    };
    if (parsed.fileProblems.length > 0) {
      const note = parsed.fileProblems.join(' ');
      const sync = await this.syncs.save({ ...base, status: 'failed', report: { ...emptyReport(0), note } });
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: note, sync: await this.toDto(sync) });
    }
    const { rows } = parsed;
    const sync = await this.db.transaction(async (tx) => {
      await lockEmployees(tx);
      const planned = await this.plan(tx, rows, base.syncDate);
      if ('errors' in planned) {
        const note = `${planned.errors.length} of ${rows.length} employees in the list have problems; nothing changed. Fix them in the HR system and send the whole list again.`;
        return this.syncs.save({ ...base, status: 'failed', report: { ...emptyReport(rows.length), errors: planned.errors, note } }, tx);
      }
      const { plan } = planned;
      const decision = syncSafetyDecision({ currentEmployees: plan.currentEmployees, ending: plan.ending, maxEndingShare: this.config.employeeSyncMaxEndingShare });
      let saved: EmployeeSyncEntity;
      if (decision.hold) {
        saved = await this.syncs.save({ ...base, status: 'held', rows: rows.map(heldRow), report: report(rows.length, plan, decision.reason) }, tx);
      } else {
        await this.apply(tx, plan);
        saved = await this.syncs.save({ ...base, status: 'applied', report: report(rows.length, plan, null) }, tx);
      }
      await this.syncs.supersede(tx, saved);
      return saved;
    });
    if (sync.status === 'failed') throw failed(sync.report.note!, await this.toDto(sync));
    return this.toDto(sync);
  }

  /** The list checked against the database, and what it would change. */
  private async plan(tx: EntityManager, rows: ParsedEmployeeRow[], syncDate: string): Promise<Planned> {
    const checked = await checkRowsAgainstDatabase(tx, rows);
    const errors = checked.filter((c) => c.reasons.length > 0).map(toRowError);
    if (errors.length > 0) return { errors };
    const valid = checked as (CheckedEmployeeRow & EmployeeToWrite)[];
    return { plan: planSync(valid, await loadDirectory(tx), syncDate) };
  }

  private async apply(tx: EntityManager, plan: SyncPlan): Promise<void> {
    const changed = [...plan.create, ...plan.update];
    if (changed.length > 0) await writeEmployees(tx, changed);
    await endLeavers(tx, plan.leavers);
  }

  /** Runs `change` on a held sync, locked with the directory, and saves it; 404 / 409 otherwise. */
  private decide(id: string, change: (tx: EntityManager, held: EmployeeSyncEntity) => Promise<EmployeeSyncEntity>): Promise<EmployeeSyncEntity> {
    return this.db.transaction(async (tx) => {
      await lockEmployees(tx);
      const sync = await this.syncs.lockedById(tx, id);
      if (!sync) throw new NotFoundException('There is no sync with this id.');
      if (sync.status !== 'held') {
        throw new ConflictException(`This sync is ${sync.status} already; only a held sync can be confirmed or discarded.`);
      }
      return this.syncs.save(await change(tx, sync), tx);
    });
  }

  private async toDto(sync: EmployeeSyncEntity): Promise<EmployeeSyncDto> {
    return (await this.toDtos([sync]))[0];
  }

  private async toDtos(syncs: EmployeeSyncEntity[]): Promise<EmployeeSyncDto[]> {
    const deciders = [...new Set(syncs.map((s) => s.decidedBy).filter((id): id is string => !!id))];
    const names = new Map<string, string>(
      deciders.length === 0
        ? []
        : (await this.db.query(`SELECT id::text, name FROM app_user WHERE id = ANY($1::uuid[])`, [deciders])).map(
            (u: { id: string; name: string }) => [u.id, u.name] as const,
          ),
    );
    return syncs.map((s) => ({
      id: s.id,
      receivedAt: s.receivedAt.toISOString(),
      syncDate: s.syncDate,
      source: s.source,
      apiKeyName: s.apiKeyName,
      status: s.status,
      report: s.report,
      decidedAt: s.decidedAt?.toISOString() ?? null,
      decidedBy: s.decidedBy ? (names.get(s.decidedBy) ?? null) : null,
    }));
  }
}

/** Blocks other writers of employee (an import, another sync) until this transaction ends. */
function lockEmployees(tx: EntityManager): Promise<unknown> {
  return tx.query('LOCK TABLE employee IN SHARE ROW EXCLUSIVE MODE');
}

function heldRow({ problems: _problems, ...row }: ParsedEmployeeRow): HeldSyncRow {
  return row;
}

function emptyReport(totalRows: number): EmployeeSyncReport {
  return { totalRows, created: 0, updated: 0, ended: 0, endedExternalIds: [], currentEmployees: 0, note: null, errors: [] };
}

function report(totalRows: number, plan: SyncPlan, note: string | null): EmployeeSyncReport {
  return {
    totalRows,
    created: plan.create.length,
    updated: plan.update.length,
    ended: plan.leavers.length,
    endedExternalIds: plan.leavers.slice(0, LISTED_LEAVERS).map((l) => l.externalId),
    currentEmployees: plan.currentEmployees,
    note,
    errors: [],
  };
}

function failed(message: string, sync: EmployeeSyncDto): HttpException {
  return new UnprocessableEntityException({ statusCode: 422, error: 'Unprocessable Entity', message, sync });
}

function messageOf(error: BadRequestException): string {
  const body = error.getResponse();
  return typeof body === 'object' && body && 'message' in body ? String((body as { message: unknown }).message) : error.message;
}
