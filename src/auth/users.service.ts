import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, FindOptionsWhere, IsNull, Repository } from 'typeorm';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { access } from './access';
import { revokeKeysCreatedBy } from './api-keys.service';
import { NewUserDto } from './auth.dto';
import { hashPassword } from './passwords';
import { Principal, Role } from './role';
import { User } from './user.entity';
import { isUniqueViolation } from '../errors/unique-violation';

export interface Membership {
  role: Role;
  manufacturerId?: string;
  retailerId?: string;
}

/** Users and the organisation (team) each belongs to: ops, one manufacturer, or one retailer. */
@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** Creates a user inside the caller's transaction (onboarding creates the tenant and its admin together). */
  async create(manager: EntityManager, membership: Membership, input: NewUserDto): Promise<User> {
    const user = manager.create(User, {
      email: input.email.toLowerCase(),
      name: input.name,
      passwordHash: await hashPassword(input.password),
      role: membership.role,
      manufacturerId: membership.manufacturerId ?? null,
      retailerId: membership.retailerId ?? null,
      isAdmin: input.isAdmin ?? false,
    });
    try {
      const { passwordHash: _, ...saved } = await manager.save(user);
      return saved as User;
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError(ErrorCode.Conflict, `A user with e-mail ${input.email} already exists; use another e-mail`);
      }
      throw error;
    }
  }

  listTeam(principal: Principal): Promise<User[]> {
    return this.users.find({ where: this.teamOf(principal), order: { createdAt: 'ASC' } });
  }

  async getMember(principal: Principal, id: string): Promise<User> {
    return access.found(await this.users.findOneBy({ ...this.teamOf(principal), id }), 'User');
  }

  addMember(principal: Principal, input: NewUserDto): Promise<User> {
    access.requireTenantAdmin(principal);
    return this.users.manager.transaction((manager) => this.create(manager, this.membershipOf(principal), input));
  }

  async disableMember(principal: Principal, id: string): Promise<User> {
    access.requireTenantAdmin(principal);
    const member = await this.getMember(principal, id);
    if (member.id === principal.userId) {
      throw new DomainError(ErrorCode.Conflict, 'You cannot disable your own account; ask another admin');
    }
    await this.users.manager.transaction(async (manager) => {
      await manager.update(User, { id, disabledAt: IsNull() }, { disabledAt: new Date() });
      await revokeKeysCreatedBy(manager, member, principal.userId!);
    });
    return this.getMember(principal, id);
  }

  /** Ops: the users of one organisation, a manufacturer's or a retailer's (ops' own team is listTeam). */
  listOrganisation(principal: Principal, organisation: { manufacturerId?: string; retailerId?: string }): Promise<User[]> {
    access.requireOps(principal);
    const where = organisation.manufacturerId ? { manufacturerId: organisation.manufacturerId } : { retailerId: organisation.retailerId ?? IsNull() };
    return this.users.find({ where, order: { createdAt: 'ASC' } });
  }

  /** Ops: disables any user but themselves; the user's sessions and tokens stop working at once. 404 for an unknown id. */
  async disableByOps(principal: Principal, id: string): Promise<User> {
    access.requireOps(principal);
    if (id === principal.userId) throw new DomainError(ErrorCode.Conflict, 'You cannot disable your own account; ask another ops admin');
    access.found(await this.users.findOneBy({ id }), 'User');
    await this.users.update({ id, disabledAt: IsNull() }, { disabledAt: new Date() });
    return this.users.findOneByOrFail({ id });
  }

  private membershipOf(principal: Principal): Membership {
    return { role: principal.role, manufacturerId: principal.manufacturerId, retailerId: principal.retailerId };
  }

  private teamOf(principal: Principal): FindOptionsWhere<User> {
    return {
      role: principal.role,
      manufacturerId: principal.manufacturerId ?? IsNull(),
      retailerId: principal.retailerId ?? IsNull(),
    };
  }
}
