// Two writers race on an open rollout PR, against the stateful fake GitHub (every GraphQL document
// validated and executed against GitHub's schema, a failed root field null with an error and the
// later fields still run, as GitHub does): the update's commit loses the compare-and-swap, yet its
// reply and 👀 go out in the same request. The commenter must still see one reply, with the
// final result, and one 👀.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { Octokit } from "@octokit/core";
import { githubAdapter } from "../src/adapters/github/index.js";
import type { GitHubPort } from "../src/core/ports.js";
import { type CommentEvent, handleRolloutComment, MAX_ATTEMPTS } from "../src/handlers/rollout-command.js";
import { type FakeGitHub, type Repo, startFakeGitHub } from "./helpers/fake-github-server.js";
import { EXAMPLES, readTree } from "./helpers/tree.js";

const OWNER = "acme";
const BOT = "rollout-bot[bot]";

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub({ teams: { "kubeflow/ml-platform": ["bob"] } });
});
afterAll(async () => {
  await fake.close();
});

/**
 * rollout-bot's GitHub port on the fake, with the operations sent; `beforeUpdate` runs just before
 * each RolloutUpdate goes out (after the service read): the other writer's move.
 */
function client(repo: Repo, beforeUpdate: () => void): { gh: GitHubPort; operations: string[] } {
  const octokit = new Octokit({ baseUrl: fake.url, auth: "token" });
  const operations: string[] = [];
  const racing = {
    request: (route: string, params?: Record<string, unknown>) => {
      operations.push(route);
      return octokit.request(route, params);
    },
    graphql: (query: string, variables?: Record<string, unknown>) => {
      const operation = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? "?";
      operations.push(operation);
      if (operation === "RolloutUpdate") beforeUpdate();
      return octokit.graphql(query, variables);
    },
  };
  return { gh: githubAdapter(racing, { owner: repo.owner, name: repo.name }), operations };
}

/** examples/mnist with an open rollout PR (rollout/mnist at v2 20 %), and a feature PR to comment on. */
async function withOpenRolloutPr(name: string): Promise<{ repo: Repo; feature: number }> {
  const repo = fake.createRepo({ owner: OWNER, name, files: readTree(`${EXAMPLES}mnist`) });
  repo.permissions.set("alice", "write");
  fake.commitOnBranch(repo, { branch: "feature/a", changes: { "NOTES.md": "a\n" }, message: "notes" });
  const feature = fake.openPr(repo, { head: "feature/a", title: "feature", author: "alice" }).number;
  const octokit = new Octokit({ baseUrl: fake.url, auth: "token" });
  const gh = githubAdapter(octokit, { owner: OWNER, name });
  const opened = await handleRolloutComment({ event: commentOn(repo, feature, "/rollout v2 20"), gh });
  expect(opened).toMatchObject({ kind: "answered", result: "done", created: true });
  return { repo, feature };
}

function commentOn(repo: Repo, pr: number, body: string): CommentEvent {
  const c = fake.comment(repo, { issueNumber: pr, body, login: "alice" });
  return {
    owner: repo.owner,
    repo: repo.name,
    defaultBranch: repo.defaultBranch,
    issueNumber: pr,
    isPullRequest: true,
    commentNodeId: c.nodeId,
    body,
    sender: { login: "alice", type: "User" },
  };
}

/** The other writer: a commit on rollout/mnist that leaves the service's files alone. */
const otherWriter = (repo: Repo, n: number) => () =>
  fake.commitOnBranch(repo, {
    branch: "rollout/mnist",
    from: "rollout/mnist",
    changes: { [`OTHER-${n}.md`]: `${n}\n` },
    message: `other writer ${n}`,
  });

describe("two writers race on an open rollout PR", () => {
  it("the update that lost the compare-and-swap is retried, and the commenter gets one reply (the final one) and one 👀", async () => {
    const { repo, feature } = await withOpenRolloutPr("race-once");
    let moves = 0;
    const move = otherWriter(repo, 1);
    const { gh, operations } = client(repo, () => {
      if (moves++ === 0) move();
    });
    const event = commentOn(repo, feature, "/rollout v2 30");
    const before = repo.comments.length;

    const outcome = await handleRolloutComment({ event, gh });

    expect(outcome).toMatchObject({ kind: "answered", result: "done", created: false });
    expect(fake.problems).toEqual([]);
    expect(operations).toEqual([
      "RolloutRead",
      "RolloutReadService",
      "RolloutUpdate",
      "RolloutReadService",
      "RolloutUpdate",
    ]);
    const replies = repo.comments.slice(before).filter((c) => c.login === BOT);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body).toContain("30 %");
    const asked = repo.comments.find((c) => c.nodeId === event.commentNodeId);
    expect(asked?.reactions).toEqual(["EYES"]);
    // The retry's commit is on top of the other writer's, and the PR says the final weights.
    const files = fake.filesAt(repo, "rollout/mnist");
    expect(files.get("OTHER-1.md")).toBe("1\n");
    expect(files.get("rollout.yaml")).toMatch(/weight: 30/);
    const pr = [...repo.pulls.values()].find((p) => p.head === "rollout/mnist" && p.state === "open");
    expect(pr?.title).toBe("Rollout mnist: v1 70 % → v2 30 %");
  });

  it("when the branch keeps moving, the one reply ends as the error, with one 👀", async () => {
    const { repo, feature } = await withOpenRolloutPr("race-always");
    let moves = 0;
    const { gh, operations } = client(repo, () => otherWriter(repo, ++moves)());
    const event = commentOn(repo, feature, "/rollout v2 30");
    const before = repo.comments.length;

    const outcome = await handleRolloutComment({ event, gh });

    expect(outcome).toMatchObject({ kind: "failed" });
    expect(operations.filter((o) => o === "RolloutUpdate")).toHaveLength(MAX_ATTEMPTS);
    // The last request rewrites the reply the first attempt posted; nothing else is added.
    expect(operations.at(-1)).toBe("RolloutReply");
    const replies = repo.comments.slice(before).filter((c) => c.login === BOT);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body).toContain("kept changing under this command");
    expect(replies[0]?.body).not.toContain("pull/");
    expect(repo.comments.find((c) => c.nodeId === event.commentNodeId)?.reactions).toEqual(["EYES"]);
    expect(fake.problems).toEqual([]);
  });
});
