import type { TrafficChange, TrafficRequest } from "./request.js";
import { largestRemainder } from "./rounding.js";
import { routerOf } from "./routers/index.js";
import type { RolloutConfig, ServiceConfig } from "./schema.js";
import { didYouMean } from "./suggest.js";

export type Weights = Readonly<Record<string, number>>;

/** Shadow traffic: a copy of `percent` % of requests goes to `version`, whose answers are dropped. */
export type Mirror = NonNullable<ServiceConfig["mirror"]>;

/** A service's weights as rollout.yaml states them, in config order. */
export function weightsOf(service: Pick<ServiceConfig, "versions">): Record<string, number> {
  return Object.fromEntries(Object.entries(service.versions).map(([v, c]) => [v, c.weight]));
}

/** A decided traffic change for one service. */
export interface TrafficPlan {
  readonly service: string;
  readonly kind: TrafficRequest["change"]["kind"];
  readonly before: Weights;
  readonly after: Weights;
  readonly stableBefore: string;
  readonly stableAfter: string;
  /** The version being rolled out, when there is one. */
  readonly canary?: string;
  /** True when --force lifted a maxStep refusal. */
  readonly forced: boolean;
  /**
   * The service's mirror before and after the change, when it has one. A weight change that
   * gives the mirrored version traffic clears it (`mirrorAfter` absent): it now serves for real.
   */
  readonly mirrorBefore?: Mirror;
  readonly mirrorAfter?: Mirror;
}

export type PlanRefusal =
  | "unknown-service"
  | "service-required"
  | "unknown-version"
  | "weight-out-of-range"
  | "bad-sum"
  | "step-too-large"
  | "no-op"
  | "no-next-step"
  | "ambiguous-canary"
  | "mirror-is-stable"
  | "mirror-serves-traffic"
  | "percent-out-of-range"
  | "mirror-not-rendered"
  | "router-refused";

export type PlanResult =
  | { readonly ok: true; readonly plan: TrafficPlan }
  | { readonly ok: false; readonly reason: PlanRefusal; readonly message: string };

function refuse(reason: PlanRefusal, message: string): PlanResult {
  return { ok: false, reason, message };
}

/**
 * Sets `version` to `weight` and shrinks (or grows) the others in proportion to their current
 * weights, as integers adding up to 100: floors first, then the remainder by largest fraction,
 * ties to config order. When the others carry nothing, the rest goes to `stable`.
 */
export function proportional(params: {
  readonly before: Weights;
  readonly order: readonly string[];
  readonly stable: string;
  readonly version: string;
  readonly weight: number;
}): Weights {
  const { before, order, stable, version, weight } = params;
  const others = order.filter((v) => v !== version);
  const rest = 100 - weight;
  const base = others.reduce((a, v) => a + (before[v] ?? 0), 0);
  const after: Record<string, number> = {};
  for (const v of order) after[v] = 0;
  after[version] = weight;
  if (others.length === 0) return after;
  if (base === 0) {
    const receiver = others.includes(stable) ? stable : (others[0] as string);
    after[receiver] = rest;
    return after;
  }
  Object.assign(
    after,
    largestRemainder(
      others.map((v) => [v, (rest * (before[v] ?? 0)) / base]),
      rest,
    ),
  );
  return after;
}

function pickService(
  config: RolloutConfig,
  wanted: string | undefined,
): PlanResult | [string, ServiceConfig] {
  const keys = Object.keys(config.services);
  if (wanted === undefined) {
    if (keys.length === 1) return [keys[0] as string, config.services[keys[0] as string] as ServiceConfig];
    return refuse(
      "service-required",
      `rollout.yaml has ${keys.length} services (${keys.join(", ")}): name one first, e.g. \`${keys[0]} v2 20\`.`,
    );
  }
  const s = config.services[wanted];
  if (!s)
    return refuse(
      "unknown-service",
      `no service \`${wanted}\` in rollout.yaml (services: ${keys.join(", ")}).${didYouMean(wanted, keys)}`,
    );
  return [wanted, s];
}

