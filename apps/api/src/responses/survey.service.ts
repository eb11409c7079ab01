import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  asksComment, ExtraQuestion, extraQuestionFor, LifecyclePhase, phaseOn, PHASES_WITH_PULSES, ProgrammeQuestion, tenureBandOn,
} from '@ex-pulse/domain';
import type { Language, SubmitAnswerResult, SurveyView } from '@ex-pulse/contracts';
import { Clock, isoDateInZone } from '../common/clock';
import { OrganisationService } from '../common/organisation.service';
import { ConversationStart } from '../conversations/conversation-start';
import { preparedQuery } from '../database/prepared-query';
import { teamActionsOf } from '../follow-up/plans/team-actions';
import { AnswerInbox, HeldAnswer } from './answer-inbox';
import { AnswerLinks, hashLegacyAnswerToken, isLegacyAnswerToken } from './answer-token';
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
    FROM invitation i JOIN programme p ON p.id = i.programme_id JOIN employee e ON e.id = i.employee_id`;
/** By the id an answer link names (AnswerLinks); a link sent before links were derived, by its token's SHA-256. */
const INVITATION_BY_ID = `${INVITATION} WHERE i.id = $1`;
const INVITATION_BY_LEGACY_TOKEN = `${INVITATION} WHERE i.token_hash = $1`;

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
 * keeps only the segment it counts in; the invitation keeps only that it was answered. An answer
 * is held sealed until its day has ended (AnswerInbox) and counts from then.
 */
@Injectable()
export class SurveyService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly organisation: OrganisationService,
    private readonly inbox: AnswerInbox,
    private readonly links: AnswerLinks,
    private readonly conversations: ConversationStart,
  ) {}

  async view(token: string): Promise<SurveyView> {
    const [invitation] = await this.findInvitation(token);
    const settings = await this.organisation.settings();
    this.assertOpen(invitation, settings.timeZone);
    if (await this.inbox.holdsAnswerTo(invitation.id)) throw answeredToken(invitation.language);
    // For HR's delivery report: the page was opened (no time, no link to any answer).
    await this.db.query(`UPDATE invitation SET opened = true WHERE id = $1 AND NOT opened`, [invitation.id]);
    const providers = await providersAsked(this.db.manager, invitation);
    const teamActions = await teamActionsOf(this.db, invitation.department_id, isoDateInZone(this.clock.now(), settings.timeZone));
    return {
      language: invitation.language,
      organisationName: settings.name,
      programmeName: invitation.language === 'et' ? invitation.name_et : invitation.name_en,
      enpsQuestion: providers ? '' : enpsQuestion(invitation.language, settings.name),
      expiresOn: isoDateInZone(invitation.expires_at, settings.timeZone),
      extraQuestion: extraQuestionView(extraQuestionOf(invitation), invitation.language),
      askComment: asksComment(invitation.questions),
      ...(providers ? { providerQuestions: providerQuestionViews(providers, invitation.language) } : {}),
      ...(teamActions.length ? { teamActions } : {}),
    };
  }

  /**
   * Two round trips: read the invitation, then one statement that holds the sealed answer in the
   * inbox, unique per invitation (AnswerInbox). The invitation row is not written now: the day's
   * answers are written and their invitations marked after the day has ended, so no stored row ties
   * this answer to its invitation or to the time of day.
   */
  async answer(dto: SubmitAnswerDto): Promise<SubmitAnswerResult> {
    const settings = await this.organisation.settings();
    const submissionHash = createHash('sha256').update(dto.submissionId).digest();
    const [invitation] = await this.findInvitation(dto.token);
    if (invitation.answered) return this.retryOrRefuse(invitation, invitation.submission_hash, submissionHash);
    this.assertOpen(invitation, settings.timeZone);
    const question = extraQuestionOf(invitation);
    const providers = await providersAsked(this.db.manager, invitation);
    const problems = [
      ...scoreAndProviderProblems(dto, providers, invitation.language),
      ...extraAnswerProblems(dto, question, asksComment(invitation.questions), invitation.language),
    ];
    if (problems.length) throw badAnswer(problems, invitation.language);
    const extra = extraAnswerColumns(dto, question, invitation.language);
    const today = isoDateInZone(this.clock.now(), settings.timeZone);
    const currentPhase = phaseOn(invitation, today, settings.bands);
    const phase = PHASES_WITH_PULSES.includes(currentPhase) ? currentPhase : invitation.invited_phase;
    const answer: HeldAnswer = providers
      ? {
          kind: 'ratings', programmeId: invitation.programme_id, consumerDepartmentId: invitation.department_id, phase,
          ratings: providerRatingRows(dto.providerScores ?? [], providers), comment: extra.comment,
        }
      : {
          kind: 'response', programmeId: invitation.programme_id, departmentId: invitation.department_id,
          managerId: invitation.manager_id, location: invitation.location, phase, tenureBand: tenureBandOn(invitation.startDate, today),
          score: dto.score!, comment: extra.comment, itemKey: extra.itemKey, itemScore: extra.itemScore,
          leavingReason: extra.leavingReason, sentiment: extra.sentiment,
          conversation: this.conversations.held(
            { comment: extra.comment, secret: dto.conversationSecret, email: dto.conversationEmail }, invitation.language,
          ),
        };
    if (await this.inbox.hold(invitation.id, today, submissionHash, answer)) {
      return { status: 'recorded', language: invitation.language };
    }
    // Held already (this submission's retry, or another one), or written meanwhile: look again to say which.
    const [again] = await this.findInvitation(dto.token);
    if (again.answered) return this.retryOrRefuse(again, again.submission_hash, submissionHash);
    return this.retryOrRefuse(again, await this.inbox.heldSubmission(again.id), submissionHash);
  }

  /** A network retry of the same submission is a success; any other second answer is refused. */
  private retryOrRefuse(invitation: InvitationRow, answeredBy: Buffer | null, submissionHash: Buffer): SubmitAnswerResult {
    if (answeredBy?.equals(submissionHash)) return { status: 'recorded', language: invitation.language };
    throw answeredToken(invitation.language);
  }

  private async findInvitation(token: string): Promise<[InvitationRow]> {
    // The token names its invitation and carries a MAC (checked in constant time); an old-scheme
    // token (43 characters) is still found by its hash until its invitation expires.
    const id = this.links.invitationIdOf(token);
    const rows = id
      ? await preparedQuery<InvitationRow>(this.db, 'survey-invitation', INVITATION_BY_ID, [id])
      : isLegacyAnswerToken(token)
        ? await preparedQuery<InvitationRow>(this.db, 'survey-invitation-legacy', INVITATION_BY_LEGACY_TOKEN, [hashLegacyAnswerToken(token)])
        : [];
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
