/**
 * Form fields of the experiment panel: native, labelled controls that show a
 * setting and report a checked new value. Each field reads its value from the
 * store's settings, so all panels on a page show the same settings.
 */
import { activationNames, activations, type ActivationName } from "../lib/nn/activations.ts";
import { initNames, type InitName } from "../lib/nn/network.ts";
import {
  fromLogSlider,
  initLabels,
  logSliderPositions,
  numericControls,
  parseNumericInput,
  parseSeedInput,
  toLogSlider,
  type ControlName,
  type NumericControlName,
  type ParsedInput,
} from "../lib/playground/controls.ts";
import type { Settings } from "../lib/playground/settings.ts";

/** A field bound to one setting: `element` goes into the panel, `show` displays the current settings. */
export interface Field {
  element: HTMLElement;
  show(settings: Settings): void;
  setDisabled(disabled: boolean): void;
}

/** Called with the settings to change when a reader commits a new value. */
export type ChangeHandler = (changes: Partial<Settings>) => void;

function create<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Creates a labelled row with a message line below it, for clamped values and errors. */
function fieldRow(document: Document, id: string, label: string, inputs: HTMLElement[]) {
  const row = create(document, "div", { class: inputs.length > 1 ? "field field-wide" : "field" });
  row.append(create(document, "label", { for: id }, label));
  const box = create(document, "div", { class: "field-inputs" });
  box.append(...inputs);
  const message = create(document, "p", { class: "field-message", id: `${id}-message`, hidden: "" });
  row.append(box, message);

  const showMessage = (text: string | undefined, invalid = false): void => {
    message.textContent = text ?? "";
    message.hidden = text === undefined;
    message.classList.toggle("field-error", invalid);
    for (const input of inputs) {
      if (invalid) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
  };
  return { row, showMessage };
}

function select<T extends string>(document: Document, id: string, options: readonly T[], label: (value: T) => string): HTMLSelectElement {
  const element = create(document, "select", { id });
  for (const value of options) element.append(create(document, "option", { value }, label(value)));
  return element;
}

function activationsField(document: Document, id: string, onChange: ChangeHandler): Field {
  const dropdowns = [0, 1].map((side) =>
    select(document, `${id}-${side + 1}`, activationNames, (name) => activations[name].label),
  ) as [HTMLSelectElement, HTMLSelectElement];
  const element = create(document, "div", { class: "field-pair" });
  dropdowns.forEach((dropdown, side) => element.append(fieldRow(document, dropdown.id, `Network ${side + 1} activation`, [dropdown]).row));
  const chosen = () => dropdowns.map((dropdown) => dropdown.value as ActivationName) as [ActivationName, ActivationName];
  for (const dropdown of dropdowns) dropdown.addEventListener("change", () => onChange({ activations: chosen() }));
  return {
    element,
    show: (settings) => dropdowns.forEach((dropdown, side) => (dropdown.value = settings.activations[side]!)),
    setDisabled: (disabled) => dropdowns.forEach((dropdown) => (dropdown.disabled = disabled)),
  };
}

function initField(document: Document, id: string, onChange: ChangeHandler): Field {
  const dropdown = select(document, id, initNames, (name) => initLabels[name]);
  dropdown.addEventListener("change", () => onChange({ init: dropdown.value as InitName }));
  return {
    element: fieldRow(document, id, "Weight initialization", [dropdown]).row,
    show: (settings) => (dropdown.value = settings.init),
    setDisabled: (disabled) => (dropdown.disabled = disabled),
  };
}

/**
 * Binds a text-like input to a setting: a committed value (Enter or leaving
 * the field) is checked, clamped with a message or rejected with one, and an
 * unchanged value starts no run.
 */
function commitOnChange<T>(
  input: HTMLInputElement,
  parse: (text: string) => ParsedInput<T>,
  current: () => T,
  apply: (value: T) => void,
  showMessage: (text: string | undefined, invalid?: boolean) => void,
): void {
  // A message about the last committed value no longer applies once the reader edits the field.
  input.addEventListener("input", () => showMessage(undefined));
  input.addEventListener("change", () => {
    const parsed = parse(input.value);
    if (!parsed.ok) {
      showMessage(`${parsed.error} Kept ${String(current())}.`, true);
      input.value = String(current());
      return;
    }
    showMessage(parsed.notice);
    input.value = String(parsed.value);
    if (parsed.value !== current()) apply(parsed.value);
  });
}

function numericField(document: Document, id: string, name: NumericControlName, onChange: ChangeHandler, latest: () => Settings): Field {
  const control = numericControls[name];
  const number = create(document, "input", {
    id,
    type: "number",
    inputmode: control.integer ? "numeric" : "decimal",
    min: String(control.min),
    max: String(control.max),
    step: String(control.step),
    "aria-describedby": `${id}-message`,
  });
  const inputs: HTMLInputElement[] = [];
  let slider: HTMLInputElement | undefined;
  let toSlider = (value: number): string => String(value);
  let fromSlider = (position: string): number => Number(position);
  if (control.slider) {
    const scale = control.slider;
    const log = scale.scale === "log";
    slider = create(document, "input", {
      type: "range",
      min: scale.scale === "log" ? "0" : String(control.min),
      max: scale.scale === "log" ? String(logSliderPositions(control)) : String(control.max),
      step: scale.scale === "log" ? "1" : String(scale.step),
      "aria-label": log ? `${control.label}, logarithmic slider` : `${control.label} slider`,
    });
    if (log) {
      toSlider = (value) => String(toLogSlider(control, value));
      fromSlider = (position) => fromLogSlider(control, Number(position));
    }
    inputs.push(slider);
  }
  inputs.push(number);
  const { row, showMessage } = fieldRow(document, id, control.label, inputs);

  const current = (): number => latest()[name];
  const apply = (value: number): void => onChange({ [name]: value });
  commitOnChange(number, (text) => parseNumericInput(name, text), current, apply, showMessage);
  if (slider) {
    const range = slider;
    // Dragging shows the value as it moves; the run starts when the slider is released or a key sets it.
    range.addEventListener("input", () => {
      number.value = String(fromSlider(range.value));
      range.setAttribute("aria-valuetext", number.value);
    });
    range.addEventListener("change", () => {
      showMessage(undefined);
      const value = fromSlider(range.value);
      if (value !== current()) apply(value);
    });
  }
  return {
    element: row,
    show: (settings) => {
      const value = settings[name];
      if (document.activeElement !== number) number.value = String(value);
      if (slider) {
        slider.value = toSlider(value);
        slider.setAttribute("aria-valuetext", String(value));
      }
    },
    setDisabled: (disabled) => inputs.forEach((input) => (input.disabled = disabled)),
  };
}

function seedField(document: Document, id: string, onChange: ChangeHandler, latest: () => Settings): Field {
  const input = create(document, "input", {
    id,
    type: "text",
    autocomplete: "off",
    spellcheck: "false",
    maxlength: "64",
    "aria-describedby": `${id}-message`,
  });
  const { row, showMessage } = fieldRow(document, id, "Random seed", [input]);
  commitOnChange(input, parseSeedInput, () => latest().seed, (seed) => onChange({ seed }), showMessage);
  return {
    element: row,
    show: (settings) => {
      if (document.activeElement !== input) input.value = String(settings.seed);
    },
    setDisabled: (disabled) => (input.disabled = disabled),
  };
}

/** Creates the field of one setting, with ids that start with `idPrefix`. */
export function createField(document: Document, idPrefix: string, name: ControlName, onChange: ChangeHandler, latest: () => Settings): Field {
  const id = `${idPrefix}-${name}`;
  switch (name) {
    case "activations":
      return activationsField(document, id, onChange);
    case "init":
      return initField(document, id, onChange);
    case "seed":
      return seedField(document, id, onChange, latest);
    default:
      return numericField(document, id, name, onChange, latest);
  }
}

export { create };
