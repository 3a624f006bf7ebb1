// seedrandom's main module also bundles six generators that this project
// never uses; its ARC4 generator alone lives in seedrandom.js, with the same API.
declare module "seedrandom/seedrandom.js" {
  import seedrandom from "seedrandom";
  export default seedrandom;
}
