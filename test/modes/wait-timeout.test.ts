// The Action's `wait-timeout` input goes through the CLI's --wait-timeout parser.
import { afterEach, expect, it, jest } from "@jest/globals";
import { main } from "../../src/modes/main.js";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  jest.restoreAllMocks();
});

it.each(["soon", "0", "10 m"])(
  "wait-timeout: %s fails the job naming the input, before the cluster",
  async (value) => {
    process.env.INPUT_MODE = "apply";
    process.env.INPUT_TOKEN = "ghs_workflow";
    process.env["INPUT_WAIT-TIMEOUT"] = value;
    const out: string[] = [];
    jest.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    await main({ env: {} });
    expect(process.exitCode).toBe(1);
    expect(out.join("")).toContain(
      `::error::rollout-bot: the \`wait-timeout\` input is \`${value}\`: use a duration such as 90s, 10m or 1h30m (or seconds: 600), more than 0 and at most 24h.`,
    );
  },
  30_000,
);
