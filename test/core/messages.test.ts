import { describe, expect, it } from "@jest/globals";
import { authorize } from "../../src/core/authorize.js";
import { classifyCommand, parseComment } from "../../src/core/comment.js";
import { loadConfig } from "../../src/core/config.js";
import {
  helpMessage,
  replyDone,
  replyError,
  replyRefused,
  replyStatus,
  rolloutPrBody,
  rolloutPrTitle,
} from "../../src/core/messages.js";
import { planTraffic, type TrafficPlan } from "../../src/core/plan.js";
import { parseTrafficRequest } from "../../src/core/request.js";
import type { ServiceConfig } from "../../src/core/schema.js";
import { load, MNIST_YAML, minimal } from "../helpers/config.js";

const MNIST = load(MNIST_YAML).config;
const THREE = load(minimal({ versions: { v1: 70, v2: 20, v3: 10 }, maxStep: 30 })).config;
const mnist = MNIST.services.mnist as ServiceConfig;
/** rollout.yaml on a rollout branch where an earlier command moved v2 to 25 %. */
const BRANCH = load(
  MNIST_YAML.replace("weight: 90,", "weight: 75,").replace("weight: 10,", "weight: 25,"),
).config;

/** examples/mnist with a v3 at 0 % to shadow, and pinned routes; optionally mirroring already. */
const shadowYaml = (mirror = "") =>
  MNIST_YAML.replace(
    "      v2: { weight: 10, modelBasePath: gs://kubeflow-examples-data/mnist/2 }\n",
    "      v2: { weight: 10, modelBasePath: gs://kubeflow-examples-data/mnist/2 }\n      v3: { weight: 0, modelBasePath: gs://kubeflow-examples-data/mnist/3 }\n",
  ).replace("    versions:\n", `    pin: { header: x-model-version }\n${mirror}    versions:\n`);
const SHADOW = load(shadowYaml()).config;
const MIRRORED = load(shadowYaml("    mirror: { version: v3, percent: 10 }\n")).config;

/** A real plan for `words` against a config, so messages see what the planner really produces. */
function plan(words: string, config = MNIST): TrafficPlan {
  const parsed = parseTrafficRequest({ words: words.split(" "), serviceKeys: Object.keys(config.services) });
  if (!parsed.ok) throw new Error(parsed.message);
  const r = planTraffic({ config, request: parsed.request });
  if (!r.ok) throw new Error(r.message);
  return r.plan;
}

const facts = (p: TrafficPlan, more: Partial<Parameters<typeof rolloutPrBody>[0]> = {}) =>
  rolloutPrBody({
    service: "mnist",
    config: mnist,
    plan: p,
    requestedBy: "alice",
    source: "kubeflow/models#12",
    configFile: "rollout.yaml",
    approvalsNeeded: 1,
    ...more,
  });

describe("rolloutPrBody: what an edit added to a brought routing file", () => {
  it("lists the additions, so reviewers see more than weights changed", () => {
    const body = facts(plan("v2 20"), {
      notes: ["istio/vs.yaml:24:7: added `weight: 80` to the destination of v1"],
    });
    const at = body.indexOf("**Your routing file**");
    expect(body.slice(at, body.indexOf("\n\n", at))).toMatchInlineSnapshot(`
"**Your routing file** needed more than new weight values; rollout-bot added:
- istio/vs.yaml:24:7: added \`weight: 80\` to the destination of v1"
`);
  });
});

describe("rolloutPrTitle", () => {
  it.each([
    ["v2 20", "Rollout mnist: v1 80 % → v2 20 %", MNIST],
    ["next", "Rollout mnist: v1 75 % → v2 25 %", MNIST],
    ["v1:75:v2:25", "Rollout mnist: v1 75 % → v2 25 %", MNIST],
    ["v2 100 --force", "Rollout mnist: v2 100 %", MNIST],
    ["promote v2 --force", "Rollout mnist: promote v2 (100 %)", MNIST],
    ["abort", "Rollout mnist: abort, back to v1 (100 %)", MNIST],
    ["v3 30", "Rollout mnist: v1 54 % → v2 16 % → v3 30 %", THREE],
    ["v1:0:v2:60:v3:40 --force", "Rollout mnist: v2 60 % → v3 40 %", THREE],
    ["mirror v3 10", "Rollout mnist: mirror 10 % of requests to v3", SHADOW],
    ["mirror off", "Rollout mnist: stop mirroring to v3", MIRRORED],
    ["v2 20", "Rollout mnist: v1 80 % → v2 20 %", MIRRORED],
  ])("%s → %s", (words, title, config) => {
    expect(rolloutPrTitle(plan(words, config))).toBe(title);
  });

  it("puts the stable version first", () => {
    const p: TrafficPlan = {
      service: "mnist",
      kind: "weights",
      before: { v1: 0, v2: 100 },
      after: { v1: 10, v2: 90 },
      stableBefore: "v2",
      stableAfter: "v2",
      canary: "v1",
      forced: false,
    };
    expect(rolloutPrTitle(p)).toBe("Rollout mnist: v2 90 % → v1 10 %");
  });
});

