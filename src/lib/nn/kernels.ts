/** Computes z[i, j] = (sum over k of input[i, k] * weights[k, j]) + biases[j] for `rows` rows. */
export type DenseForward = (
  input: Float64Array,
  weights: Float64Array,
  biases: Float64Array,
  z: Float64Array,
  rows: number,
) => void;

/** Loops over the layer shape at run time; used where compiling code is not allowed. */
export function genericDenseForward(inputs: number, outputs: number): DenseForward {
  return (input, weights, biases, z, rows) => {
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < outputs; j++) {
        let sum = 0;
        for (let k = 0; k < inputs; k++) sum += input[i * inputs + k]! * weights[k * outputs + j]!;
        z[i * outputs + j] = sum + biases[j]!;
      }
    }
  };
}

export function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}

/** Builds `(((0 + t0) + t1) + ...)`, the left-to-right sum that the generic loops compute. */
export function leftSum(terms: readonly string[]): string {
  return terms.reduce((sum, term) => `(${sum} + ${term})`, "0");
}

/** Source of one dense layer's outputs for row `r`, with the row's inputs already in locals `x0, x1, ...`. */
function forwardSource(inputs: number, outputs: number): string {
  const loads = range(inputs).map((k) => `const x${k} = input[r * ${inputs} + ${k}];`);
  const stores = range(outputs).map(
    (j) => `z[r * ${outputs} + ${j}] = ${leftSum(range(inputs).map((k) => `x${k} * weights[${k * outputs + j}]`))} + biases[${j}];`,
  );
  return `for (let r = 0; r < rows; r++) {\n${[...loads, ...stores].join("\n")}\n}`;
}

/** True where this environment lets code be compiled at run time, which a Content Security Policy may forbid. */
export const canCompile: boolean = (() => {
  try {
    return new Function("return true")() === true;
  } catch {
    return false;
  }
})();

const cache = new Map<string, DenseForward>();

/**
 * Returns a dense forward pass for one layer shape: loops unrolled over the
 * shape and compiled with `new Function`, several times faster than the
 * generic loops, or the generic loops where compiling is not allowed. Both sum
 * in the same order, so they give bit-identical results.
 */
export function denseForward(inputs: number, outputs: number): DenseForward {
  const key = `${inputs}x${outputs}`;
  let kernel = cache.get(key);
  if (!kernel) {
    kernel = canCompile
      ? (new Function("input", "weights", "biases", "z", "rows", forwardSource(inputs, outputs)) as DenseForward)
      : genericDenseForward(inputs, outputs);
    cache.set(key, kernel);
  }
  return kernel;
}
