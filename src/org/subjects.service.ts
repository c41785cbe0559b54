import { Injectable } from '@nestjs/common';
import { badRequest } from '../common/app-error.js';
import { SubjectStore } from './subject-store.js';

export interface SubjectView {
  code: string;
  name: string;
  restricted: boolean;
  oldLabels: string[];
}

@Injectable()
export class SubjectsService {
  constructor(private readonly store: SubjectStore) {}

  async list(): Promise<SubjectView[]> {
    const [subjects, aliases] = await Promise.all([this.store.subjects(), this.store.aliases()]);
    return subjects.map((s) => ({
      code: s.code,
      name: s.name,
      restricted: s.restricted,
      oldLabels: aliases.filter((a) => a.subjectCodes.includes(s.code)).map((a) => a.label),
    }));
  }

  /** Maps a current name, an old label or a code onto current subject codes; [] when unknown. */
  async resolve(label: string): Promise<string[]> {
    const text = label.trim();
    const subject = await this.store.named(text);
    if (subject) return [subject.code];
    const alias = await this.store.alias(text);
    return alias ? alias.subjectCodes : [];
  }

  /** Throws a 400 naming the first unknown code, e.g. portfolioSubjects[2]. */
  async assertKnownCodes(codes: string[], field: string): Promise<void> {
    if (codes.length === 0) return;
    const known = new Set((await this.store.subjects()).map((s) => s.code));
    const index = codes.findIndex((c) => !known.has(c));
    if (index >= 0) {
      throw badRequest(
        `${field}[${index}]：未知的信访事项分类 ${codes[index]}`,
        `${field}[${index}]`,
      );
    }
  }
}
