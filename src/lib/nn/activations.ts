/**
 * A hidden-layer activation. Both methods work on whole buffers so that the
 * training loop makes one call per layer and each inner loop stays monomorphic.
 */
export interface Activation {
  /** Name used in URLs, results and the command line. */
  readonly name: ActivationName;
  /** Label shown to readers. */
  readonly label: string;
  /** Initialization that the article pairs with this activation. */
  readonly preferredInit: "he" | "xavier";
  /** Writes f(z[i]) to out[i] for the first `length` entries. */
  forward(z: Float64Array, out: Float64Array, length: number): void;
  /** Multiplies grad[i] by f'(z[i]), given the activation output a[i] = f(z[i]). */
  backward(z: Float64Array, a: Float64Array, grad: Float64Array, length: number): void;
}

export const activationNames = ["sigmoid", "relu", "tanh", "leaky-relu", "gelu"] as const;
export type ActivationName = (typeof activationNames)[number];

const EXP_CLIP = 500;
const LEAKY_SLOPE = 0.01;
const GELU_C = Math.sqrt(2 / Math.PI);
const GELU_K = 0.044715;

/** Logistic function with the input clipped to [-500, 500], as NumPy code usually guards `exp`. */
export function logistic(z: number): number {
  const clipped = z < -EXP_CLIP ? -EXP_CLIP : z > EXP_CLIP ? EXP_CLIP : z;
  return 1 / (1 + Math.exp(-clipped));
}

const sigmoid: Activation = {
  name: "sigmoid",
  label: "Sigmoid",
  preferredInit: "xavier",
  forward(z, out, length) {
    for (let i = 0; i < length; i++) out[i] = logistic(z[i]!);
  },
  backward(_z, a, grad, length) {
    for (let i = 0; i < length; i++) grad[i] = grad[i]! * (a[i]! * (1 - a[i]!));
  },
};

const relu: Activation = {
  name: "relu",
  label: "ReLU",
  preferredInit: "he",
  forward(z, out, length) {
    for (let i = 0; i < length; i++) out[i] = z[i]! > 0 ? z[i]! : 0;
  },
  backward(z, _a, grad, length) {
    for (let i = 0; i < length; i++) grad[i] = grad[i]! * (z[i]! > 0 ? 1 : 0);
  },
};

const tanh: Activation = {
  name: "tanh",
  label: "Tanh",
  preferredInit: "xavier",
  forward(z, out, length) {
    for (let i = 0; i < length; i++) out[i] = Math.tanh(z[i]!);
  },
  backward(_z, a, grad, length) {
    for (let i = 0; i < length; i++) grad[i] = grad[i]! * (1 - a[i]! * a[i]!);
  },
};

const leakyRelu: Activation = {
  name: "leaky-relu",
  label: "Leaky ReLU",
  preferredInit: "he",
  forward(z, out, length) {
    for (let i = 0; i < length; i++) out[i] = z[i]! > 0 ? z[i]! : LEAKY_SLOPE * z[i]!;
  },
  backward(z, _a, grad, length) {
    for (let i = 0; i < length; i++) grad[i] = grad[i]! * (z[i]! > 0 ? 1 : LEAKY_SLOPE);
  },
};

// GELU in its tanh approximation (Hendrycks and Gimpel, 2016).
const gelu: Activation = {
  name: "gelu",
  label: "GELU",
  preferredInit: "he",
  forward(z, out, length) {
    for (let i = 0; i < length; i++) {
      const x = z[i]!;
      out[i] = 0.5 * x * (1 + Math.tanh(GELU_C * (x + GELU_K * x * x * x)));
    }
  },
  backward(z, _a, grad, length) {
    for (let i = 0; i < length; i++) {
      const x = z[i]!;
      const t = Math.tanh(GELU_C * (x + GELU_K * x * x * x));
      const slope = 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * GELU_C * (1 + 3 * GELU_K * x * x);
      grad[i] = grad[i]! * slope;
    }
  },
};

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
