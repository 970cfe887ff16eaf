import { describe, expect, it } from "@jest/globals";
import {
  applyComment,
  applyMarker,
  MAX_DIFF_LINES,
  PLAN_MARKER,
  planComment,
  refusalComment,
  type ServiceApplyReport,
} from "../../src/core/deploy-report.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const RUN = "https://github.com/kubeflow/models/actions/runs/42";

const applied: ServiceApplyReport = {
  key: "mnist",
  namespace: "kubeflow",
  applied: [
    { kind: "Deployment", name: "mnist-v2", action: "unchanged" },
    { kind: "DestinationRule", name: "mnist", action: "unchanged" },
    { kind: "VirtualService", name: "mnist", action: "configured" },
    { kind: "VirtualService", name: "mnist-gateway", action: "created" },
    { kind: "Deployment", name: "mnist-v0", action: "pruned" },
  ],
  liveWeights: { v1: 80, v2: 20 },
  repoWeights: { v1: 80, v2: 20 },
  status: "applied",
};

const VS_DIFF = `--- live
+++ dry-run
@@ -12,9 +12,9 @@
       route:
         - destination:
             host: mnist-service
             subset: v1
-          weight: 90
+          weight: 80
         - destination:
             host: mnist-service
             subset: v2
-          weight: 10
+          weight: 20
`;

function clean(md: string): void {
  expect(md).not.toMatch(/undefined|NaN|\[object Object\]/);
}