function checkVersion(service: string, s: ServiceConfig, version: string): PlanResult | undefined {
  const versions = Object.keys(s.versions);
  if (versions.includes(version)) return undefined;
  return refuse(
    "unknown-version",
    `service \`${service}\` has no version \`${version}\` (versions: ${versions.join(", ")}).${didYouMean(version, versions)} Add it under services.${service}.versions in rollout.yaml first.`,
  );
}

/** The version being rolled out: the one non-stable version with traffic, or the only non-stable one. */
function currentCanary(s: ServiceConfig, service: string): PlanResult | string {
  const nonStable = Object.keys(s.versions).filter((v) => v !== s.stable);
  const live = nonStable.filter((v) => (s.versions[v]?.weight ?? 0) > 0);
  if (live.length === 1) return live[0] as string;
  if (live.length === 0 && nonStable.length === 1) return nonStable[0] as string;
  if (nonStable.length === 0)
    return refuse(
      "no-next-step",
      `service \`${service}\` has only its stable version \`${s.stable}\`: add a new version to roll out.`,
    );
  return refuse(
    "ambiguous-canary",
    `service \`${service}\` has several candidate versions (${(live.length ? live : nonStable).join(", ")}): name one, e.g. \`next ${(live.length ? live : nonStable)[0]}\`.`,
  );
}

/** The mirror a `mirror` change asks for (`undefined`: none), or why not. Weights stay as they are. */
function planMirror(
  service: string,
  s: ServiceConfig,
  change: Extract<TrafficChange, { kind: "mirror" }>,
): PlanResult | { readonly mirror: Mirror | undefined } {
  const current = s.mirror;
  if (change.off) {
    if (!current) return refuse("no-op", `\`${service}\` mirrors no version: nothing to stop.`);
    return { mirror: undefined };
  }
  const { version, percent } = change;
  const field = routerOf(s).broughtField;
  const brought = s[field];
  if (brought !== undefined)
    return refuse(
      "mirror-not-rendered",
      `\`${service}\` routes through your own file \`${brought}\` (\`${field}\`), whose mirror rollout-bot does not edit: add the mirror to that file yourself, or let rollout-bot render the routes (\`manifests\`).`,
    );
  const bad = checkVersion(service, s, version);
  if (bad) return bad;
  if (version === s.stable)
    return refuse(
      "mirror-is-stable",
      `\`${version}\` is the stable version of \`${service}\`: it serves live traffic, so its metrics would mix copies with real answers. Mirror a version at weight 0.`,
    );
  const weight = s.versions[version]?.weight ?? 0;
  if (weight > 0)
    return refuse(
      "mirror-serves-traffic",
      `\`${version}\` serves ${weight} % of live traffic: its metrics would mix copies with real answers. Mirror a version at weight 0, or take it to 0 first (\`${version} 0\`).`,
    );
  if (!Number.isInteger(percent) || percent < 1 || percent > 100)
    return refuse(
      "percent-out-of-range",
      `mirror percent ${percent} is out of range: use a whole number from 1 to 100${percent === 0 ? ", or `mirror off` to stop mirroring" : ""}.`,
    );
  if (current && current.version === version && current.percent === percent)
    return refuse(
      "no-op",
      `\`${service}\` already mirrors ${percent} % of requests to \`${version}\`: nothing to change.`,
    );
  return { mirror: { version, percent } };
}

function describe(w: Weights): string {
  return Object.entries(w)
    .map(([v, n]) => `${v} ${n} %`)
    .join(", ");
}

