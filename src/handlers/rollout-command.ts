import { authorize, teamsToCheck } from "../core/authorize.js";
import { type FileChange, loadForRequest, planSet } from "../core/changes.js";
import type { ChatCommand } from "../core/chatops.js";
import { classifyCommand, parseComment } from "../core/comment.js";
import { directlyIn, includeOf, loadConfig } from "../core/config.js";
import { planComment } from "../core/deploy-report.js";
import { includedFiles, isServiceKey } from "../core/include.js";
import {
  helpMessage,
  replyDone,
  replyError,
  replyRefused,
  replyStatus,
  rolloutPrBody,
  rolloutPrTitle,
} from "../core/messages.js";
import { planTraffic, type TrafficPlan, weightsOf } from "../core/plan.js";
import type {
  CommandRead,
  GitHubPort,
  KubePort,
  ReviewerNames,
  ServiceRead,
  StepStartReader,
} from "../core/ports.js";
import { requestedByLine } from "../core/requested-by.js";
import { type ServiceScan, scanServices } from "../core/scan.js";
import type { ServiceConfig } from "../core/schema.js";
import { commandPaths, guessPath, type ServiceFiles, serviceFiles } from "../core/service-files.js";
import { applyServices, planOf } from "./apply.js";
import { filesAt } from "./files-at.js";
import { type PromFactory, reportOnPr } from "./report-metrics.js";

/** The parts of an `issue_comment` event the handler reads. */
export interface CommentEvent {
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  readonly issueNumber: number;
  readonly isPullRequest: boolean;
  readonly commentNodeId: string;
  /** The comment's REST id (logs only: a redelivery is told by rollout-bot's 👀, read by GraphQL). */
  readonly commentId?: number;
  readonly body: string;
  readonly sender: { readonly login: string; readonly type: string };
}

export type CommandOutcome =
  | { readonly kind: "ignored"; readonly reason: "no-command" | "not-a-pull-request" | "already-answered" }
  | {
      readonly kind: "answered";
      readonly result: "done" | "refused" | "help" | "status" | "plan";
      readonly reason?: string;
      readonly prUrl?: string;
      readonly created?: boolean;
    }
  | { readonly kind: "failed"; readonly message: string };

/** How often a command re-reads and tries again when another writer moved the branch first. */
export const MAX_ATTEMPTS = 3;

/** What refreshing metrics needs: a Prometheus client per URL, an override URL, and the clock. */
export interface MetricsWiring {
  readonly prom: PromFactory;
  readonly prometheusUrl?: string;
  readonly now: () => number;
  /** When the service's weights went live (its newest GitHub Deployment), for the judge's evidence. */
  readonly stepStart?: StepStartReader;
}

interface Ctx {
  readonly metrics?: MetricsWiring;
  readonly kube?: KubePort;
  readonly event: CommentEvent;
  readonly gh: GitHubPort;
  readonly configPath: string;
  readonly ack: CommandRead;
  readonly replyTo: string;
  readonly ignoredLines: number;
  /** The path the first read guessed for the named service's own file (see `guessPath`). */
  readonly guess: string | undefined;
  /**
   * With `include:`, the included files read on the default branch for this command (the named
   * service's, or all when it names none); undefined without `include:`.
   */
  included?: ReadonlyMap<string, string>;
  /**
   * The reply this command already has (node id), posted by a write that then failed or lost a
   * race (GitHub runs a mutation's later fields after a failed one): every later answer rewrites
   * it, so the commenter sees one reply, with the final result.
   */
  replyId?: string;
}

/**
 * `/rollout …` on a pull request: parse → read (repository, rollout.yaml, role, was it answered) →
 * authorise → read the service → plan (core) → write the rollout PR (retrying on races) → reply
 * with the 👀 that marks the comment answered. Refusals and failures are replied, never silent.
 */