describe("applyComment", () => {
  it("one service applied: marker, objects, live weights matching rollout.yaml", () => {
    const md = applyComment({ sha: SHA, services: [applied], runUrl: RUN });
    clean(md);
    expect(md.split("\n")[0]).toBe(applyMarker(SHA));
    expect(md).toMatchInlineSnapshot(`
"<!-- rollout-bot:apply sha=0123456789abcdef0123456789abcdef01234567 -->
### ✅ Applied \`0123456\` to the cluster

#### ✅ \`mnist\` in \`kubeflow\`: applied

| object | action |
| --- | --- |
| Deployment \`mnist-v2\` | unchanged |
| DestinationRule \`mnist\` | unchanged |
| VirtualService \`mnist\` | configured |
| VirtualService \`mnist-gateway\` | created |
| Deployment \`mnist-v0\` | pruned |

**Live weights**, read back from the cluster, match rollout.yaml: v1 80 %, v2 20 %.

<sub>Commit \`0123456789abcdef0123456789abcdef01234567\` · [deploy run](https://github.com/kubeflow/models/actions/runs/42) · server-side apply, field manager \`rollout-bot\`</sub>"
`);
  });

  it("several services: a summary row each; failed with live weights that differ and a revert PR", () => {
    const md = applyComment({
      sha: SHA,
      runUrl: RUN,
      services: [
        {
          key: "mnist",
          namespace: "kubeflow",
          applied: [
            { kind: "Deployment", name: "mnist-v3", action: "created" },
            { kind: "DestinationRule", name: "mnist", action: "configured" },
          ],
          liveWeights: { v1: 90, v2: 10 },
          repoWeights: { v1: 60, v2: 20, v3: 20 },
          status: "failed",
          message:
            "Deployment kubeflow/mnist-v3 did not become Available within 300 s:\nImagePullBackOff <none>",
          revertPr: { number: 51, url: "https://github.com/kubeflow/models/pull/51" },
        },
        {
          key: "iris",
          namespace: "models",
          applied: [{ kind: "VirtualService", name: "iris", action: "unchanged" }],
          liveWeights: { v1: 100 },
          repoWeights: { v1: 100 },
          status: "no-op",
        },
        {
          key: "bert",
          namespace: "nlp",
          applied: [],
          liveWeights: undefined,
          repoWeights: { v1: 50, v2: 50 },
          status: "refused",
          message: "VirtualService nlp/bert: spec.http[0].route is owned by field manager `kubectl`",
        },
      ],
    });
    clean(md);
    expect(md).toMatchInlineSnapshot(`
"<!-- rollout-bot:apply sha=0123456789abcdef0123456789abcdef01234567 -->
### ❌ Apply of \`0123456\` failed for \`mnist\`

| service | namespace | result | live weights |
| --- | --- | --- | --- |
| \`mnist\` | \`kubeflow\` | ❌ failed | v1 90 %, v2 10 % |
| \`iris\` | \`models\` | ⚪ already current | v1 100 % |
| \`bert\` | \`nlp\` | ⛔ not applied | unreadable |

#### ❌ \`mnist\` in \`kubeflow\`: failed

| object | action |
| --- | --- |
| Deployment \`mnist-v3\` | created |
| DestinationRule \`mnist\` | configured |

**Live weights**, read back from the cluster, differ from rollout.yaml:

| version | rollout.yaml | live |
| --- | ---: | ---: |
| \`v1\` | 60 % | 90 % ⚠️ |
| \`v2\` | 20 % | 10 % ⚠️ |
| \`v3\` | 20 % | not routed ⚠️ |

> Deployment kubeflow/mnist-v3 did not become Available within 300 s:
> ImagePullBackOff &lt;none>

**What to do:** the cluster may be partly changed: the objects marked created, configured or pruned above were applied before the failure. Fix the cause, then re-run [the deploy job](https://github.com/kubeflow/models/actions/runs/42) to apply the same commit again; or merge the revert PR [#51](https://github.com/kubeflow/models/pull/51) so rollout.yaml matches what the cluster serves.

#### ⚪ \`iris\` in \`models\`: already current

| object | action |
| --- | --- |
| VirtualService \`iris\` | unchanged |

**Live weights**, read back from the cluster, match rollout.yaml: v1 100 %.

#### ⛔ \`bert\` in \`nlp\`: not applied

**Live weights:** could not be read back from the cluster; check them with \`kubectl get virtualservices -n nlp -o yaml\`.

> VirtualService nlp/bert: spec.http[0].route is owned by field manager \`kubectl\`

**What to do:** nothing was applied to \`bert\`. Fix what the message says, then re-run [the deploy job](https://github.com/kubeflow/models/actions/runs/42).

<sub>Commit \`0123456789abcdef0123456789abcdef01234567\` · [deploy run](https://github.com/kubeflow/models/actions/runs/42) · server-side apply, field manager \`rollout-bot\`</sub>"
`);
  });

  it("rolled back, without a run URL or revert PR", () => {
    const md = applyComment({
      sha: SHA,
      services: [
        {
          ...applied,
          applied: [{ kind: "VirtualService", name: "mnist", action: "configured" }],
          liveWeights: { v1: 90, v2: 10 },
          status: "rolled-back",
          message: "VirtualService mnist: the API server timed out",
        },
      ],
    });
    clean(md);
    expect(md).toMatchInlineSnapshot(`
"<!-- rollout-bot:apply sha=0123456789abcdef0123456789abcdef01234567 -->
### ↩️ Apply of \`0123456\` rolled back for \`mnist\`

#### ↩️ \`mnist\` in \`kubeflow\`: rolled back

| object | action |
| --- | --- |
| VirtualService \`mnist\` | configured |

**Live weights**, read back from the cluster, differ from rollout.yaml:

| version | rollout.yaml | live |
| --- | ---: | ---: |
| \`v1\` | 80 % | 90 % ⚠️ |
| \`v2\` | 20 % | 10 % ⚠️ |

> VirtualService mnist: the API server timed out

**What to do:** rollout-bot put back the objects it had changed, so the cluster serves what it served before this merge, and rollout.yaml on the default branch no longer matches it. Revert this merge to make them agree, or fix the cause and re-run the deploy job.

<sub>Commit \`0123456789abcdef0123456789abcdef01234567\` · server-side apply, field manager \`rollout-bot\`</sub>"
`);
  });

  it("applied, but something else routes differently", () => {
    const md = applyComment({
      sha: SHA,
      services: [{ ...applied, applied: [], liveWeights: { v1: 100 }, status: "applied" }],
    });
    clean(md);
    expect(md).toContain("| `v2` | 20 % | not routed ⚠️ |");
    expect(md).toContain("Something other than rollout-bot routes this traffic");
  });

  it("nothing to apply", () => {
    const md = applyComment({
      sha: SHA,
      services: [{ ...applied, applied: [], status: "no-op" }],
    });
    clean(md);
    expect(md).toMatchInlineSnapshot(`
"<!-- rollout-bot:apply sha=0123456789abcdef0123456789abcdef01234567 -->
### ⚪ \`0123456\`: the cluster already matched, nothing to apply

#### ⚪ \`mnist\` in \`kubeflow\`: already current

No objects to apply.

**Live weights**, read back from the cluster, match rollout.yaml: v1 80 %, v2 20 %.

<sub>Commit \`0123456789abcdef0123456789abcdef01234567\` · server-side apply, field manager \`rollout-bot\`</sub>"
`);
  });

  it("no services at all", () => {
    const md = applyComment({ sha: SHA, services: [] });
    clean(md);
    expect(md).toContain("has no services");
  });
});

