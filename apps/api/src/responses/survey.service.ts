import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  asksComment, ExtraQuestion, extraQuestionFor, LifecyclePhase, phaseOn, PHASES_WITH_PULSES, ProgrammeQuestion, tenureBandOn,
} from '@ex-pulse/domain';
import type { Language, SubmitAnswerResult, SurveyView } from '@ex-pulse/contracts';
import { Clock, isoDateInZone } from '../common/clock';
import { OrganisationService } from '../common/organisation.service';
import { preparedQuery } from '../database/prepared-query';
import { hashAnswerToken, isWellFormedAnswerToken } from './answer-token';
import { askedProviders, AskedProvider, asksProviders, providerQuestionViews, providerRatingRows, scoreAndProviderProblems } from './provider-answers';
import { extraAnswerColumns, extraAnswerProblems } from './survey-answers';
import { answeredToken, badAnswer, expiredToken, unknownToken } from './survey-problems';
import { enpsQuestion, extraQuestionView } from './survey-texts';
import { SubmitAnswerDto } from './survey.dto';

interface InvitationRow {
  id: string;
  language: Language;
  expires_at: Date;
  answered: boolean;
  submission_hash: Buffer | null;
  invited_phase: LifecyclePhase;
  programme_id: string;
  occurrence_key: string;
  questions: ProgrammeQuestion[];
  interval_days: number | null;
  trigger_days: number[];
  name_en: string;
  name_et: string;
  department_id: string;
  manager_id: string | null;
  location: string;
  startDate: string;
  noticeDate: string | null;
  endDate: string | null;
}

const INVITATION = `
  SELECT i.id, i.language, i.expires_at, i.answered, i.submission_hash, i.phase AS invited_phase, i.programme_id,
         i.occurrence_key, p.questions, p.interval_days, p.trigger_days, p.name_en, p.name_et,
         e.department_id, e.manager_id, e.location,
         to_char(e.start_date, 'YYYY-MM-DD') AS "startDate", to_char(e.notice_date, 'YYYY-MM-DD') AS "noticeDate",
         to_char(e.end_date, 'YYYY-MM-DD') AS "endDate"
    FROM invitation i JOIN programme p ON p.id = i.programme_id JOIN employee e ON e.id = i.employee_id
   WHERE i.token_hash = $1`;

/** The question an invitation asks besides eNPS; a driver follows from the invitation's occurrence. */
function extraQuestionOf(invitation: InvitationRow): ExtraQuestion | null {
  return extraQuestionFor(invitation.questions ?? [], invitation.occurrence_key, {
    intervalDays: invitation.interval_days,
    triggerDays: invitation.trigger_days ?? [],
    startDate: invitation.startDate,
  });
}

/** The providers an internal service invitation asks about; null for a survey that asks eNPS. */
function providersAsked(tx: EntityManager, invitation: InvitationRow): Promise<AskedProvider[]> | null {
  if (!asksProviders(invitation.questions)) return null;
  return askedProviders(tx, invitation.department_id, invitation.occurrence_key, {
    intervalDays: invitation.interval_days,
    startDate: invitation.startDate,
  });
}

/**
 * The employee's side: read a survey by its link token, and answer it once. The response row
 * keeps only the segment it counts in; the invitation keeps only that it was answered.
 */