export async function handleRolloutComment(params: {
  readonly event: CommentEvent;
  readonly gh: GitHubPort;
  readonly configPath?: string;
  /** When set, `/rollout status` also refreshes the metrics report on open rollout PRs. */
  readonly metrics?: MetricsWiring;
  /** When the app runs with cluster credentials, `/rollout plan` diffs against the cluster. */
  readonly kube?: KubePort;
}): Promise<CommandOutcome> {
  const { event, gh } = params;
  const configPath = params.configPath ?? "rollout.yaml";
  const parsed = parseComment(event.body);
  if (!parsed.ok) return { kind: "ignored", reason: "no-command" };
  if (!event.isPullRequest) return { kind: "ignored", reason: "not-a-pull-request" };

  // One read: the repository, rollout.yaml, the commenter's role and whether the comment was
  // answered before. Bots are refused whatever their role, so their role is not asked.
  let ack: CommandRead;
  // Where an include repository would keep the named service rides in the first read.
  const guess = guessPath({ configPath, words: parsed.words });
  try {
    ack = await gh.readCommand({
      commentNodeId: event.commentNodeId,
      defaultBranch: event.defaultBranch,
      configPath,
      login: event.sender.type === "Bot" ? undefined : event.sender.login,
      guess,
    });
  } catch (e) {
    // Even the first read failed (after retries): still answer, by the plain REST route.
    const message = e instanceof Error ? e.message : String(e);
    await gh
      .comment({ issueNumber: event.issueNumber, body: replyError({ message }) })
      .catch(() => undefined);
    return { kind: "failed", message };
  }
  // rollout-bot's 👀 goes on a comment with its answer: a redelivered webhook (or a second replica
  // given the same comment) finds it and answers nothing a second time.
  if (ack.answered) return { kind: "ignored", reason: "already-answered" };
  const replyTo = ack.pullRequest?.id;
  if (!replyTo) return { kind: "ignored", reason: "not-a-pull-request" };
  const ctx: Ctx = {
    event,
    gh,
    configPath,
    ack,
    replyTo,
    ignoredLines: parsed.ignoredLines,
    guess,
    ...(params.metrics ? { metrics: params.metrics } : {}),
    ...(params.kube ? { kube: params.kube } : {}),
  };
  try {
    return await run(ctx, parsed.words, ack.role);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await gh
      .reply({
        replyTo,
        body: replyError({ message }),
        commentNodeId: event.commentNodeId,
        editReplyId: ctx.replyId,
      })
      .catch(() => undefined);
    return { kind: "failed", message };
  }
}

async function refuse(ctx: Ctx, reason: string, message: string): Promise<CommandOutcome> {
  await answer(ctx, replyRefused({ reason, message }));
  return { kind: "answered", result: "refused", reason };
}

/** The reply to a command, with the 👀 that marks the comment answered, in one request. */
function answer(ctx: Ctx, body: string): Promise<void> {
  return ctx.gh.reply({
    replyTo: ctx.replyTo,
    body,
    commentNodeId: ctx.event.commentNodeId,
    editReplyId: ctx.replyId,
  });
}

async function run(ctx: Ctx, words: readonly string[], role: CommandRead["role"]): Promise<CommandOutcome> {
  const { event, ack, configPath } = ctx;
  const base = {
    senderType: event.sender.type,
    login: event.sender.login,
    role,
    reviewers: [],
    memberOfTeams: [],
  };
  const allowed = authorize({ ...base, force: false });
  if (!allowed.ok) return refuse(ctx, allowed.reason, allowed.message);
  if (ack.configText === undefined) {
    return refuse(
      ctx,
      "missing-config",
      `\`${configPath}\` was not found on \`${ack.defaultBranch}\`. Add it there (see examples/mnist/rollout.yaml in rollout-bot), then comment again.`,
    );
  }
  const scan = scanServices(ack.configText);
  const included = await readIncluded(ctx, words, scan);
  if (included) ctx.included = included;
  const found = keysOf(ack.configText, configPath, scan, included);
  if ("reason" in found) return refuse(ctx, found.reason, found.message);
  const keys: readonly string[] = found;
  const classified = classifyCommand({ words, serviceKeys: keys });
  if (!classified.ok) {
    // A name not found: with `include:`, the load says which files were looked for.
    const load =
      included && classified.reason === "unknown-service"
        ? loadForRequest({
            text: ack.configText,
            file: configPath,
            words,
            ...(scan ? { scan } : {}),
            included,
          })
        : undefined;
    if (load && !load.ok) return refuse(ctx, load.reason, load.message);
    return refuse(ctx, classified.reason, classified.message);
  }
  const command = classified.command;
  switch (command.kind) {
    case "help":
      await answer(
        ctx,
        helpMessage({ serviceKeys: keys, ...helpExample(ack.configText, configPath, keys, included) }),
      );
      return { kind: "answered", result: "help" };
    case "status":
      return status(ctx, command);
    case "plan":
      return plan(ctx, command, keys);
    case "traffic":
      return traffic(ctx, command, base, scan);
  }
}