describe("rolloutPrBody", () => {
  it("a canary step", () => {
    expect(facts(plan("v2 20"), { command: "/rollout v2 20" })).toMatchInlineSnapshot(`
"<!-- rollout-bot: service=mnist -->
Traffic for **\`mnist\`** (Service \`mnist-service\` in namespace \`kubeflow\`). **Merging this PR applies the change**; until then traffic stays as it is.

| version | before | after merge | change |
| --- | ---: | ---: | ---: |
| \`v1\` (stable) | 90 % | 80 % | −10 |
| \`v2\` (canary) | 10 % | 20 % | +10 |

**Steps** for \`v2\`: 10 → **20** → 25 → 50 → 100. \`next\` takes it to 25 %.

### Policy

- **Approvals:** 1 required, 1 still needed.
- **Reviewers:** \`kubeflow/ml-platform\`; only they may use \`--force\` (for a team, its members).
- **Max step:** +30 % for any one version per change (\`abort\` and the last step to 100 % are exempt).
- **Metric gate:** over 10m, the canary needs at least 100 requests, a success rate ≥ 99 % and p99 latency ≤ 500 ms. Not checked yet: the gate arrives with the metrics check \`rollout/gate\`.

### Source

Requested by @alice in kubeflow/models#12: \`/rollout v2 20\`

### Commands

One command per comment, on this or any pull request in the repository; a new traffic command updates this PR.

| command | effect |
| --- | --- |
| \`/rollout mnist next v2\` | \`v2\` to its next step, 25 % |
| \`/rollout mnist promote v2\` | \`v2\` to 100 % and stable |
| \`/rollout mnist abort\` | 100 % back to \`v1\` (stable) |
| \`/rollout mnist status\` | weights on the default branch and this PR |
| \`/rollout help\` | every command |

<sub>rollout-bot edits \`rollout.yaml\` and the Istio manifests of \`mnist\` on branch \`rollout/mnist\`.</sub>"
`);
  });

  it("an update on the rollout branch, forced, with the default branch's weights", () => {
    expect(
      facts(plan("v2 60 --force", BRANCH), {
        live: { v1: 90, v2: 10 },
        approvalsNeeded: 0,
      }),
    ).toMatchInlineSnapshot(`
"<!-- rollout-bot: service=mnist -->
Traffic for **\`mnist\`** (Service \`mnist-service\` in namespace \`kubeflow\`). **Merging this PR applies the change**; until then traffic stays as it is.

| version | default branch | after merge | change |
| --- | ---: | ---: | ---: |
| \`v1\` (stable) | 90 % | 40 % | −50 |
| \`v2\` (canary) | 10 % | 60 % | +50 |

This update: v1 75 % → 40 %, v2 25 % → 60 %.

**Steps** for \`v2\`: 10 → 25 → 50 → **60** → 100. \`next\` takes it to 100 %.

### Policy

- **Approvals:** 1 required, none still needed.
- **Reviewers:** \`kubeflow/ml-platform\`; only they may use \`--force\` (for a team, its members).
- **Max step:** +30 % for any one version per change (\`abort\` and the last step to 100 % are exempt). **This change exceeds it, with \`--force\`.**
- **Metric gate:** over 10m, the canary needs at least 100 requests, a success rate ≥ 99 % and p99 latency ≤ 500 ms. Not checked yet: the gate arrives with the metrics check \`rollout/gate\`.

### Source

Requested by @alice in kubeflow/models#12.

### Commands

One command per comment, on this or any pull request in the repository; a new traffic command updates this PR.

| command | effect |
| --- | --- |
| \`/rollout mnist next v2\` | \`v2\` to its next step, 100 % |
| \`/rollout mnist v2 80\` | \`v2\` to 80 %; the others shrink in proportion |
| \`/rollout mnist promote v2\` | \`v2\` to 100 % and stable |
| \`/rollout mnist abort\` | 100 % back to \`v1\` (stable) |
| \`/rollout mnist status\` | weights on the default branch and this PR |
| \`/rollout help\` | every command |

<sub>rollout-bot edits \`rollout.yaml\` and the Istio manifests of \`mnist\` on branch \`rollout/mnist\`.</sub>"
`);
  });

  it("promote and abort", () => {
    expect(facts(plan("promote v2 --force"))).toMatchInlineSnapshot(`
"<!-- rollout-bot: service=mnist -->
Traffic for **\`mnist\`** (Service \`mnist-service\` in namespace \`kubeflow\`). **Merging this PR applies the change**; until then traffic stays as it is.

| version | before | after merge | change |
| --- | ---: | ---: | ---: |
| \`v1\` (was stable) | 90 % | 0 % | −90 |
| \`v2\` (new stable) | 10 % | 100 % | +90 |

\`v2\` becomes the stable version (was \`v1\`).

**Steps** for \`v2\`: 10 → 25 → 50 → **100**. \`v2\` is stable.

### Policy

- **Approvals:** 1 required, 1 still needed.
- **Reviewers:** \`kubeflow/ml-platform\`; only they may use \`--force\` (for a team, its members).
- **Max step:** +30 % for any one version per change (\`abort\` and the last step to 100 % are exempt). **This change exceeds it, with \`--force\`.**
- **Metric gate:** over 10m, the canary needs at least 100 requests, a success rate ≥ 99 % and p99 latency ≤ 500 ms. Not checked yet: the gate arrives with the metrics check \`rollout/gate\`.

### Source

Requested by @alice in kubeflow/models#12.

### Commands

One command per comment, on this or any pull request in the repository; a new traffic command updates this PR.

| command | effect |
| --- | --- |
| \`/rollout mnist status\` | weights on the default branch and this PR |
| \`/rollout help\` | every command |

<sub>rollout-bot edits \`rollout.yaml\` and the Istio manifests of \`mnist\` on branch \`rollout/mnist\`.</sub>"
`);
    expect(facts(plan("abort"))).toMatchInlineSnapshot(`
"<!-- rollout-bot: service=mnist -->
Traffic for **\`mnist\`** (Service \`mnist-service\` in namespace \`kubeflow\`). **Merging this PR applies the change**; until then traffic stays as it is.

| version | before | after merge | change |
| --- | ---: | ---: | ---: |
| \`v1\` (stable) | 90 % | 100 % | +10 |
| \`v2\` | 10 % | 0 % | −10 |

**Steps:** 10 → 25 → 50 → 100; no version is being rolled out after this change.

### Policy

- **Approvals:** 1 required, 1 still needed.
- **Reviewers:** \`kubeflow/ml-platform\`; only they may use \`--force\` (for a team, its members).
- **Max step:** +30 % for any one version per change (\`abort\` and the last step to 100 % are exempt).
- **Metric gate:** over 10m, the canary needs at least 100 requests, a success rate ≥ 99 % and p99 latency ≤ 500 ms. Not checked yet: the gate arrives with the metrics check \`rollout/gate\`.

### Source

Requested by @alice in kubeflow/models#12.

### Commands

One command per comment, on this or any pull request in the repository; a new traffic command updates this PR.

| command | effect |
| --- | --- |
| \`/rollout mnist next v2\` | \`v2\` to its next step, 10 % |
| \`/rollout mnist promote v2\` | \`v2\` to 100 % and stable |
| \`/rollout mnist status\` | weights on the default branch and this PR |
| \`/rollout help\` | every command |

<sub>rollout-bot edits \`rollout.yaml\` and the Istio manifests of \`mnist\` on branch \`rollout/mnist\`.</sub>"
`);
  });

  it("a mirror, with pinned routes", () => {
    const config = SHADOW.services.mnist as ServiceConfig;
    expect(
      facts(plan("mirror v3 10", SHADOW), { config, command: "/rollout mirror v3 10" }),
    ).toMatchInlineSnapshot(`
"<!-- rollout-bot: service=mnist -->
Traffic for **\`mnist\`** (Service \`mnist-service\` in namespace \`kubeflow\`). **Merging this PR applies the change**; until then traffic stays as it is.

| version | before | after merge | change |
| --- | ---: | ---: | ---: |
| \`v1\` (stable) | 90 % | 90 % | 0 |
| \`v2\` (canary) | 10 % | 10 % | 0 |
| \`v3\` (mirror, 10 % copied) | 0 % | 0 % | 0 |

**Mirror:** none → \`v3\` 10 %. \`v3\` receives a copy of 10 % of requests (shadow traffic; not served, not in the gate).

**Pinned routes** (ahead of the weights): requests with \`x-model-version: v1\` go to \`v1\`; requests with \`x-model-version: v2\` go to \`v2\`; requests with \`x-model-version: v3\` go to \`v3\`.

**Steps** for \`v2\`: **10** → 25 → 50 → 100. \`next\` takes it to 25 %.

### Policy

- **Approvals:** 1 required, 1 still needed.
- **Reviewers:** \`kubeflow/ml-platform\`; only they may use \`--force\` (for a team, its members).
- **Max step:** +30 % for any one version per change (\`abort\` and the last step to 100 % are exempt).
- **Metric gate:** over 10m, the canary needs at least 100 requests, a success rate ≥ 99 % and p99 latency ≤ 500 ms. \`v3\` (mirror) is never the canary nor compared: its requests are copies. Not checked yet: the gate arrives with the metrics check \`rollout/gate\`.

### Source

Requested by @alice in kubeflow/models#12: \`/rollout mirror v3 10\`

### Commands

One command per comment, on this or any pull request in the repository; a new traffic command updates this PR.

| command | effect |
| --- | --- |
| \`/rollout mnist next v2\` | \`v2\` to its next step, 25 % |
| \`/rollout mnist v2 15\` | \`v2\` to 15 %; the others shrink in proportion |
| \`/rollout mnist promote v2\` | \`v2\` to 100 % and stable |
| \`/rollout mnist abort\` | 100 % back to \`v1\` (stable) |
| \`/rollout mnist mirror off\` | stop copying requests to \`v3\` |
| \`/rollout mnist status\` | weights on the default branch and this PR |
| \`/rollout help\` | every command |

<sub>rollout-bot edits \`rollout.yaml\` and the Istio manifests of \`mnist\` on branch \`rollout/mnist\`.</sub>"
`);
  });

  it("the mirror before → after: changed, stopped, cleared by a weight change, unchanged", () => {
    const config = MIRRORED.services.mnist as ServiceConfig;
    const lines = (p: TrafficPlan, more: Partial<Parameters<typeof rolloutPrBody>[0]> = {}) =>
      facts(p, { config, ...more })
        .split("\n")
        .filter((l) => /Mirror|mirror|\(mirror/.test(l));
    expect({
      changed: lines(plan("mirror v3 25", MIRRORED)),
      stopped: lines(plan("mirror off", MIRRORED)),
      // On the rollout branch: "before" is the default branch, which mirrors nothing yet.
      onBranch: lines(plan("mirror v3 25", MIRRORED), { live: { v1: 90, v2: 10, v3: 0 } }),
      cleared: lines(plan("v3 10", MIRRORED)),
      unchanged: lines(plan("v2 20", MIRRORED)),
    }).toMatchInlineSnapshot(`
{
  "changed": [
    "| \`v3\` (mirror, 25 % copied) | 0 % | 0 % | 0 |",
    "**Mirror:** \`v3\` 10 % → \`v3\` 25 %. \`v3\` receives a copy of 25 % of requests (shadow traffic; not served, not in the gate).",
    "- **Metric gate:** over 10m, the canary needs at least 100 requests, a success rate ≥ 99 % and p99 latency ≤ 500 ms. \`v3\` (mirror) is never the canary nor compared: its requests are copies. Not checked yet: the gate arrives with the metrics check \`rollout/gate\`.",
    "| \`/rollout mnist mirror off\` | stop copying requests to \`v3\` |",
  ],
  "cleared": [
    "**Mirror:** \`v3\` 10 % → none. \`v3\` now serves 10 % of live traffic, so it is no longer shadowed.",
  ],
  "onBranch": [
    "| \`v3\` (mirror, 25 % copied) | 0 % | 0 % | 0 |",
    "**Mirror:** none → \`v3\` 25 %. \`v3\` receives a copy of 25 % of requests (shadow traffic; not served, not in the gate).",
    "- **Metric gate:** over 10m, the canary needs at least 100 requests, a success rate ≥ 99 % and p99 latency ≤ 500 ms. \`v3\` (mirror) is never the canary nor compared: its requests are copies. Not checked yet: the gate arrives with the metrics check \`rollout/gate\`.",
    "| \`/rollout mnist mirror off\` | stop copying requests to \`v3\` |",
  ],
  "stopped": [
    "**Mirror:** \`v3\` 10 % → none. Mirroring stops.",
  ],
  "unchanged": [
    "| \`v3\` (mirror, 10 % copied) | 0 % | 0 % | 0 |",
    "**Mirror** (unchanged): \`v3\` receives a copy of 10 % of requests (shadow traffic; not served, not in the gate).",
    "- **Metric gate:** over 10m, the canary needs at least 100 requests, a success rate ≥ 99 % and p99 latency ≤ 500 ms. \`v3\` (mirror) is never the canary nor compared: its requests are copies. Not checked yet: the gate arrives with the metrics check \`rollout/gate\`.",
    "| \`/rollout mnist mirror off\` | stop copying requests to \`v3\` |",
  ],
}
`);
  });

  it("policy without reviewers, approvals, steps or request minimum", () => {
    const config: ServiceConfig = {
      ...mnist,
      steps: [],
      policy: {
        ...mnist.policy,
        approvals: 0,
        reviewers: [],
        gate: { ...mnist.policy.gate, minRequests: 0 },
      },
    };
    const body = facts(plan("v2 20"), { config, approvalsNeeded: 0 });
    expect(
      body.split("\n").filter((l) => /Steps|Approvals|Reviewers|Metric gate/.test(l)),
    ).toMatchInlineSnapshot(`
[
  "**Steps:** none in rollout.yaml, so \`next\` has nothing to walk through.",
  "- **Approvals:** none required.",
  "- **Reviewers:** none listed, so anyone with write access may use \`--force\`.",
  "- **Metric gate:** over 10m, the canary needs any number of requests, a success rate ≥ 99 % and p99 latency ≤ 500 ms. Not checked yet: the gate arrives with the metrics check \`rollout/gate\`.",
]
`);
  });

  it("starts with the marker line", () => {
    expect(facts(plan("next")).split("\n")[0]).toBe("<!-- rollout-bot: service=mnist -->");
  });
});

describe("helpMessage", () => {
  it("one service", () => {
    expect(helpMessage({ serviceKeys: ["mnist"] })).toMatchInlineSnapshot(`
"### rollout-bot commands

Comment a command on a pull request in this repository. A traffic command opens or updates the rollout PR (branch \`rollout/<service>\`); **merging it applies the change**.

| command | effect |
| --- | --- |
| \`/rollout mnist v2 20\` | \`v2\` gets 20 %; the other versions shrink in proportion |
| \`/rollout mnist v1:80:v2:20\` | every weight at once (Kubeflow \`trafficRule\` form); versions left out get 0 |
| \`/rollout mnist next\` | the version being rolled out moves to its next entry of \`steps\` |
| \`/rollout mnist next v2\` | the same, naming the version |
| \`/rollout mnist promote v2\` | \`v2\` gets 100 % and becomes \`stable\` |
| \`/rollout mnist abort\` | 100 % back to the \`stable\` version |
| \`/rollout mnist mirror v2 10\` | a copy of 10 % of requests goes to \`v2\`, which must be at weight 0; its answers are dropped and the gate ignores it |
| \`/rollout mnist mirror off\` | stop copying requests to the mirrored version |
| \`/rollout mnist status\` | weights on the default branch, and the open rollout PR |
| \`/rollout mnist plan\` | server-side dry-run diff of what merging would apply, and drift (needs cluster credentials) |
| \`/rollout help\` | this message |

- **Service key:** \`mnist\` may be left out, as rollout.yaml has one service.
- **\`--force\`**, anywhere in a traffic command (e.g. \`/rollout mnist v2 60 --force\`), lets a version rise by more than \`policy.maxStep\` in one change. When the service's \`policy.reviewers\` lists anyone, only those users and members of those teams may use it. \`abort\` and the last step to 100 % never need it.
- **One command per comment:** only the first line starting with \`/rollout\` runs; lines in code blocks and quotes never do.
- **Who:** people with write access to the repository. Comments from bots are ignored."
`);
  });

  it("several services, and the versions of the first", () => {
    const keys = Array.from({ length: 12 }, (_, i) => `model-${i + 1}`);
    const text = helpMessage({ serviceKeys: keys, example: { stable: "blue", canary: "green" } });
    expect(
      text.split("\n").filter((l) => l.startsWith("| `") || l.includes("Service key")),
    ).toMatchInlineSnapshot(`
[
  "| \`/rollout model-1 green 20\` | \`green\` gets 20 %; the other versions shrink in proportion |",
  "| \`/rollout model-1 blue:80:green:20\` | every weight at once (Kubeflow \`trafficRule\` form); versions left out get 0 |",
  "| \`/rollout model-1 next\` | the version being rolled out moves to its next entry of \`steps\` |",
  "| \`/rollout model-1 next green\` | the same, naming the version |",
  "| \`/rollout model-1 promote green\` | \`green\` gets 100 % and becomes \`stable\` |",
  "| \`/rollout model-1 abort\` | 100 % back to the \`stable\` version |",
  "| \`/rollout model-1 mirror green 10\` | a copy of 10 % of requests goes to \`green\`, which must be at weight 0; its answers are dropped and the gate ignores it |",
  "| \`/rollout model-1 mirror off\` | stop copying requests to the mirrored version |",
  "| \`/rollout model-1 status\` | weights on the default branch, and the open rollout PR |",
  "| \`/rollout status\` | the same for every service |",
  "| \`/rollout model-1 plan\` | server-side dry-run diff of what merging would apply, and drift (needs cluster credentials) |",
  "| \`/rollout help\` | this message |",
  "- **Service key:** required first, as rollout.yaml has 12 services: \`model-1\`, \`model-2\`, \`model-3\`, \`model-4\`, \`model-5\`, \`model-6\`, \`model-7\`, \`model-8\`, \`model-9\`, \`model-10\` and 2 more.",
]
`);
  });

  it("every example it shows is a command the bot accepts", () => {
    for (const serviceKeys of [["mnist"], ["mnist", "iris"], []]) {
      const examples = [...helpMessage({ serviceKeys }).matchAll(/`(\/rollout[^`]*)`/g)].map(
        (m) => m[1] ?? "",
      );
      expect(examples.length).toBeGreaterThan(8);
      for (const example of examples) {
        const parsed = parseComment(example);
        if (!parsed.ok) throw new Error(`${example}: not a command`);
        expect([example, classifyCommand({ words: parsed.words, serviceKeys }).ok]).toEqual([example, true]);
      }
    }
  });
});

describe("replyDone", () => {
  const done = (words: string, updated: boolean, ignoredLines: number) =>
    replyDone({
      plan: plan(words),
      prUrl: "https://github.com/kubeflow/models/pull/34",
      prNumber: 34,
      updated,
      ignoredLines,
    });

  it("opened, and updated with ignored lines", () => {
    expect(done("v2 20", false, 0)).toMatchInlineSnapshot(`
"Opened rollout PR [#34](https://github.com/kubeflow/models/pull/34) for \`mnist\`: v1 90 % → 80 %, v2 10 % → 20 %.

Merging it applies the change."
`);
    expect(done("v2 20", true, 2)).toMatchInlineSnapshot(`
"Updated rollout PR [#34](https://github.com/kubeflow/models/pull/34) for \`mnist\`: v1 90 % → 80 %, v2 10 % → 20 %.

Merging it applies the change.

Only the first \`/rollout\` line ran; 2 other lines were ignored (one command per comment)."
`);
  });

  it("a mirror (with a pin: how to reach the version), its end, and a weight change that ends it", () => {
    const reply = (words: string, config: typeof MNIST) =>
      replyDone({
        plan: plan(words, config),
        prUrl: "https://github.com/kubeflow/models/pull/34",
        prNumber: 34,
        updated: false,
        ignoredLines: 0,
        pin: { header: "x-model-version" },
      });
    expect([
      reply("mirror v3 10", SHADOW),
      reply("mirror off", MIRRORED),
      reply("v3 10", MIRRORED),
    ]).toMatchInlineSnapshot(`
[
  "Opened rollout PR [#34](https://github.com/kubeflow/models/pull/34) for \`mnist\`: \`v3\` receives a copy of 10 % of requests (shadow traffic; not served, not in the gate).

Merging it applies the change.

To try \`v3\` itself: requests with \`x-model-version: v3\` go to \`v3\` (pinned route).",
  "Opened rollout PR [#34](https://github.com/kubeflow/models/pull/34) for \`mnist\`: the mirror to \`v3\` (10 % of requests) stops.

Merging it applies the change.",
  "Opened rollout PR [#34](https://github.com/kubeflow/models/pull/34) for \`mnist\`: v1 90 % → 81 %, v2 10 % → 9 %, v3 0 % → 10 %; the mirror to \`v3\` stops: \`v3\` now serves 10 % of live traffic.

Merging it applies the change.",
]
`);
  });

  it("one ignored line; promote, forced", () => {
    expect(done("next", false, 1)).toMatchInlineSnapshot(`
"Opened rollout PR [#34](https://github.com/kubeflow/models/pull/34) for \`mnist\`: v1 90 % → 75 %, v2 10 % → 25 %.

Merging it applies the change.

Only the first \`/rollout\` line ran; 1 other line was ignored (one command per comment)."
`);
    expect(done("promote v2 --force", true, 0)).toMatchInlineSnapshot(`
"Updated rollout PR [#34](https://github.com/kubeflow/models/pull/34) for \`mnist\`: v1 90 % → 0 %, v2 10 % → 100 %. \`v2\` becomes stable (was \`v1\`). Forced past \`policy.maxStep\` with \`--force\`.

Merging it applies the change."
`);
  });
});

describe("replyRefused", () => {
  it("a usage error: the usage lines in a code block, so <version> shows", () => {
    const r = classifyCommand({ words: ["v2"], serviceKeys: ["mnist"] });
    if (r.ok) throw new Error("expected a refusal");
    expect(replyRefused(r)).toMatchInlineSnapshot(`
"**Not done** (\`usage\`); nothing was changed.

> \`v2\` needs a weight, e.g. \`v2 20\`.

Usage:

\`\`\`text
<version> <weight>               e.g. v2 20 (the others shrink in proportion)
v1:90:v2:10 | v1:90,v2:10        every weight at once (Kubeflow trafficRule form)
next [version]                   the next entry of \`steps\` for the version rolling out
promote <version>                100 % to <version>, which becomes \`stable\`
abort                            100 % back to \`stable\`
mirror <version> <percent> | off copy <percent> % of requests to a version at weight 0 (shadow traffic, not in the gate)
Put the service key first when rollout.yaml has several (mnist v2 20); add --force to exceed policy.maxStep.
\`\`\`

Comment \`/rollout help\` for every command."
`);
  });

  it("a plan refusal and a permission refusal", () => {
    const parsed = parseTrafficRequest({ words: ["v2", "60"], serviceKeys: ["mnist"] });
    if (!parsed.ok) throw new Error(parsed.message);
    const r = planTraffic({ config: MNIST, request: parsed.request });
    if (r.ok) throw new Error("expected a refusal");
    expect(replyRefused(r)).toMatchInlineSnapshot(`
"**Not done** (\`step-too-large\`); nothing was changed.

> \`v2\` would go from 10 % to 60 % (+50), more than policy.maxStep 30 for \`mnist\`. Take a smaller step (e.g. \`v2 40\`) or add --force if you are allowed to.

Comment \`/rollout help\` for every command."
`);
    const a = authorize({
      senderType: "User",
      login: "bob",
      role: "triage",
      force: false,
      reviewers: [],
      memberOfTeams: [],
    });
    if (a.ok) throw new Error("expected a refusal");
    expect(replyRefused(a)).toMatchInlineSnapshot(`
"**Not done** (\`insufficient-permission\`); nothing was changed.

> @bob has the \`triage\` role on this repository; \`/rollout\` commands need write access to the repository. Ask an admin to give you the write (or maintain) role, or ask someone who has it to comment the command.

Comment \`/rollout help\` for every command."
`);
  });

  it("escapes < outside code, so nothing vanishes as an HTML tag", () => {
    expect(
      replyRefused({
        reason: "missing-config",
        message: "no <rollout.yaml> on `main` (`<b>` stays)\n\nAdd it.",
      }),
    ).toMatchInlineSnapshot(`
"**Not done** (\`missing-config\`); nothing was changed.

> no &lt;rollout.yaml> on \`main\` (\`<b>\` stays)
>
> Add it.

Comment \`/rollout help\` for every command."
`);
  });

  it("an invalid rollout.yaml: one problem a line", () => {
    const r = loadConfig({
      text: MNIST_YAML.replace("weight: 10,", "wieght: 10,").replace("maxStep: 30", "maxStep: <30>"),
      file: "rollout.yaml",
    });
    if (r.ok) throw new Error("expected problems");
    expect(replyRefused(r)).toMatchInlineSnapshot(`
"**Not done** (\`invalid-config\`); nothing was changed.

> rollout.yaml:16:13: services.mnist.versions.v2.wieght: unknown field \`wieght\`. Did you mean \`weight\`? Rename it to \`weight\` (a required field).
> rollout.yaml:20:16: services.mnist.policy.maxStep: must be a whole number from 1 to 100.

Comment \`/rollout help\` for every command."
`);
  });
});

describe("replyStatus", () => {
  const pr = { number: 34, url: "https://github.com/kubeflow/models/pull/34" };

  it("one service, with the open rollout PR's weights", () => {
    expect(
      replyStatus({
        services: [{ key: "mnist", config: mnist, openPr: { ...pr, weights: { v1: 75, v2: 25 } } }],
      }),
    ).toMatchInlineSnapshot(`
"**\`mnist\`**: weights in rollout.yaml on the default branch.

| version | default branch | rollout PR #34 |
| --- | ---: | ---: |
| \`v1\` (stable) | 90 % | 75 % |
| \`v2\` | 10 % | 25 % |

Open rollout PR: [#34](https://github.com/kubeflow/models/pull/34); merging it applies its weights."
`);
  });

  it("one service, its PR's weights unknown, and one without a PR", () => {
    expect(replyStatus({ services: [{ key: "mnist", config: mnist, openPr: pr }] })).toMatchInlineSnapshot(`
"**\`mnist\`**: weights in rollout.yaml on the default branch.

| version | default branch |
| --- | ---: |
| \`v1\` (stable) | 90 % |
| \`v2\` | 10 % |

Open rollout PR: [#34](https://github.com/kubeflow/models/pull/34); merging it applies its weights."
`);
    expect(replyStatus({ services: [{ key: "mnist", config: mnist }] })).toMatchInlineSnapshot(`
"**\`mnist\`**: weights in rollout.yaml on the default branch.

| version | default branch |
| --- | ---: |
| \`v1\` (stable) | 90 % |
| \`v2\` | 10 % |

No rollout PR is open for \`mnist\`."
`);
  });

  it("several services", () => {
    const three = THREE.services.mnist as ServiceConfig;
    expect(
      replyStatus({
        services: [
          { key: "mnist", config: mnist, openPr: { ...pr, weights: { v1: 75, v2: 25 } } },
          {
            key: "iris",
            config: three,
            openPr: { number: 35, url: "https://github.com/kubeflow/models/pull/35" },
          },
          { key: "cifar", config: { versions: { v1: { weight: 100 } }, stable: "v1" } },
        ],
      }),
    ).toMatchInlineSnapshot(`
"Weights in rollout.yaml on the default branch, and open rollout PRs.

| service | default branch | stable | rollout PR |
| --- | --- | --- | --- |
| \`mnist\` | v1 90 %, v2 10 % | \`v1\` | [#34](https://github.com/kubeflow/models/pull/34): v1 75 %, v2 25 % |
| \`iris\` | v1 70 %, v2 20 %, v3 10 % | \`v1\` | [#35](https://github.com/kubeflow/models/pull/35) |
| \`cifar\` | v1 100 % | \`v1\` | none |"
`);
  });

  it("many services: 50 rows, then a pointer", () => {
    const services = Array.from({ length: 120 }, (_, i) => ({ key: `model-${i + 1}`, config: mnist }));
    const lines = replyStatus({ services }).split("\n");
    expect(lines.filter((l) => l.startsWith("| `model-"))).toHaveLength(50);
    expect(lines.at(-1)).toMatchInlineSnapshot(
      `"70 more services not shown; ask for one, e.g. \`/rollout status model-51\`."`,
    );
  });

  it("no services", () => {
    expect(replyStatus({ services: [] })).toMatchInlineSnapshot(
      `"rollout.yaml on the default branch has no services."`,
    );
  });
});

describe("replyError", () => {
  it("one line, several lines, none", () => {
    expect(replyError({ message: "HttpError: Server Error (502)" })).toMatchInlineSnapshot(
      `"**GitHub kept failing:** \`HttpError: Server Error (502)\`. Nothing was changed; try the command again in a few minutes."`,
    );
    expect(
      replyError({ message: "GraphQL errors:\n- Something went wrong\n- `ref` not found" }),
    ).toMatchInlineSnapshot(`
"**GitHub kept failing:**

\`\`\`text
GraphQL errors:
- Something went wrong
- \`ref\` not found
\`\`\`

Nothing was changed; try the command again in a few minutes."
`);
    expect(replyError({ message: "" })).toMatchInlineSnapshot(
      `"**GitHub kept failing.** Nothing was changed; try the command again in a few minutes."`,
    );
  });
});

describe("every message", () => {
  const p = (words: string, config = MNIST) => plan(words, config);
  const url = "https://github.com/kubeflow/models/pull/34";
  const rendered = (): [string, string][] => {
    const out: [string, string][] = [];
    const plans = ["v2 20", "next", "v2 100 --force", "promote v2 --force", "abort", "v2 0"].map((w) => p(w));
    plans.push(p("v3 30", THREE), p("v1:0:v2:60:v3:40 --force", THREE), p("next v3", THREE));
    plans.push(
      p("mirror v3 10", SHADOW),
      p("mirror off", MIRRORED),
      p("mirror v3 5", MIRRORED),
      p("v3 10", MIRRORED),
    );
    for (const x of plans) {
      const config = (
        x.mirrorBefore || x.mirrorAfter
          ? MIRRORED.services.mnist
          : x.before.v3 === undefined
            ? mnist
            : THREE.services.mnist
      ) as ServiceConfig;
      out.push([`title ${x.kind}`, rolloutPrTitle(x)]);
      for (const live of [undefined, { v1: 100, v2: 0 }])
        for (const approvalsNeeded of [0, 1, 2])
          out.push([
            `body ${x.kind}`,
            rolloutPrBody({
              service: x.service,
              config,
              plan: x,
              requestedBy: "@alice",
              source: "kubeflow/models#12",
              configFile: "ml/rollout.yaml",
              approvalsNeeded,
              ...(live ? { live } : {}),
            }),
          ]);
      for (const updated of [false, true])
        for (const ignoredLines of [0, 1, 3])
          out.push([
            `done ${x.kind}`,
            replyDone({
              plan: x,
              prUrl: url,
              prNumber: 34,
              updated,
              ignoredLines,
              ...(config.pin ? { pin: config.pin } : {}),
            }),
          ]);
    }
    for (const keys of [[], ["mnist"], ["mnist", "iris"]])
      out.push(["help", helpMessage({ serviceKeys: keys })]);
    for (const words of ["v2", "stauts", "status cifar", "v2 20 30", "`v2`"]) {
      const r = classifyCommand({ words: words.split(" "), serviceKeys: ["mnist"] });
      if (!r.ok) out.push([`refused ${words}`, replyRefused(r)]);
    }
    out.push([
      "status",
      replyStatus({ services: [{ key: "mnist", config: mnist, openPr: { number: 34, url } }] }),
    ]);
    out.push([
      "status, several",
      replyStatus({
        services: [
          { key: "mnist", config: mnist, openPr: { number: 34, url, weights: { v1: 75, v2: 25 } } },
          { key: "iris", config: THREE.services.mnist as ServiceConfig },
        ],
      }),
    ]);
    out.push(["error", replyError({ message: "HttpError: Bad Gateway" })]);
    return out;
  };

  it("has no undefined, NaN or [object Object]", () => {
    for (const [what, text] of rendered()) {
      expect([what, /undefined|NaN|\[object Object\]/.exec(text)?.[0]]).toEqual([what, undefined]);
    }
  });

  it("is never itself a /rollout command, so the bot cannot command itself", () => {
    for (const [what, text] of rendered()) {
      expect([what, parseComment(text).ok]).toEqual([what, false]);
    }
  });
});