/** Decides the new weights for a request against the current config. Pure. */
export function planTraffic(params: {
  readonly config: RolloutConfig;
  readonly request: TrafficRequest;
  /**
   * The weights serving now (the default branch), when planning on top of an open rollout PR:
   * maxStep limits what merging changes, so repeated commands cannot add up past it.
   */
  readonly live?: Weights;
}): PlanResult {
  const { config, request } = params;
  const picked = pickService(config, request.service);
  if (!Array.isArray(picked)) return picked as PlanResult;
  const [service, s] = picked;
  const order = Object.keys(s.versions);
  const before = weightsOf(s);
  const change = request.change;
  let after: Weights;
  let stableAfter = s.stable;
  let canary: string | undefined;
  let finalStep = false;
  let mirrorAfter = s.mirror;
  const all = (winner: string): Weights => Object.fromEntries(order.map((v) => [v, v === winner ? 100 : 0]));

  switch (change.kind) {
    case "set": {
      const bad = checkVersion(service, s, change.version);
      if (bad) return bad;
      if (change.weight < 0 || change.weight > 100)
        return refuse(
          "weight-out-of-range",
          `weight ${change.weight} is out of range: use a whole number from 0 to 100.`,
        );
      if (order.length === 1 && change.weight !== 100)
        return refuse(
          "bad-sum",
          `\`${change.version}\` is the only version of \`${service}\`, so it carries 100 %: add another version first.`,
        );
      after = proportional({
        before,
        order,
        stable: s.stable,
        version: change.version,
        weight: change.weight,
      });
      canary = change.version === s.stable ? undefined : change.version;
      break;
    }
    case "weights": {
      for (const [v, w] of change.weights) {
        const bad = checkVersion(service, s, v);
        if (bad) return bad;
        if (w < 0 || w > 100)
          return refuse(
            "weight-out-of-range",
            `weight ${w} for \`${v}\` is out of range: use a whole number from 0 to 100.`,
          );
      }
      const sum = change.weights.reduce((a, [, w]) => a + w, 0);
      if (sum !== 100)
        return refuse(
          "bad-sum",
          `weights add up to ${sum}, not 100 (${change.weights.map(([v, w]) => `${v}:${w}`).join(":")}). Make them add up to 100; versions left out get 0.`,
        );
      const given = new Map(change.weights);
      after = Object.fromEntries(order.map((v) => [v, given.get(v) ?? 0]));
      const rising = order.filter((v) => v !== s.stable && (after[v] ?? 0) > 0);
      canary = rising.length === 1 ? rising[0] : undefined;
      break;
    }
    case "next": {
      let version = change.version;
      if (version === undefined) {
        const c = currentCanary(s, service);
        if (typeof c !== "string") return c;
        version = c;
      } else {
        const bad = checkVersion(service, s, version);
        if (bad) return bad;
      }
      const current = before[version] ?? 0;
      const step = s.steps.find((x) => x > current);
      if (step === undefined) {
        return refuse(
          "no-next-step",
          `\`${version}\` is at ${current} %, past the last step (steps: ${s.steps.join(", ")}). Use \`promote ${version}\` to make it stable, or set a weight.`,
        );
      }
      const belowFull = s.steps.filter((x) => x < 100);
      finalStep = step === 100 && current >= (belowFull[belowFull.length - 1] ?? 0);
      after = proportional({ before, order, stable: s.stable, version, weight: step });
      canary = version;
      break;
    }
    case "promote": {
      const bad = checkVersion(service, s, change.version);
      if (bad) return bad;
      after = all(change.version);
      stableAfter = change.version;
      canary = change.version;
      const belowFull = s.steps.filter((x) => x < 100);
      finalStep = (before[change.version] ?? 0) >= (belowFull[belowFull.length - 1] ?? 0);
      break;
    }
    case "abort":
      after = all(s.stable);
      break;
    case "mirror": {
      const m = planMirror(service, s, change);
      if ("ok" in m) return m;
      mirrorAfter = m.mirror;
      after = before;
      const live = order.filter((v) => v !== s.stable && (before[v] ?? 0) > 0);
      canary = live.length === 1 ? live[0] : undefined;
      break;
    }
  }
  // A mirrored version that gets traffic (or becomes stable) now serves for real: the mirror goes.
  if (
    change.kind !== "mirror" &&
    mirrorAfter &&
    ((after[mirrorAfter.version] ?? 0) > 0 || stableAfter === mirrorAfter.version)
  )
    mirrorAfter = undefined;
  // Some routers cannot reach every state (KServe never routes back to an older revision).
  const cannot = routerOf(s).refusePlan?.({
    input: { key: service, service: s, clusterDomain: config.clusterDomain },
    after,
    stableAfter,
    mirrorAfter,
  });
  if (cannot) return refuse("router-refused", cannot);
  const done = (forced: boolean): PlanResult => ({
    ok: true,
    plan: {
      service,
      kind: change.kind,
      before,
      after,
      stableBefore: s.stable,
      stableAfter,
      ...(canary ? { canary } : {}),
      forced,
      ...(s.mirror ? { mirrorBefore: s.mirror } : {}),
      ...(mirrorAfter ? { mirrorAfter } : {}),
    },
  });
  // Mirroring moves no weight: its own no-op check is done, and maxStep does not apply.
  if (change.kind === "mirror") return done(false);

  if (order.every((v) => after[v] === before[v]) && stableAfter === s.stable) {
    return refuse(
      "no-op",
      `\`${service}\` already has ${describe(before)}${change.kind === "promote" ? ` and \`${stableAfter}\` is stable` : ""}: nothing to change. Ask for different weights.`,
    );
  }
  // abort is a retreat and the last configured step to 100 % is the schedule itself: both exempt.
  if (change.kind !== "abort" && !finalStep) {
    const maxStep = s.policy.maxStep;
    const from = params.live ?? before;
    const jump = order
      .map((v) => ({ v, up: (after[v] ?? 0) - (from[v] ?? 0) }))
      .filter((x) => x.up > maxStep)
      .sort((a, b) => b.up - a.up)[0];
    if (jump && !request.force) {
      return refuse(
        "step-too-large",
        params.live && params.live[jump.v] !== before[jump.v]
          ? `\`${jump.v}\` serves ${from[jump.v] ?? 0} % now and the open rollout PR already proposes ${before[jump.v]} %; ${after[jump.v]} % would be +${jump.up} on merge, more than policy.maxStep ${maxStep} for \`${service}\`. Merge (or close) the rollout PR first, take a smaller step (at most \`${jump.v} ${(from[jump.v] ?? 0) + maxStep}\`), or add --force if you are allowed to.`
          : `\`${jump.v}\` would go from ${before[jump.v]} % to ${after[jump.v]} % (+${jump.up}), more than policy.maxStep ${maxStep} for \`${service}\`. Take a smaller step (e.g. \`${jump.v} ${(before[jump.v] ?? 0) + maxStep}\`) or add --force if you are allowed to.`,
      );
    }
    if (jump) return done(true);
  }
  return done(false);
}