/** Real version names for help's examples: the first service's stable and another version. */
function helpExample(
  text: string,
  file: string,
  keys: readonly string[],
  included: ReadonlyMap<string, string> | undefined,
): { example?: { stable: string; canary: string } } {
  const first = keys[0];
  const r =
    first === undefined
      ? undefined
      : loadConfig({ text, file, only: first, ...(included ? { included } : {}) });
  const s = r?.ok && first !== undefined ? r.loaded.config.services[first] : undefined;
  const canary = s && Object.keys(s.versions).find((v) => v !== s.stable);
  return s && canary ? { example: { stable: s.stable, canary } } : {};
}

/**
 * With `include:`, the included files this command needs on the default branch: the guess the
 * first read brought when it was right, else one more read (the named service's file under
 * another pattern, or every included file when the command names none). Undefined without `include:`.
 */
async function readIncluded(
  ctx: Ctx,
  words: readonly string[],
  scan: ServiceScan | undefined,
): Promise<ReadonlyMap<string, string> | undefined> {
  const text = ctx.ack.configText ?? "";
  if (includeOf({ text, file: ctx.configPath, scan }).length === 0) return undefined;
  const need = commandPaths({ text, file: ctx.configPath, words, scan });
  const out = new Map(ctx.ack.guessed);
  const files = need.files.filter((p) => p !== ctx.guess);
  if (files.length === 0 && need.folders.length === 0) return out;
  // At the commit the first read saw, so rollout.yaml and its included files agree.
  const read = await ctx.gh.readFiles({ ref: ctx.ack.defaultHeadOid, files, folders: need.folders });
  for (const [path, t] of read) out.set(path, t);
  return out;
}

/**
 * The service keys a command can name: rollout.yaml's own (from the scan, or a whole-file parse
 * giving the config's problems) and those of the included files read.
 */
function keysOf(
  text: string,
  file: string,
  scan: ServiceScan | undefined,
  included: ReadonlyMap<string, string> | undefined,
): readonly string[] | { reason: string; message: string } {
  if (!scan) {
    const r = loadConfig({ text, file, ...(included ? { included } : {}) });
    if (r.ok) return Object.keys(r.loaded.config.services);
    // With `include:` and only some files read, the command's own load names what is wrong.
    if (!included) return { reason: r.reason, message: r.message };
  }
  if (!included) return scan?.keys ?? [];
  const keys = [...(scan?.keys ?? [])];
  const patterns = includeOf({ text, file, scan });
  for (const f of includedFiles({ patterns, paths: included.keys() }))
    if (isServiceKey(f.key) && !keys.includes(f.key)) keys.push(f.key);
  return keys;
}

