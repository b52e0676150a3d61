import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { createHash, randomUUID } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { ApiKey } from './api-key.entity';
import { LoginThrottle } from './login-throttle';
import { verifyPassword } from './passwords';
import { Principal, Role } from './role';
import { User } from './user.entity';

/** What an access token says: the user (a uuid), their role and session version, as issued by sign-in. */
interface TokenClaims {
  sub: string;
  role: Role;
  /** The user's session version when it was issued (User.sessionVersion). */
  sv: number;
  /** The token's own id (a uuid): signing out records it as revoked (RevokedSession). */
  jti: string;
  iat: number;
  exp: number;
}

/** How far ahead of this server's clock another instance's clock may be when it issues a token (seconds). */
const CLOCK_SKEW_SECONDS = 5;

/**
 * The claims of a verified token if they are exactly what sign-in issues: sub and jti uuids, role a known role,
 * sv a session version, integer iat not in the future and exp with a lifetime of at most `ttlSeconds`, nothing
 * else. A token that passes the signature but not this (hand-made with a leaked or test secret, or from an
 * older format) is refused.
 */
function validClaims(payload: unknown, ttlSeconds: number, nowSeconds: number): TokenClaims | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const { sub, role, sv, jti, iat, exp, ...other } = payload as Record<string, unknown>;
  if (!Number.isInteger(iat) || !Number.isInteger(exp) || !Number.isInteger(sv) || (sv as number) < 0) return undefined;
  const [issued, expires] = [iat as number, exp as number];
  const lifetimeOk = expires > issued && expires - issued <= ttlSeconds && issued <= nowSeconds + CLOCK_SKEW_SECONDS;
  const valid =
    typeof sub === 'string' &&
    isUUID(sub) &&
    typeof jti === 'string' &&
    isUUID(jti) &&
    Object.values(Role).includes(role as Role) &&
    lifetimeOk &&
    !Object.keys(other).length;
  return valid ? { sub, role: role as Role, sv: sv as number, jti, iat: issued, exp: expires } : undefined;
}

export const hashApiKey = (secret: string) => createHash('sha256').update(secret).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(ApiKey) private readonly apiKeys: Repository<ApiKey>,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly throttle: LoginThrottle,
  ) {}

  /**
   * A session for the right e-mail and password. `clientAddress` counts failed attempts with the account
   * (LoginThrottle): past either limit it throws LoginThrottled (429) without checking the password.
   */
  login(email: string, password: string, clientAddress: string): Promise<{ accessToken: string; expiresIn: number; user: User }> {
    return this.throttle.attempt(email, clientAddress, () => this.checkPassword(email, password));
  }

  private async checkPassword(email: string, password: string): Promise<{ accessToken: string; expiresIn: number; user: User }> {
    const found = await this.users.findOne({
      where: { email: email.trim().toLowerCase(), disabledAt: IsNull() },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        manufacturerId: true,
        retailerId: true,
        isAdmin: true,
        sessionVersion: true,
        passwordHash: true,
      },
    });
    // Same message for an unknown e-mail and a wrong password: the answer must not reveal who has an account.
    if (!(await verifyPassword(found?.passwordHash, password)) || !found) {
      throw new DomainError(ErrorCode.Unauthenticated, 'E-mail or password is incorrect');
    }
    const { passwordHash: _, ...user } = found;
    return { ...(await this.issueToken(user)), user: user as User };
  }

  /** A new access token for `user` (with their current session version), valid for JWT_TTL_SECONDS. */
  async issueToken(user: Pick<User, 'id' | 'role' | 'sessionVersion'>): Promise<{ accessToken: string; expiresIn: number }> {
    const accessToken = await this.jwt.signAsync({ sub: user.id, role: user.role, sv: user.sessionVersion }, { jwtid: randomUUID() });
    const { exp, iat } = this.jwt.decode<{ exp: number; iat: number }>(accessToken);
    return { accessToken, expiresIn: exp - iat };
  }

  /** The claims of a token this app issued that is still valid by its signature and shape, else undefined. */
  async verifiedClaims(token: string): Promise<TokenClaims | undefined> {
    try {
      return validClaims(await this.jwt.verifyAsync<object>(token), this.config.JWT_TTL_SECONDS, Math.floor(Date.now() / 1000));
    } catch {
      return undefined;
    }
  }

  async principalForToken(token: string): Promise<Principal | undefined> {
    const claims = await this.verifiedClaims(token);
    if (!claims) return undefined;
    // One round trip on every request, by primary keys: a disabled user, a session signed out (its jti) and every
    // session before "sign out everywhere" (an older session version) lose access at once, not when the token expires.
    const user = await this.users
      .createQueryBuilder('u')
      .where('u.id = :id AND u.disabledAt IS NULL AND u.sessionVersion = :sv', { id: claims.sub, sv: claims.sv })
      .andWhere('NOT EXISTS (SELECT 1 FROM revoked_sessions r WHERE r.token_id = :jti)', { jti: claims.jti })
      .getOne();
    if (!user || user.role !== claims.role) return undefined;
    return {
      kind: 'user',
      userId: user.id,
      role: user.role,
      manufacturerId: user.manufacturerId ?? undefined,
      retailerId: user.retailerId ?? undefined,
      isAdmin: user.isAdmin,
    };
  }

  async principalForApiKey(secret: string): Promise<Principal | undefined> {
    // A disabled creator's keys are revoked with them; the join keeps that so even for a user disabled another way.
    const key = await this.apiKeys
      .createQueryBuilder('k')
      .innerJoin('k.createdByUser', 'creator', 'creator.disabledAt IS NULL')
      .where('k.secretHash = :hash AND k.revokedAt IS NULL', { hash: hashApiKey(secret) })
      .getOne();
    if (!key) return undefined;
    // At most one write a minute per key, so busy integrations do not turn every read into a write; the row
    // just read says whether one is due, so most requests skip the round trip too.
    const due = !key.lastUsedAt || key.lastUsedAt.getTime() < Date.now() - 60_000;
    if (due)
      await this.apiKeys
        .createQueryBuilder()
        .update()
        .set({ lastUsedAt: () => 'now()' })
        .where("id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')", { id: key.id })
        .execute();
    return { kind: 'api-key', apiKeyId: key.id, role: Role.Retailer, retailerId: key.retailerId, isAdmin: false };
  }
}