@Injectable()
export class SurveyService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly organisation: OrganisationService,
  ) {}

  async view(token: string): Promise<SurveyView> {
    const [invitation] = await this.findInvitation(token);
    const settings = await this.organisation.settings();
    this.assertOpen(invitation, settings.timeZone);
    // For HR's delivery report: the page was opened (no time, no link to any answer).
    await this.db.query(`UPDATE invitation SET opened = true WHERE id = $1 AND NOT opened`, [invitation.id]);
    const providers = await providersAsked(this.db.manager, invitation);
    return {
      language: invitation.language,
      organisationName: settings.name,
      programmeName: invitation.language === 'et' ? invitation.name_et : invitation.name_en,
      enpsQuestion: providers ? '' : enpsQuestion(invitation.language, settings.name),
      expiresOn: isoDateInZone(invitation.expires_at, settings.timeZone),
      extraQuestion: extraQuestionView(extraQuestionOf(invitation), invitation.language),
      askComment: asksComment(invitation.questions),
      ...(providers ? { providerQuestions: providerQuestionViews(providers, invitation.language) } : {}),
    };
  }

  /**
   * Two round trips: read the invitation, then one statement that marks it answered (only if it
   * still is not, and has not expired) and inserts the anonymous answer from that mark. A single
   * statement is atomic, so no transaction is held open while the answer is checked.
   */
  async answer(dto: SubmitAnswerDto): Promise<SubmitAnswerResult> {
    const settings = await this.organisation.settings();
    const submissionHash = createHash('sha256').update(dto.submissionId).digest();
    const [invitation] = await this.findInvitation(dto.token);
    if (invitation.answered) return this.retryOrRefuse(invitation, submissionHash);
    this.assertOpen(invitation, settings.timeZone);
    const question = extraQuestionOf(invitation);
    const providers = await providersAsked(this.db.manager, invitation);
    const problems = [
      ...scoreAndProviderProblems(dto, providers, invitation.language),
      ...extraAnswerProblems(dto, question, asksComment(invitation.questions), invitation.language),
    ];
    if (problems.length) throw badAnswer(problems, invitation.language);
    const extra = extraAnswerColumns(dto, question, invitation.language);
    const now = this.clock.now();
    const today = isoDateInZone(now, settings.timeZone);
    const currentPhase = phaseOn(invitation, today, settings.bands);
    const phase = PHASES_WITH_PULSES.includes(currentPhase) ? currentPhase : invitation.invited_phase;
    const mark = `WITH marked AS (
        UPDATE invitation SET answered = true, submission_hash = $2
         WHERE id = $1 AND NOT answered AND expires_at > $3 RETURNING id)`;
    let written: unknown[];
    if (providers) {
      // The internal service pulse: one anonymous rating per provider answered, the comment on the first.
      const rows = providerRatingRows(dto.providerScores ?? [], providers);
      written = await this.db.query(
        `${mark}
         INSERT INTO provider_rating (programme_id, consumer_department_id, provider_department_id, phase, answered_on, score, comment)
         SELECT $4, $5, r.provider, $6, $7, r.score, CASE WHEN r.ord = 1 THEN $10::text END
           FROM marked, unnest($8::uuid[], $9::int[]) WITH ORDINALITY AS r(provider, score, ord)
         RETURNING 1`,
        [
          invitation.id, submissionHash, now, invitation.programme_id, invitation.department_id, phase, today,
          rows.map((r) => r.providerId), rows.map((r) => r.score), extra.comment,
        ],
      );
    } else {
      written = await preparedQuery(
        this.db,
        'survey-answer',
        `${mark}
         INSERT INTO response (programme_id, department_id, manager_id, location, phase, tenure_band, answered_on, score, comment,
                               item_key, item_score, leaving_reason, sentiment)
         SELECT $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16 FROM marked
         RETURNING 1`,
        [
          invitation.id, submissionHash, now, invitation.programme_id, invitation.department_id, invitation.manager_id,
          invitation.location, phase, tenureBandOn(invitation.startDate, today), today, dto.score, extra.comment,
          extra.itemKey, extra.itemScore, extra.leavingReason, extra.sentiment,
        ],
      );
    }
    if (written.length > 0) return { status: 'recorded', language: invitation.language };
    // Answered (or expired) between the read and the write: look again to say which.
    const [again] = await this.findInvitation(dto.token);
    if (again.answered) return this.retryOrRefuse(again, submissionHash);
    this.assertOpen(again, settings.timeZone);
    throw answeredToken(invitation.language);
  }

  /** A network retry of the same submission is a success; any other second answer is refused. */
  private retryOrRefuse(invitation: InvitationRow, submissionHash: Buffer): SubmitAnswerResult {
    if (invitation.submission_hash?.equals(submissionHash)) return { status: 'recorded', language: invitation.language };
    throw answeredToken(invitation.language);
  }

  private async findInvitation(token: string): Promise<[InvitationRow]> {
    if (!isWellFormedAnswerToken(token)) throw unknownToken();
    const rows = await preparedQuery<InvitationRow>(this.db, 'survey-invitation', INVITATION, [hashAnswerToken(token)]);
    if (!rows[0]) throw unknownToken();
    return [rows[0]];
  }

  private assertOpen(invitation: InvitationRow, timeZone: string): void {
    if (invitation.answered) throw answeredToken(invitation.language);
    if (invitation.expires_at.getTime() <= this.clock.now().getTime()) {
      throw expiredToken(isoDateInZone(invitation.expires_at, timeZone), invitation.language);
    }
  }
}