async function status(ctx: Ctx, command: Extract<ChatCommand, { kind: "status" }>): Promise<CommandOutcome> {
  // With `include:`, what `readIncluded` read: every included file, or the named service's.
  const included = ctx.included;
  const r = loadConfig({
    text: ctx.ack.configText ?? "",
    file: ctx.configPath,
    ...(included ? { included, ...(command.service ? { only: command.service } : {}) } : {}),
  });
  if (!r.ok) return refuse(ctx, r.reason, r.message);
  const prs = await ctx.gh.openRolloutPrs();
  const services = Object.entries(r.loaded.config.services)
    .filter(([key]) => command.service === undefined || key === command.service)
    .map(([key, config]) => {
      const pr = prs.get(key);
      return { key, config, ...(pr ? { openPr: { number: pr.number, url: pr.url } } : {}) };
    });
  await answer(ctx, replyStatus({ services }));
  const metrics = ctx.metrics;
  if (metrics) {
    // Refresh each shown service's metrics report on its open rollout PR.
    for (const { key } of services) {
      const pr = prs.get(key);
      if (!pr) continue;
      await reportOnPr({
        gh: ctx.gh,
        prom: metrics.prom,
        ...(metrics.prometheusUrl ? { prometheusUrl: metrics.prometheusUrl } : {}),
        configPath: ctx.configPath,
        defaultBranch: ctx.ack.defaultBranch,
        key,
        pr: { number: pr.number, headSha: pr.headRefOid, headRef: `rollout/${key}` },
        at: metrics.now(),
        ...(metrics.stepStart ? { stepStart: metrics.stepStart } : {}),
      });
    }
  }
  return { kind: "answered", result: "status" };
}

/**
 * Where a command builds: on the open rollout PR's branch, else on the default branch. The config
 * text is apart from the service's files (unless a manifests folder holds it too).
 */
function baseOf(
  ctx: Ctx,
  read: ServiceRead,
  folders: readonly string[],
  /** The service's own included file: on the default branch, the first read brought it. */
  ownFile: string | undefined,
): { text: string | undefined; files: Map<string, string>; onBranch: boolean } {
  const onBranch = read.openPr !== undefined && read.rolloutRef !== undefined;
  const files = new Map(onBranch ? read.branchFiles : read.defaultFiles);
  const own = ownFile === undefined ? undefined : ctx.included?.get(ownFile);
  if (!onBranch && ownFile !== undefined && own !== undefined) files.set(ownFile, own);
  const text = onBranch ? files.get(ctx.configPath) : ctx.ack.configText;
  if (!folders.some((f) => directlyIn(f, ctx.configPath))) files.delete(ctx.configPath);
  return { text, files, onBranch };
}

/** `have` with what `need` adds, or undefined when it adds nothing. */
function widened(have: ServiceFiles, need: ServiceFiles): ServiceFiles | undefined {
  const files = need.files.filter((f) => !have.files.includes(f));
  const folders = need.folders.filter((f) => !have.folders.includes(f));
  if (files.length === 0 && folders.length === 0) return undefined;
  return { files: [...have.files, ...files], folders: [...have.folders, ...folders] };
}

function commitOf(plan: TrafficPlan, changes: readonly FileChange[], ctx: Ctx, words: readonly string[]) {
  return {
    headline: rolloutPrTitle(plan),
    body: requestedByLine({
      login: ctx.event.sender.login,
      owner: ctx.event.owner,
      repo: ctx.event.repo,
      issueNumber: ctx.event.issueNumber,
      command: `/rollout ${words.join(" ")}`,
    }),
    changes,
  };
}

