import { runComparison } from "../src/lib/experiments/run.ts";
import type { NetworkResult } from "../src/lib/experiments/result.ts";
import { activations } from "../src/lib/nn/activations.ts";
import { parseExperimentArgs, usage } from "./experiment-args.ts";

function headline(network: NetworkResult) {
  const { lossHistory, finalLoss, trainAccuracy, testAccuracy, hiddenStd, signalTrace, divergedAt } = network;
  return { lossHistory, finalLoss, trainAccuracy, testAccuracy, hiddenStd, signalTrace, divergedAt };
}

function describe(network: NetworkResult): string {
  const name = activations[network.activation].label.padEnd(8);
  if (network.divergedAt !== null) return `${name} diverged at epoch ${network.divergedAt}; try a smaller learning rate`;
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  const loss = network.finalLoss === null ? "n/a" : network.finalLoss.toFixed(4);
  const std = network.hiddenStd.map((value) => value.toFixed(4)).join(", ");
  return `${name} final loss ${loss}   train ${percent(network.trainAccuracy)}   test ${percent(network.testAccuracy)}   hidden std ${std}`;
}

const parsed = parseExperimentArgs(process.argv.slice(2));
if (parsed.kind === "help") {
  console.log(usage);
} else if (parsed.kind === "error") {
  console.error(`experiment: ${parsed.message}\n\n${usage}`);
  process.exitCode = 2;
} else {
  const { result, trainMs } = runComparison(parsed.config);
  const [first, second] = result.networks;
  if (parsed.json) {
    const output = { config: result.config, [first.activation]: headline(first), [second.activation]: headline(second), trainMs };
    console.log(JSON.stringify(output));
  } else {
    const { config } = result;
    console.log(`Two-moons comparison: seed ${config.seed}, noise ${config.noise}, ${config.epochs} epochs, learning rate ${config.learningRate}, batch ${config.batchSize}, hidden ${config.hidden.join("-")}`);
    console.log(describe(first));
    console.log(describe(second));
    console.log(`Trained both networks in ${trainMs.toFixed(0)} ms`);
  }
}
