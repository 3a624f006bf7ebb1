import type { ExperimentState, Status } from "./store.ts";

/** Label of the one Train/Pause button: what pressing it does next. */
export function trainButtonLabel(status: Status): "Train" | "Pause" | "Resume" {
  if (status === "training") return "Pause";
  if (status === "paused") return "Resume";
  return "Train";
}

/** Returns the epoch of the run under way: 0 while a new run has not reported yet. */
export function currentEpoch(state: ExperimentState): number {
  return state.starting ? 0 : state.result.epoch;
}

/** Returns the status line under the run buttons: the state of the run and its epoch. */
export function statusLine(state: ExperimentState): string {
  const epoch = currentEpoch(state);
  const total = state.settings.epochs;
  switch (state.status) {
    case "unavailable":
      return "The interactive version is unavailable.";
    case "training":
      return `Training: epoch ${epoch} of ${total}.`;
    case "paused":
      return epoch === 0 ? `Ready at epoch 0 of ${total}: press Train or Step.` : `Paused at epoch ${epoch} of ${total}.`;
    case "done":
      return epoch < total ? `Stopped at epoch ${epoch} of ${total}.` : `Finished: ${epoch} epochs.`;
    case "ready":
      return state.prebaked ? `Showing the build's run of ${state.result.config.epochs} epochs.` : `Epoch ${epoch} of ${total}.`;
  }
}

function isDivergence(message: string): boolean {
  return message.includes(" diverged at epoch ");
}

/**
 * Returns the text that the live region announces when the state changes from
 * `previous` to `next`, or null to stay quiet: the end of a run with both
 * test accuracies, a divergence when it first appears, and the experiment
 * becoming unavailable. Progress within a run is never announced.
 */
export function announcement(previous: ExperimentState | undefined, next: ExperimentState): string | null {
  if (next.status === "unavailable") {
    return previous?.status === "unavailable" ? null : next.messages.join(" ") || "The interactive version is unavailable.";
  }
  if (next.status === "done" && previous?.status !== "done") {
    return [`Training finished at epoch ${next.result.epoch}.`, ...next.messages].join(" ");
  }
  const fresh = next.messages.filter((message) => isDivergence(message) && !(previous?.messages ?? []).includes(message));
  return fresh.length > 0 ? fresh.join(" ") : null;
}