async function traffic(
  ctx: Ctx,
  command: Extract<ChatCommand, { kind: "traffic" }>,
  auth: Omit<Parameters<typeof authorize>[0], "force">,
  /** The scan `run` made of the default branch's rollout.yaml, reused rather than repeated. */
  scan: ServiceScan | undefined,
): Promise<CommandOutcome> {
  const { gh, event, ack, configPath } = ctx;
  const first = loadForRequest({
    text: ack.configText ?? "",
    file: configPath,
    words: command.words,
    ...(scan ? { scan } : {}),
    ...(ctx.included ? { included: ctx.included } : {}),
  });
  if (!first.ok) return refuse(ctx, first.reason, first.message);
  // With several services and none named, nothing is read or checked for a guessed one.
  const keys = Object.keys(first.loaded.config.services);
  const key = first.request.service ?? (keys.length === 1 ? keys[0] : undefined);
  const service = key === undefined ? undefined : first.loaded.config.services[key];
  if (key === undefined || service === undefined) {
    const r = planTraffic({ config: first.loaded.config, request: first.request });
    return refuse(
      ctx,
      r.ok ? "service-required" : r.reason,
      r.ok ? `Name the service first, e.g. \`/rollout ${keys[0]} ${command.words.join(" ")}\`.` : r.message,
    );
  }
  if (command.force) {
    const teams = teamsToCheck(service.policy.reviewers);
    const memberships = await Promise.all(
      teams.map((t) => gh.isTeamMember({ ...t, login: event.sender.login })),
    );
    const memberOfTeams = teams.filter((_, i) => memberships[i]).map((t) => `${t.org}/${t.slug}`);
    const forced = authorize({ ...auth, force: true, reviewers: service.policy.reviewers, memberOfTeams });
    if (!forced.ok) return refuse(ctx, forced.reason, forced.message);
  }
  const ownFile = first.loaded.included.get(key)?.file;
  let files = serviceFiles({ configPath, service, ownFile });
  const reviewers: ReviewerNames = {
    users: service.policy.reviewers.filter((r) => !r.includes("/")),
    teams: teamsToCheck(service.policy.reviewers),
  };
  let lastConflict = "";
  // An update that lost a race may still have put its 👀 on (GitHub runs a document's later fields
  // after a failed one), so after that the 👀 no longer tells another delivery's answer apart.
  let ownAckPossible = false;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const read = await gh.readService({
      service: key,
      defaultBranch: ack.defaultBranch,
      commentNodeId: event.commentNodeId,
      files,
      // rollout.yaml and the service's own file came with the first read(s).
      knownOnDefault: ownFile === undefined ? [configPath] : [configPath, ownFile],
      reviewers,
    });
    // A retry after a conflict: another delivery of this comment may be the writer that won.
    if (attempt > 1 && read.answered && !ownAckPossible)
      return { kind: "ignored", reason: "already-answered" };
    const on = baseOf(ctx, read, files.folders, ownFile);
    if (on.text === undefined) {
      return refuse(
        ctx,
        "missing-config",
        `\`${configPath}\` is missing on ${on.onBranch ? `branch rollout/${key}` : `\`${ack.defaultBranch}\``}. Restore it, then comment again.`,
      );
    }
    const loaded = loadForRequest({
      text: on.text,
      file: configPath,
      words: command.words,
      included: on.files,
    });
    if (!loaded.ok) return refuse(ctx, loaded.reason, loaded.message);
    // The rollout branch may point the service at other files (a moved manifests folder): read those too.
    const there = loaded.loaded.config.services[key];
    const wider =
      there &&
      widened(
        files,
        serviceFiles({ configPath, service: there, ownFile: loaded.loaded.included.get(key)?.file }),
      );
    if (wider) {
      files = wider;
      continue;
    }
    const live = weightsOf(service);
    const set = planSet({
      loaded: loaded.loaded,
      request: loaded.request,
      files: on.files,
      ...(on.onBranch ? { live } : {}),
    });
    if (!set.ok) return refuse(ctx, set.reason, set.message);
    const current = loaded.loaded.config.services[key] ?? service;
    const title = rolloutPrTitle(set.plan);
    const body = prBody({
      ctx,
      key,
      config: current,
      plan: set.plan,
      notes: set.notes,
      words: command.words,
      ...(on.onBranch ? { live, ...(service.mirror ? { liveMirror: service.mirror } : {}) } : {}),
    });
    const commit = commitOf(set.plan, set.changes, ctx, command.words);
    if (read.openPr && read.rolloutRef) {
      const reply = replyDone({
        plan: set.plan,
        prUrl: read.openPr.url,
        prNumber: read.openPr.number,
        updated: true,
        ignoredLines: ctx.ignoredLines,
        ...(current.pin ? { pin: current.pin } : {}),
      });
      const w = await gh.updateRollout({
        service: key,
        expectedHeadOid: read.rolloutRef.headOid,
        pr: read.openPr,
        commit,
        title,
        body,
        replyTo: ctx.replyTo,
        reply,
        commentNodeId: event.commentNodeId,
        editReplyId: ctx.replyId,
      });
      if (w.ok) return { kind: "answered", result: "done", prUrl: w.pr.url, created: false };
      if (w.replyId) ctx.replyId = w.replyId;
      if (w.reason === "failed") throw new Error(w.message);
      lastConflict = w.message;
      ownAckPossible = true;
      continue;
    }
    const w = await gh.openRollout({
      service: key,
      repositoryId: ack.repositoryId,
      defaultBranch: ack.defaultBranch,
      baseOid: ack.defaultHeadOid,
      leftoverRefId: read.rolloutRef?.id,
      commit,
      title,
      body,
    });
    if (!w.ok) {
      lastConflict = w.message;
      continue;
    }
    await gh.finishNewPr({
      pr: w.pr,
      labelId: read.labelId,
      reviewers,
      reviewerIds: read.reviewerIds,
      replyTo: ctx.replyTo,
      commentNodeId: event.commentNodeId,
      editReplyId: ctx.replyId,
      reply: (notes) =>
        [
          replyDone({
            plan: set.plan,
            prUrl: w.pr.url,
            prNumber: w.pr.number,
            updated: false,
            ignoredLines: ctx.ignoredLines,
            ...(current.pin ? { pin: current.pin } : {}),
          }),
          ...notes,
        ].join("\n\n"),
    });
    return { kind: "answered", result: "done", prUrl: w.pr.url, created: true };
  }
  throw new Error(
    `rollout/${key} kept changing under this command (${MAX_ATTEMPTS} attempts; last: ${lastConflict})`,
  );
}

function prBody(params: {
  readonly ctx: Ctx;
  readonly key: string;
  readonly config: ServiceConfig;
  readonly plan: TrafficPlan;
  /** What the routing file edit had to add, for reviewers. */
  readonly notes: readonly string[];
  readonly words: readonly string[];
  /** The default branch's weights, when the plan was built on the rollout branch. */
  readonly live?: Record<string, number>;
  /** The default branch's mirror, shown as "before" when `live` is. */
  readonly liveMirror?: ServiceConfig["mirror"];
}): string {
  const { ctx, config } = params;
  return rolloutPrBody({
    ...(params.live
      ? { live: params.live, ...(params.liveMirror ? { liveMirror: params.liveMirror } : {}) }
      : {}),
    command: `/rollout ${params.words.join(" ")}`,
    service: params.key,
    config,
    plan: params.plan,
    notes: params.notes,
    requestedBy: ctx.event.sender.login,
    source: `${ctx.event.owner}/${ctx.event.repo}#${ctx.event.issueNumber}`,
    configFile: ctx.configPath,
    approvalsNeeded: config.policy.approvals,
  });
}

