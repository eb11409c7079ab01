import { Inject, Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { DataSource } from 'typeorm';
import type { SessionUser, SignInMethods, SsoRefusal } from '@ex-pulse/contracts';
import { activeUserByEmail } from './active-user';
import { AppSecret } from '../common/app-secret';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig, OidcConfig } from '../config/app-config';
import { OIDC_TRANSACTION_MINUTES, OidcTransaction, OidcTransactionSeal } from './oidc-transaction';
import { OpenedSession, SessionService } from './session.service';

export const OIDC_START_PATH = '/api/auth/oidc/start';

/** A single sign-on that ends without a session; the login page words the code. */
export class SsoRefused extends Error {
  constructor(readonly code: SsoRefusal, detail: string) {
    super(detail);
  }
}

/**
 * Single sign-on with OpenID Connect (authorization code flow, PKCE S256, state and nonce) through
 * openid-client. The provider vouches for an email; the person signs in as the EX Pulse user with
 * that email (case-insensitive) if the provider says it is verified. No user is ever created here:
 * HR adds users, the provider only proves who is at the keyboard.
 */
@Injectable()
export class OidcService {
  private readonly log = new Logger(OidcService.name);
  private readonly seal: OidcTransactionSeal;
  private discovered: Promise<oidc.Configuration> | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    secret: AppSecret,
  ) {
    this.seal = new OidcTransactionSeal(secret);
  }

  methods(): SignInMethods {
    const sso = this.config.oidc;
    return { password: this.config.localPasswords, oidc: sso ? { label: sso.buttonLabel, startUrl: OIDC_START_PATH } : null };
  }

  /** The provider's authorization URL and the sealed transaction the browser keeps meanwhile. */
  async start(returnTo: unknown): Promise<{ url: string; transaction: string }> {
    const sso = this.required();
    const configuration = await this.configuration(sso);
    const transaction: OidcTransaction = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      returnTo: safeReturnPath(returnTo),
      expiresAt: this.clock.now().getTime() + OIDC_TRANSACTION_MINUTES * 60_000,
    };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: sso.redirectUrl,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(transaction.codeVerifier),
      code_challenge_method: 'S256',
      state: transaction.state,
      nonce: transaction.nonce,
    });
    return { url: url.href, transaction: this.seal.seal(transaction) };
  }

  /**
   * The provider's redirect back (its query string), checked against the browser's transaction:
   * state, then the code exchanged with the PKCE verifier, the ID token's signature, issuer,
   * audience and nonce; then the user of the verified email gets a session.
   */
  async finish(query: string, cookie: unknown): Promise<{ user: SessionUser; session: OpenedSession; returnTo: string }> {
    const sso = this.required();
    const transaction = this.seal.open(cookie, this.clock.now());
    if (!transaction) throw new SsoRefused('expired', 'no open single sign-on in this browser (or it took over 10 minutes)');
    const configuration = await this.configuration(sso);
    const callback = new URL(sso.redirectUrl);
    callback.search = query;
    let claims: { sub: string; email?: unknown; email_verified?: unknown };
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, callback, {
        pkceCodeVerifier: transaction.codeVerifier,
        expectedState: transaction.state,
        expectedNonce: transaction.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims()!;
      if (claims.email === undefined) {
        claims = { ...claims, ...(await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub)) };
      }
    } catch (error) {
      throw new SsoRefused('failed', `the provider's answer did not check out: ${reasonOf(error)}`);
    }
    if (typeof claims.email !== 'string' || claims.email_verified !== true) {
      throw new SsoRefused('unverified-email', `the provider did not vouch for an email of subject ${claims.sub}`);
    }
    const user = (await activeUserByEmail(this.db, claims.email))?.user ?? null;
    if (!user) throw new SsoRefused('unknown-user', `no EX Pulse user has the email the provider vouched for`);
    return { user, session: await this.sessions.open(user.id), returnTo: transaction.returnTo };
  }

  private required(): OidcConfig {
    if (!this.config.oidc) throw new SsoRefused('failed', 'single sign-on is not configured');
    return this.config.oidc;
  }

  /** The provider's metadata, read once (and again after a failed read). */
  private configuration(sso: OidcConfig): Promise<oidc.Configuration> {
    if (!this.discovered) {
      const insecure = new URL(sso.issuerUrl).protocol === 'http:'; // only on a loopback host (config)
      this.discovered = oidc
        .discovery(new URL(sso.issuerUrl), sso.clientId, undefined, oidc.ClientSecretBasic(sso.clientSecret), {
          execute: insecure ? [oidc.allowInsecureRequests] : [],
        })
        .catch((error: Error) => {
          this.discovered = null;
          this.log.warn(`Single sign-on: the provider at ${sso.issuerUrl} could not be read: ${error.message}`);
          throw new SsoRefused('failed', error.message);
        });
    }
    return this.discovered;
  }
}

/** openid-client's message and the cause it wraps ("invalid response encountered: unexpected "state" …"). */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

/** A path of this site to return to; anything else (another site, "//host", "/\\host") is "/". */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}
