/**
 * A hidden-layer activation as a pair of scalar functions. Training code
 * compiled per network calls them from one call site each, so V8 inlines them.
 */
export interface Activation {
  /** Name used in URLs, results and the command line. */
  readonly name: ActivationName;
  /** Label shown to readers. */
  readonly label: string;
  /** Initialization that the article pairs with this activation. */
  readonly preferredInit: "he" | "xavier";
  /** f(z). */
  value(z: number): number;
  /** f'(z), given also a = f(z), so that each activation uses whichever is cheaper. */
  derivative(z: number, a: number): number;
  /**
   * JavaScript expressions of `value` and `derivative` over variable names,
   * for code compiled per network; each must compute exactly what its
   * function computes.
   */
  source: { value(z: string): string; derivative(z: string, a: string): string };
}

export const activationNames = ["sigmoid", "relu", "tanh", "leaky-relu", "gelu"] as const;
export type ActivationName = (typeof activationNames)[number];

const EXP_CLIP = 500;
const LEAKY_SLOPE = 0.01;
const GELU_C = Math.sqrt(2 / Math.PI);
const GELU_K = 0.044715;

/** Logistic function with the input clipped to [-500, 500], as NumPy code usually guards `exp`. */
export function logistic(z: number): number {
  const clipped = Math.min(EXP_CLIP, Math.max(-EXP_CLIP, z));
  return 1 / (1 + Math.exp(-clipped));
}

export function logisticSource(z: string): string {
  return `1 / (1 + Math.exp(-(${z} < -${EXP_CLIP} ? -${EXP_CLIP} : ${z} > ${EXP_CLIP} ? ${EXP_CLIP} : ${z})))`;
}

const sigmoid: Activation = {
  name: "sigmoid",
  label: "Sigmoid",
  preferredInit: "xavier",
  value: logistic,
  derivative: (_z, a) => a * (1 - a),
  source: { value: logisticSource, derivative: (_z, a) => `${a} * (1 - ${a})` },
};

const relu: Activation = {
  name: "relu",
  label: "ReLU",
  preferredInit: "he",
  value: (z) => (z > 0 ? z : 0),
  derivative: (z) => (z > 0 ? 1 : 0),
  source: { value: (z) => `(${z} > 0 ? ${z} : 0)`, derivative: (z) => `(${z} > 0 ? 1 : 0)` },
};

const tanh: Activation = {
  name: "tanh",
  label: "Tanh",
  preferredInit: "xavier",
  value: (z) => Math.tanh(z),
  derivative: (_z, a) => 1 - a * a,
  source: { value: (z) => `Math.tanh(${z})`, derivative: (_z, a) => `(1 - ${a} * ${a})` },
};

const leakyRelu: Activation = {
  name: "leaky-relu",
  label: "Leaky ReLU",
  preferredInit: "he",
  value: (z) => (z > 0 ? z : LEAKY_SLOPE * z),
  derivative: (z) => (z > 0 ? 1 : LEAKY_SLOPE),
  source: {
    value: (z) => `(${z} > 0 ? ${z} : ${LEAKY_SLOPE} * ${z})`,
    derivative: (z) => `(${z} > 0 ? 1 : ${LEAKY_SLOPE})`,
  },
};

function geluValue(z: number): number {
  return 0.5 * z * (1 + Math.tanh(GELU_C * (z + GELU_K * z * z * z)));
}

function geluDerivative(z: number): number {
  const t = Math.tanh(GELU_C * (z + GELU_K * z * z * z));
  return 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * GELU_C * (1 + 3 * GELU_K * z * z);
}

// GELU in its tanh approximation (Hendrycks and Gimpel, 2016). Compiled code
// calls the functions, which are too long to write twice.
const gelu: Activation = {
  name: "gelu",
  label: "GELU",
  preferredInit: "he",
  value: geluValue,
  derivative: geluDerivative,
  source: { value: (z) => `geluValue(${z})`, derivative: (z) => `geluDerivative(${z})` },
};

/** Functions that `source` expressions may call, passed by name to compiled code. */
export const sourceHelpers = { geluValue, geluDerivative } as const;

export const activations: Readonly<Record<ActivationName, Activation>> = {
  sigmoid,
  relu,
  tanh,
  "leaky-relu": leakyRelu,
  gelu,
};

export function isActivationName(value: string): value is ActivationName {
  return (activationNames as readonly string[]).includes(value);
}