/** `/rollout plan [service]`: the server-side dry-run diff against the cluster, and drift. */
async function plan(
  ctx: Ctx,
  command: Extract<ChatCommand, { kind: "plan" }>,
  keys: readonly string[],
): Promise<CommandOutcome> {
  if (!ctx.kube) {
    return refuse(
      ctx,
      "not-available",
      "`/rollout plan` needs cluster credentials, which this installation does not have. Run the app in the cluster (in-cluster service account or ROLLOUT_BOT_KUBECONFIG), or use the Action's `mode: plan` on pull requests.",
    );
  }
  const services = command.service ? [command.service] : [...keys];
  const prs = await ctx.gh.openRolloutPrs();
  // Plan what merging would apply: the open rollout PR's branch when there is one, else the default branch.
  const only = services.length === 1 ? services[0] : undefined;
  const pr = only ? prs.get(only) : undefined;
  const ref = pr ? pr.headRefOid : ctx.ack.defaultBranch;
  const files = await filesAt({ gh: ctx.gh, ref, configPath: ctx.configPath });
  const text = files.get(ctx.configPath);
  const loaded = text === undefined ? undefined : loadConfig({ text, file: ctx.configPath, included: files });
  if (!loaded?.ok)
    return refuse(
      ctx,
      "invalid-config",
      loaded ? loaded.message : `\`${ctx.configPath}\` not found at ${ref}.`,
    );
  const outcome = await applyServices({
    kube: ctx.kube,
    loaded: loaded.loaded,
    files,
    services,
    planOnly: true,
    force: false,
    wait: { timeoutMs: 0, pollMs: 0 },
  });
  if (!outcome.ok) return refuse(ctx, outcome.reason, outcome.message);
  await answer(ctx, planComment({ services: outcome.services.map(planOf) }));
  return { kind: "answered", result: "plan" };
}
