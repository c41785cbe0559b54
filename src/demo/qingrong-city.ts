/**
 * The fictional city 青嵘市 (all names invented) used for the demo and the tests: its units, the 20
 * leaders with portfolios and quotas, and the departments that attend receptions. The tables are
 * data (qingrong-city.json), checked here when loaded.
 */
import { z } from 'zod';
import { LEADER_RANKS, ROTATION_POOLS, UNIT_LEVELS } from '../org/index.js';
import city from './qingrong-city.json' with { type: 'json' };

export const CITY_VENUE = '市群众来访接待中心（市信访局一楼）';

/** 落款 of the city's roster notice: the two general offices (两办), as on a joint notice. */
export const CITY_ISSUING_OFFICE = '中共青嵘市委办公室　青嵘市人民政府办公室';

const subjectCodes = z.array(z.string());

const demoLeader = z.object({
  code: z.string(),
  name: z.string(),
  title: z.string(),
  portfolioText: z.string(),
  /** "all public": every category but the restricted one (主要领导). */
  subjects: z.union([subjectCodes, z.literal('all public')]),
  /** 主要领导 (书记, 市长) / 市委常委 (副书记 included) / 副市长 / 人大 / 政协. */
  rank: z.enum(LEADER_RANKS),
  pool: z.enum(ROTATION_POOLS),
  /** A separate reception place (韩立诚, 纪检监察); absent: the city's hall. */
  venue: z.string().optional(),
  /** false: duties kept out of every public list (纪检监察). */
  publicReception: z.boolean().optional(),
  /**
   * Sessions per month [min, max]; quarterly leaders sit at most `quarter` times a quarter, and
   * at least once (the quarterly minimum).
   */
  monthly: z.tuple([z.number().int(), z.number().int()]),
  quarter: z.number().int().optional(),
});

const demoCity = z.object({
  units: z.array(z.object({ code: z.string(), name: z.string(), level: z.enum(UNIT_LEVELS) })),
  allPublicSubjects: subjectCodes,
  leaders: z.array(demoLeader),
  departments: z.array(z.object({ name: z.string(), subjects: subjectCodes })),
});

const { units, allPublicSubjects, leaders, departments } = demoCity.parse(city);

export type DemoLeader = Omit<z.infer<typeof demoLeader>, 'subjects'> & { subjects: string[] };

export const DEMO_UNITS = units;

export const DEMO_LEADERS: ReadonlyArray<DemoLeader> = leaders.map((l) => ({
  ...l,
  subjects: l.subjects === 'all public' ? allPublicSubjects : l.subjects,
}));

export const DEMO_DEPARTMENTS = departments;
