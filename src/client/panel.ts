import { publishResults } from "../lib/experiments/publish.ts";
import type { ControlName } from "../lib/playground/controls.ts";
import { settingsToParams } from "../lib/playground/settings.ts";
import { create, createField, type Field } from "./fields.ts";
import { currentEpoch, statusLine, trainButtonLabel } from "./run-status.ts";
import type { ExperimentState, ExperimentStore } from "./store.ts";

export interface PanelOptions {
  /** Start of every id in the panel; unique on the page. */
  idPrefix: string;
  /** Settings offered besides the run buttons. */
  settings: readonly ControlName[];
  /** Adds a button that saves the current run as JSON in the shape of data/experiment.json. */
  download?: boolean;
}

/** Saves the current result as a JSON file named after the settings that differ from the article's. */
function downloadResult(document: Document, state: ExperimentState): void {
  const query = settingsToParams(state.settings).toString();
  const name = `experiment${query ? `-${query.replace(/[^\w.-]+/g, "_")}` : ""}.json`;
  const blob = new Blob([JSON.stringify(publishResults(state.result))], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = create(document, "a", { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The controls of the page's experiment: Train/Pause, Step and Reset, a
 * progress bar with the epoch, the chosen settings, and the notices and
 * messages about the run. Every panel drives the one store of the page.
 */
export class ExperimentPanel {
  readonly element: HTMLElement;
  private readonly trainButton: HTMLButtonElement;
  private readonly buttons: HTMLButtonElement[];
  private readonly progress: HTMLProgressElement;
  private readonly status: HTMLElement;
  private readonly messages: HTMLElement;
  private readonly notices: HTMLElement;
  private readonly fields: Field[];

  constructor(document: Document, store: ExperimentStore, options: PanelOptions) {
    const { idPrefix } = options;
    this.element = create(document, "div", { class: "experiment-panel", role: "group", "aria-label": "Rerun the experiment" });

    const run = create(document, "div", { class: "experiment-run" });
    this.trainButton = create(document, "button", { type: "button", class: "experiment-train" }, "Train");
    this.trainButton.addEventListener("click", () => (store.current.status === "training" ? store.pause() : store.train()));
    const step = create(document, "button", { type: "button" }, "Step one epoch");
    step.addEventListener("click", () => store.step());
    const reset = create(document, "button", { type: "button" }, "Reset");
    reset.addEventListener("click", () => store.reset());
    this.buttons = [this.trainButton, step, reset];
    if (options.download) {
      const download = create(document, "button", { type: "button" }, "Download results (JSON)");
      download.addEventListener("click", () => downloadResult(document, store.current));
      this.buttons.push(download);
    }
    run.append(...this.buttons);

    const progressRow = create(document, "div", { class: "experiment-progress" });
    this.progress = create(document, "progress", { id: `${idPrefix}-progress`, "aria-label": "Training progress" });
    this.status = create(document, "p", { class: "experiment-status" });
    progressRow.append(this.progress, this.status);

    this.notices = create(document, "div", { class: "experiment-notices", role: "note", hidden: "" });
    this.messages = create(document, "ul", { class: "experiment-messages", hidden: "" });

    const onChange = (changes: Parameters<ExperimentStore["update"]>[0]) => store.update(changes);
    this.fields = options.settings.map((name) => createField(document, idPrefix, name, onChange, () => store.current.settings));
    this.element.append(run, progressRow, this.notices);
    if (this.fields.length > 0) {
      const fields = create(document, "div", { class: "experiment-fields" });
      fields.append(...this.fields.map((field) => field.element));
      this.element.append(fields);
    }
    this.element.append(this.messages);
  }

  show(state: ExperimentState): void {
    const unavailable = state.status === "unavailable";
    const epoch = currentEpoch(state);
    const label = state.status === "paused" && epoch === 0 ? "Train" : trainButtonLabel(state.status);
    if (this.trainButton.textContent !== label) this.trainButton.textContent = label;
    for (const button of this.buttons) button.disabled = unavailable;
    for (const field of this.fields) {
      field.show(state.settings);
      field.setDisabled(unavailable);
    }

    this.progress.max = state.settings.epochs;
    this.progress.value = Math.min(epoch, state.settings.epochs);
    this.status.textContent = statusLine(state);

    const items = state.messages.map((message) => {
      const item = create(this.element.ownerDocument, "li", {}, message);
      if (message.includes(" diverged at epoch ")) item.className = "experiment-warning";
      return item;
    });
    this.messages.replaceChildren(...items);
    this.messages.hidden = items.length === 0;
  }

  /** Lists the changes made to the settings of the page's link, with a button that hides them on every panel. */
  showNotices(notices: readonly string[], dismiss: () => void): void {
    if (notices.length === 0) return;
    const document = this.element.ownerDocument;
    const list = create(document, "ul");
    list.append(...notices.map((notice) => create(document, "li", {}, notice)));
    const close = create(document, "button", { type: "button", class: "experiment-dismiss" }, "Dismiss");
    close.addEventListener("click", () => {
      dismiss();
      // The button is gone with the notices, so focus moves to the panel's first button instead of the page's start.
      this.trainButton.focus();
    });
    this.notices.replaceChildren(create(document, "p", {}, "Some settings in the link were changed:"), list, close);
    this.notices.hidden = false;
  }

  hideNotices(): void {
    this.notices.hidden = true;
    this.notices.replaceChildren();
  }
}
