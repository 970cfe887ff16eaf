import type { BareWord, ServiceWord } from "./commands.js";
import type { Mirror, TrafficPlan, Weights } from "./plan.js";
import type { ServiceConfig } from "./schema.js";

/** A `/rollout` comment, read from its first `/rollout` line. */
export type ParseCommentResult =
  | {
      readonly ok: true;
      /** Words after `/rollout` on the first command line. */
      readonly words: readonly string[];
      /** Further `/rollout` lines, which are not run (one command per comment). */
      readonly ignoredLines: number;
    }
  | { readonly ok: false; readonly reason: "no-command" };

/**
 * What a `/rollout` comment asks for, once rollout.yaml's service keys are known. The kinds
 * besides `traffic` come from the command table, so the handler's switch must cover each one.
 */
export type ChatCommand =
  | { readonly kind: "traffic"; readonly words: readonly string[]; readonly force: boolean }
  | { [W in ServiceWord]: { readonly kind: W; readonly service?: string } }[ServiceWord]
  | { [W in BareWord]: { readonly kind: W } }[BareWord];

export type ClassifyResult =
  | { readonly ok: true; readonly command: ChatCommand }
  | { readonly ok: false; readonly reason: "usage" | "unknown-service"; readonly message: string };

/** Repository permission as the REST permission API reports it (`role_name`). */
export type RepoRole = "admin" | "maintain" | "write" | "triage" | "read" | "none";

export type AuthorizeResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason: "bot" | "insufficient-permission" | "force-not-allowed";
      readonly message: string;
    };

/** Facts for the rollout PR's body. */
export interface RolloutPrFacts {
  readonly service: string;
  readonly config: Pick<ServiceConfig, "namespace" | "host" | "steps" | "stable" | "policy" | "versions"> &
    Partial<Pick<ServiceConfig, "pin">>;
  readonly plan: TrafficPlan;
  /** Who asked, and where (`owner/repo#12`). */
  readonly requestedBy: string;
  readonly source: string;
  /** The config file's path, e.g. `rollout.yaml`. */
  readonly configFile: string;
  /**
   * Weights on the default branch. Give them when the plan was built on the rollout branch:
   * merging moves traffic from these, not from `plan.before`.
   */
  readonly live?: Weights;
  /** The mirror on the default branch, when `live` is given (none when absent). */
  readonly liveMirror?: Mirror;
  /** What the edit of a routing file the user brought had to add (a `weight:`, a destination). */
  readonly notes?: readonly string[];
  /** The command as typed, e.g. `/rollout v2 20`. */
  readonly command?: string;
}
