import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type DeepPartial, type Repository } from 'typeorm';
import { User } from './user.entity.js';

/** What AuthService needs of the account table (an in-memory one in specs: src/auth/testing.ts). */
export abstract class UserStore {
  /** The active account with exactly this username. */
  abstract activeByUsername(username: string): Promise<User | null>;
  abstract activeById(id: string): Promise<User | null>;
  abstract insert(users: DeepPartial<User>[]): Promise<User[]>;
  /** The active accounts acting for a leader (the leader, a secretary), oldest first. */
  abstract activeLeaderAccounts(leaderId: string): Promise<User[]>;
  abstract byIds(ids: readonly string[]): Promise<Pick<User, 'id' | 'displayName'>[]>;
  abstract count(): Promise<number>;
}

@Injectable()
export class TypeOrmUserStore extends UserStore {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {
    super();
  }

  activeByUsername(username: string): Promise<User | null> {
    return this.users.findOne({ where: { username, active: true } });
  }

  activeById(id: string): Promise<User | null> {
    return this.users.findOne({ where: { id, active: true } });
  }

  insert(users: DeepPartial<User>[]): Promise<User[]> {
    return this.users.save(users.map((u) => this.users.create(u)));
  }

  activeLeaderAccounts(leaderId: string): Promise<User[]> {
    return this.users.find({
      where: { leaderId, role: 'leader', active: true },
      order: { createdAt: 'ASC' },
    });
  }

  byIds(ids: readonly string[]): Promise<Pick<User, 'id' | 'displayName'>[]> {
    return this.users.find({
      select: { id: true, displayName: true },
      where: { id: In([...ids]) },
    });
  }

  count(): Promise<number> {
    return this.users.count();
  }
}
