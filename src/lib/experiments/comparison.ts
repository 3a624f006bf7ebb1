import { makeMoons, type Dataset } from "../data/moons.ts";
import { standardize } from "../data/scale.ts";
import { trainTestSplit } from "../data/split.ts";
import { cloneNetwork, copyParameters, createNetwork, hasFiniteParameters, type Network } from "../nn/network.ts";
import { Trainer } from "../nn/train.ts";
import type { RandomState } from "../random/random-state.ts";
import { createRandom } from "../random/seed.ts";
import type { ComparisonConfig } from "./config.ts";

/** Training state of one of the two compared networks. */
export interface Contender {
  network: Network;
  trainer: Trainer;
  /** Mean batch loss of each finished epoch. */
  lossHistory: number[];
  /** 1-based epoch at which the loss or a weight stopped being finite, or null. */
  divergedAt: number | null;
  /** Weights before the current epoch, restored when that epoch diverges. */
  checkpoint: Network;
}

/**
 * The article's experiment as a resumable state machine: the data set, two
 * networks that differ only in their activation, and one shuffled order per
 * epoch shared by both. Random draws happen in the reference order: moons
 * (generator seeded with the seed), split (a fresh one), then a third
 * generator that is seeded before each network's weights and goes on to draw
 * the epoch orders.
 */
export class Comparison {
  readonly train: Dataset;
  readonly test: Dataset;
  readonly contenders: [Contender, Contender];
  private readonly orders: RandomState;
  private epochsDone = 0;

  constructor(readonly config: ComparisonConfig) {
    const all = standardize(makeMoons(config.samples, config.noise, createRandom(config.seed)));
    const split = trainTestSplit(all, config.testFraction, createRandom(config.seed));
    this.train = split.train;
    this.test = split.test;

    const options = { learningRate: config.learningRate, batchSize: config.batchSize };
    const build = (activation: ComparisonConfig["activations"][number], random: RandomState): Contender => {
      const network = createNetwork(2, config.hidden, activation, config.init, random);
      const checkpoint = cloneNetwork(network);
      return { network, trainer: new Trainer(network, this.train, options), lossHistory: [], divergedAt: null, checkpoint };
    };
    const first = build(config.activations[0], createRandom(config.seed));
    this.orders = createRandom(config.seed);
    const second = build(config.activations[1], this.orders);
    this.contenders = [first, second];
  }

  get epoch(): number {
    return this.epochsDone;
  }

  /** True once every epoch is trained or every network has diverged. */
  get done(): boolean {
    return this.epochsDone >= this.config.epochs || this.contenders.every((contender) => contender.divergedAt !== null);
  }

  /**
   * Draws the next epoch's order and trains every network that has not
   * diverged on it. A network whose loss or weights stop being finite gets
   * back the weights it had before this epoch and trains no further.
   */
  step(): void {
    if (this.done) return;
    const order = this.orders.permutation(this.train.y.length);
    this.epochsDone++;
    for (const contender of this.contenders) {
      if (contender.divergedAt !== null) continue;
      copyParameters(contender.network, contender.checkpoint);
      const loss = contender.trainer.trainEpoch(order);
      if (Number.isFinite(loss) && hasFiniteParameters(contender.network)) {
        contender.lossHistory.push(loss);
      } else {
        contender.divergedAt = this.epochsDone;
        copyParameters(contender.checkpoint, contender.network);
      }
    }
  }

  /** Trains until all epochs are done. */
  run(): void {
    while (!this.done) this.step();
  }
}