describe("planComment", () => {
  it("diffs in collapsible blocks, drift called out, unchanged objects listed", () => {
    const md = planComment({
      runUrl: RUN,
      services: [
        {
          key: "mnist",
          diffs: [
            { kind: "VirtualService", name: "mnist", diff: VS_DIFF },
            { kind: "DestinationRule", name: "mnist", diff: "" },
            { kind: "Deployment", name: "mnist-v2", diff: "\n" },
          ],
          drift: [
            { version: "v1", live: 100, repo: 90 },
            { version: "v2", live: undefined, repo: 10 },
            { version: "v3", live: 0, repo: 0 },
          ],
        },
        { key: "iris", diffs: [{ kind: "VirtualService", name: "iris", diff: "" }], drift: [] },
      ],
    });
    clean(md);
    expect(md.split("\n")[0]).toBe(PLAN_MARKER);
    expect(md).toMatchInlineSnapshot(`
"<!-- rollout-bot:plan -->
### What merging this PR changes in the cluster

A server-side dry run against the cluster: nothing is applied until this PR is merged with its approvals.

#### \`mnist\`: 1 object changes, 2 unchanged

⚠️ **Drift:** the cluster does not serve the weights rollout.yaml gives. Someone changed the routes outside rollout-bot (kubectl, another controller), or an earlier apply did not finish; the diffs below are against what is live, and merging replaces it.

| version | rollout.yaml | live |
| --- | ---: | ---: |
| \`v1\` | 90 % | 100 % |
| \`v2\` | 10 % | not routed |

<details>
<summary>VirtualService <code>mnist</code>: +2 −2</summary>

\`\`\`diff
--- live
+++ dry-run
@@ -12,9 +12,9 @@
       route:
         - destination:
             host: mnist-service
             subset: v1
-          weight: 90
+          weight: 80
         - destination:
             host: mnist-service
             subset: v2
-          weight: 10
+          weight: 20
\`\`\`

</details>

Unchanged: DestinationRule \`mnist\`, Deployment \`mnist-v2\`.

#### \`iris\`: no change

The cluster already serves what this PR describes.

<sub>[This run](https://github.com/kubeflow/models/actions/runs/42) made the dry run; rollout-bot updates this comment when the PR changes.</sub>"
`);
  });

  it("a diff holding a code fence and HTML cannot break out of its block", () => {
    const md = planComment({
      services: [
        {
          key: "mnist",
          diffs: [{ kind: "ConfigMap", name: "a<b>&c", diff: "+```\n+</details>\n" }],
          drift: [],
        },
      ],
    });
    expect(md).toContain("<summary>ConfigMap <code>a&lt;b&gt;&amp;c</code>: +2 −0</summary>");
    expect(md).toContain("````diff\n+```\n+</details>\n````");
  });

  it("cuts a very long diff", () => {
    const diff = Array.from({ length: MAX_DIFF_LINES + 25 }, (_, i) => `+line ${i}`).join("\n");
    const md = planComment({
      services: [{ key: "mnist", diffs: [{ kind: "ConfigMap", name: "big", diff }], drift: [] }],
    });
    expect(md).toContain(`+line ${MAX_DIFF_LINES - 1}\n`);
    expect(md).not.toContain(`+line ${MAX_DIFF_LINES}\n`);
    expect(md).toContain("_25 more lines not shown._");
  });

  it("stays within GitHub's comment limit", () => {
    const diff = Array.from({ length: MAX_DIFF_LINES }, (_, i) => `+${"x".repeat(100)} ${i}`).join("\n");
    const diffs = Array.from({ length: 5 }, (_, i) => ({ kind: "ConfigMap", name: `c${i}`, diff }));
    const md = planComment({ services: [{ key: "mnist", diffs, drift: [] }] });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(65535);
    expect(
      md.trimEnd().endsWith("_Cut here: too long for GitHub. The full text is in the pull request comment._"),
    ).toBe(true);
  });
});

