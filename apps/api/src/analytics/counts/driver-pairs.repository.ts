import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DRIVERS, PairSums, Period } from '@ex-pulse/domain';

/** One department's answers to one driver in a period: the sums the correlation with the 0–10 score needs. */
export interface DriverPairRow extends PairSums {
  departmentId: string;
  driver: string;
}

/**
 * The answers to the six drivers with their 0–10 score, summed per department and driver over a
 * calendar period (x = score, y = driver answer). Sums of departments add up to their subtree's, so
 * one statement serves every unit a request shows. Reads response through response_day_idx.
 */
@Injectable()
export class DriverPairsRepository {
  constructor(private readonly db: DataSource) {}

  sums(period: Period): Promise<DriverPairRow[]> {
    return this.db.query(
      `SELECT department_id AS "departmentId", item_key AS driver, count(*)::int AS n,
              sum(score)::int AS "sumX", sum(item_score)::int AS "sumY",
              sum(score * score)::int AS "sumXX", sum(item_score * item_score)::int AS "sumYY",
              sum(score * item_score)::int AS "sumXY"
         FROM response
        WHERE answered_on BETWEEN $1 AND $2 AND item_key = ANY($3::text[])
        GROUP BY 1, 2`,
      [period.from, period.to, [...DRIVERS]],
    );
  }
}