/** "v1 90 % → 80 %, v2 10 % → 20 %" (unchanged versions are left out). */
export function describeChange(plan: Pick<TrafficPlan, "before" | "after">): string {
  return Object.keys(plan.after)
    .filter((v) => plan.before[v] !== plan.after[v])
    .map((v) => `${v} ${plan.before[v] ?? 0} % → ${plan.after[v]} %`)
    .join(", ");
}

/** "`v2` receives a copy of 10 % of requests (shadow traffic; not served, not in the gate)". */
export function describeMirror(m: Mirror): string {
  return `\`${m.version}\` receives a copy of ${m.percent} % of requests (shadow traffic; not served, not in the gate)`;
}

/** Whether two mirrors are the same (both none, or the same version and percent). */
export function sameMirror(a: Mirror | undefined, b: Mirror | undefined): boolean {
  return (
    a === b || (a !== undefined && b !== undefined && a.version === b.version && a.percent === b.percent)
  );
}

/**
 * What a plan does to the mirror, as a sentence (Markdown code spans); `undefined` when it leaves
 * the mirror as it was.
 */
export function describeMirrorChange(
  plan: Pick<TrafficPlan, "kind" | "after" | "mirrorBefore" | "mirrorAfter">,
): string | undefined {
  const { mirrorBefore: was, mirrorAfter: now } = plan;
  if (sameMirror(was, now)) return undefined;
  if (now) return `${describeMirror(now)}${was ? `; was ${was.percent} % to \`${was.version}\`` : ""}`;
  if (!was) return undefined;
  const weight = plan.after[was.version] ?? 0;
  return plan.kind !== "mirror" && weight > 0
    ? `the mirror to \`${was.version}\` stops: \`${was.version}\` now serves ${weight} % of live traffic`
    : `the mirror to \`${was.version}\` (${was.percent} % of requests) stops`;
}
