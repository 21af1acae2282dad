// What each role is for, in a few sentences a student can take in at a glance, in the page's
// language (the catalogue's roles.<role> section).
import type { Role } from "../../shared/model/state";
import { catalogue } from "../i18n";

export interface Briefing {
  title: string;
  who: string;
  wants: string;
  does: string[];
}

export const ROLE_ORDER: Role[] = ["government", "village", "developer", "migrant"];

export const isRole = (role: string): role is Role => (ROLE_ORDER as string[]).includes(role);

/** The role's briefing in the page's language now: what it does, then the living economy's levers (one sentence each). */
export function briefing(role: Role): Briefing {
  const c = catalogue();
  const b = c.roles[role];
  return { title: b.title, who: b.who, wants: b.wants, does: [...Object.values(b.does), ...Object.values(c.levers[role])] };
}

/** The briefings by role, each read in the page's language when it is looked up (the game's
 * panels index it by role: BRIEFINGS[role].title). */
export const BRIEFINGS = Object.defineProperties(
  {},
  Object.fromEntries(ROLE_ORDER.map((role) => [role, { enumerable: true, get: () => briefing(role) }])),
) as Record<Role, Briefing>;
