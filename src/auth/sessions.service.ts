import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { passwordWeakness } from './password-strength';
import { hashPassword, verifyPassword } from './passwords';
import { Principal } from './role';
import { User } from './user.entity';

/**
 * A signed-in person's own sessions and password: signing out one session (its token refused at once, from the
 * cookie and as a bearer token alike), signing out everywhere, and changing the password.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly auth: AuthService,
    private readonly throttle: LoginThrottle,
  ) {}

  /**
   * Ends the session of `token` on the server: its id is kept as revoked until the token would have expired.
   * A token that is already invalid has nothing to end. Expired records are deleted in the same statement.
   */
  async signOut(token: string | undefined): Promise<void> {
    const claims = token ? await this.auth.verifiedClaims(token) : undefined;
    if (!claims) return;
    await this.users.manager.query(
      `WITH expired AS (DELETE FROM revoked_sessions WHERE expires_at < now())
       INSERT INTO revoked_sessions (token_id, user_id, expires_at) VALUES ($1, $2, to_timestamp($3))
       ON CONFLICT (token_id) DO NOTHING`,
      [claims.jti, claims.sub, claims.exp],
    );
  }

  /** Ends every session of the signed-in user, this one included: every token issued before is refused. */
  async signOutEverywhere(principal: Principal): Promise<void> {
    await this.users.increment({ id: this.userIdOf(principal) }, 'sessionVersion', 1);
  }

  /**
   * Sets a new password after checking the current one (failures count like failed sign-ins: LoginThrottle, 429),
   * judged with the person's e-mail and name as known words (400 on `newPassword`). Every other session ends; the
   * returned token is the caller's new session.
   */
  async changePassword(
    principal: Principal,
    input: { currentPassword: string; newPassword: string },
    clientAddress: string,
  ): Promise<{ accessToken: string; expiresIn: number }> {
    const found = await this.users.findOne({
      where: { id: this.userIdOf(principal), disabledAt: IsNull() },
      select: { id: true, email: true, name: true, role: true, sessionVersion: true, passwordHash: true },
    });
    if (!found) throw new DomainError(ErrorCode.Unauthenticated, 'Sign in again; your account is no longer active');
    await this.throttle.attempt(found.email, clientAddress, async () => {
      if (!(await verifyPassword(found.passwordHash, input.currentPassword))) {
        throw new DomainError(ErrorCode.BadRequest, 'currentPassword is incorrect; enter the password you signed in with', 'currentPassword');
      }
    });
    const weakness = passwordWeakness(input.newPassword, [found.email, found.name]);
    if (weakness) throw new DomainError(ErrorCode.BadRequest, `new${weakness[0].toUpperCase()}${weakness.slice(1)}`, 'newPassword');
    const sessionVersion = found.sessionVersion + 1;
    // Only from the version read: a "sign out everywhere" in between is not undone by this session's new token.
    const { affected } = await this.users.update(
      { id: found.id, sessionVersion: found.sessionVersion },
      { passwordHash: await hashPassword(input.newPassword), sessionVersion },
    );
    if (!affected) throw new DomainError(ErrorCode.Unauthenticated, 'Your sessions were ended while you changed your password; sign in again');
    return this.auth.issueToken({ id: found.id, role: found.role, sessionVersion });
  }

  private userIdOf(principal: Principal): string {
    if (principal.kind !== 'user' || !principal.userId) throw new DomainError(ErrorCode.Forbidden, 'This requires a signed-in user, not an API key');
    return principal.userId;
  }
}
