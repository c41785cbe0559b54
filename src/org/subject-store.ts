import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Subject, SubjectAlias } from './subject.entity.js';

/** What SubjectsService needs of the taxonomy tables (an in-memory one in specs: src/org/testing.ts). */
export abstract class SubjectStore {
  /** Every category in the taxonomy's order. */
  abstract subjects(): Promise<Subject[]>;
  abstract aliases(): Promise<SubjectAlias[]>;
  /** The category with this name or code. */
  abstract named(text: string): Promise<Subject | null>;
  abstract alias(label: string): Promise<SubjectAlias | null>;
}

@Injectable()
export class TypeOrmSubjectStore extends SubjectStore {
  constructor(
    @InjectRepository(Subject) private readonly subjectRows: Repository<Subject>,
    @InjectRepository(SubjectAlias) private readonly aliasRows: Repository<SubjectAlias>,
  ) {
    super();
  }

  subjects(): Promise<Subject[]> {
    return this.subjectRows.find({ order: { sortOrder: 'ASC' } });
  }

  aliases(): Promise<SubjectAlias[]> {
    return this.aliasRows.find();
  }

  named(text: string): Promise<Subject | null> {
    return this.subjectRows.findOne({ where: [{ name: text }, { code: text }] });
  }

  alias(label: string): Promise<SubjectAlias | null> {
    return this.aliasRows.findOne({ where: { label } });
  }
}