describe("refusalComment", () => {
  it("not-enough-approvals", () => {
    const md = refusalComment({
      reason: "not-enough-approvals",
      message:
        "Needs 2 approvals from `ml-platform-team`; has 1 (@bob), so 1 more is needed. Not counted: @alice (asked for this change).",
      runUrl: RUN,
    });
    clean(md);
    expect(md).toMatchInlineSnapshot(`
"<!-- rollout-bot:apply-refused reason=not-enough-approvals -->
### ⛔ Merged, but not applied (\`not-enough-approvals\`)

> Needs 2 approvals from \`ml-platform-team\`; has 1 (@bob), so 1 more is needed. Not counted: @alice (asked for this change).

**Nothing was applied to the cluster.** It still serves what it served before this merge, so rollout.yaml on the default branch no longer matches it.

**What to do**, either:

- get the missing approvals on this PR (a review still counts after the merge), then re-run [the deploy job](https://github.com/kubeflow/models/actions/runs/42); rollout-bot reads the reviews again;
- or revert this merge, so rollout.yaml on the default branch matches the cluster again."
`);
  });

  it("changes-requested, without a run URL", () => {
    const md = refusalComment({
      reason: "changes-requested",
      message: "Changes requested by @carol on `bbbbbbb`, and not resolved.\n\nApprovals: 1 (@bob).",
    });
    clean(md);
    expect(md).toMatchInlineSnapshot(`
"<!-- rollout-bot:apply-refused reason=changes-requested -->
### ⛔ Merged, but not applied (\`changes-requested\`)

> Changes requested by @carol on \`bbbbbbb\`, and not resolved.
>
> Approvals: 1 (@bob).

**Nothing was applied to the cluster.** It still serves what it served before this merge, so rollout.yaml on the default branch no longer matches it.

**What to do**, either:

- resolve the change request: the reviewer approves, or someone with write access dismisses the review; then re-run the deploy job;
- or revert this merge, so rollout.yaml on the default branch matches the cluster again."
`);
  });

  it("no-pr", () => {
    const md = refusalComment({
      reason: "no-pr",
      message: "No merged pull request produced this commit (a direct push?), so it has no reviews.",
    });
    clean(md);
    expect(md).toMatchInlineSnapshot(`
"<!-- rollout-bot:apply-refused reason=no-pr -->
### ⛔ Pushed, but not applied (\`no-pr\`)

> No merged pull request produced this commit (a direct push?), so it has no reviews.

**Nothing was applied to the cluster.** It still serves what it served before this push, so rollout.yaml on the default branch no longer matches it.

**What to do:** revert the push, then make the change in a pull request (a \`/rollout\` command opens one), get it approved and merge it."
`);
  });

  it("another reason gets generic steps", () => {
    const md = refusalComment({
      reason: "invalid-config",
      message: "rollout.yaml:16:21: services.mnist.versions.v2.weight: must be a whole number from 0 to 100.",
    });
    clean(md);
    expect(md).toMatchInlineSnapshot(`
"<!-- rollout-bot:apply-refused reason=invalid-config -->
### ⛔ Merged, but not applied (\`invalid-config\`)

> rollout.yaml:16:21: services.mnist.versions.v2.weight: must be a whole number from 0 to 100.

**Nothing was applied to the cluster.** It still serves what it served before this merge, so rollout.yaml on the default branch no longer matches it.

**What to do**, either:

- fix what the message names in a new pull request and merge it, or fix it outside the repository (e.g. in the cluster) and re-run the deploy job;
- or revert this merge, so rollout.yaml on the default branch matches the cluster again."
`);
  });
});
