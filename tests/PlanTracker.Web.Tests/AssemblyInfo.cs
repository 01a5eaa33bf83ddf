// The portal reads its connection string from the process environment when it starts, as in production;
// test classes therefore start their portals one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
